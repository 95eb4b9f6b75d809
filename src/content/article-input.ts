/**
 * The shapes an article is written in, as TypeBox schemas: the admin API's bodies, the
 * OpenAPI document and the article service all use these. Lengths are in characters (code
 * points), so an Arabic title has the same limit as an English one.
 */
import { Type, type Static } from 'typebox';
import { articleStatuses, articleTypes, languages } from '../db/schema.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const text = (maxLength: number) => Type.String({ maxLength });
const optionalText = (maxLength: number) => Type.Optional(nullable(text(maxLength)));
const webAddress = Type.Optional(nullable(Type.String({ maxLength: 2000 })));

export const ArticleTypeSchema = Type.Enum([...articleTypes], {
  description: 'news, analysis, opinion, interview or report',
});
export const LanguageSchema = Type.Enum([...languages], { description: 'ar or en' });
export const ArticleStatusSchema = Type.Enum([...articleStatuses]);

/** A ProseMirror document in Midad's schema; its nodes are checked by `parseDocument`. */
export const DocumentSchema = Type.Object(
  {
    type: Type.Literal('doc'),
    // Open objects: the nodes are checked by the schema, and sent back whole.
    content: Type.Array(Type.Object({}, { additionalProperties: true }), { maxItems: 5000 }),
  },
  {
    additionalProperties: true,
    description: 'ProseMirror JSON in Midad’s document schema (see docs/admin-api.md)',
  },
);

/**
 * A moment: an ISO-8601 instant with an offset (`2026-12-02T14:30:00+02:00`), or a wall-clock
 * time in the site's time zone (`2026-12-02T14:30`).
 */
export const MomentSchema = Type.String({
  maxLength: 40,
  description: 'ISO-8601 with an offset, or YYYY-MM-DDTHH:mm in the site’s time zone',
});

const contentFields = {
  type: Type.Optional(ArticleTypeSchema),
  title: Type.String({ minLength: 1, maxLength: 300 }),
  subtitle: optionalText(500),
  excerpt: optionalText(1000),
  body: Type.Optional(DocumentSchema),
  slug: optionalText(200),
  sectionId: Type.Optional(nullable(Id)),
  tagIds: Type.Optional(Type.Array(Id, { maxItems: 30 })),
  /** Tags by name, found or created in the article's language. */
  tagNames: Type.Optional(
    Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 30 }),
  ),
  authorIds: Type.Optional(Type.Array(Id, { maxItems: 10 })),
  featuredImageId: Type.Optional(nullable(Id)),
  sourceName: optionalText(200),
  sourceUrl: webAddress,
  seoTitle: optionalText(200),
  seoDescription: optionalText(400),
  canonicalUrl: webAddress,
  isBreaking: Type.Optional(Type.Boolean()),
  isFeatured: Type.Optional(Type.Boolean()),
  /** The article (in the other language) this one translates; null for none. */
  translationOfId: Type.Optional(nullable(Id)),
  /** When it was (or is to be shown as) first published; for backdating and imports. */
  publishedAt: Type.Optional(nullable(MomentSchema)),
};

export const ArticleCreateSchema = Type.Object(
  {
    ...contentFields,
    language: Type.Optional(LanguageSchema),
    /** Created straight into a status (an import, a wire story), if the actor may give it. */
    status: Type.Optional(ArticleStatusSchema),
    scheduledAt: Type.Optional(nullable(MomentSchema)),
    /** When it was last changed, kept from the source of an import. */
    updatedAt: Type.Optional(nullable(MomentSchema)),
  },
  { additionalProperties: false },
);
export type ArticleCreateInput = Static<typeof ArticleCreateSchema>;

export const ArticleUpdateSchema = Type.Object(
  {
    ...Type.Partial(Type.Object(contentFields)).properties,
    language: Type.Optional(LanguageSchema),
    /** The version this edit started from; a newer one in the database refuses it (409). */
    version: Id,
  },
  { additionalProperties: false },
);
export type ArticleUpdateInput = Static<typeof ArticleUpdateSchema>;

export const articleActions = [
  'submit',
  'publish',
  'schedule',
  'unpublish',
  'archive',
  'draft',
] as const;
export type ArticleAction = (typeof articleActions)[number];

export const ArticleTransitionSchema = Type.Object(
  {
    /** Optional: when given, the action is refused if someone changed the article since. */
    version: Type.Optional(Id),
    /** Required to schedule. */
    scheduledAt: Type.Optional(MomentSchema),
  },
  { additionalProperties: false },
);
export type ArticleTransitionInput = Static<typeof ArticleTransitionSchema>;

export const RestoreRevisionSchema = Type.Object({ version: Id }, { additionalProperties: false });
