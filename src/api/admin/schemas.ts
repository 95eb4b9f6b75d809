/**
 * The admin API's response shapes (TypeBox): the OpenAPI document is generated from them,
 * and Fastify serialises through them, so a field that is not declared here — a password
 * hash, a storage key — can never leave the server by accident.
 */
import { Type, type TSchema } from 'typebox';
import {
  ArticleStatusSchema,
  ArticleTypeSchema,
  DocumentSchema,
  LanguageSchema,
  articleActions,
} from '../../content/article-input.js';
import { roles } from '../../core/actor.js';
import { revisionKinds } from '../../content/article-service.js';

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Moment = Type.String({ format: 'date-time', description: 'ISO-8601, UTC' });

export const ErrorSchema = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.String(),
        message: Type.String(),
        fields: Type.Optional(
          Type.Array(
            Type.Object({
              field: Type.String(),
              rule: Type.String(),
              params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
              message: Type.String(),
            }),
          ),
        ),
      },
      { additionalProperties: true },
    ),
  },
  {
    description: 'An error: a stable code, a message in the caller’s language, the fields at fault',
  },
);

/** The error responses every authenticated route can give. */
export const errorResponses = {
  400: ErrorSchema,
  401: ErrorSchema,
  403: ErrorSchema,
  404: ErrorSchema,
  409: ErrorSchema,
  413: ErrorSchema,
  429: ErrorSchema,
};

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

export const ArticleSchema = Type.Object({
  id: Type.Integer(),
  type: ArticleTypeSchema,
  language: LanguageSchema,
  slug: Type.String(),
  title: Type.String(),
  subtitle: nullable(Type.String()),
  excerpt: nullable(Type.String()),
  body: Type.Optional(DocumentSchema),
  sectionId: nullable(Type.Integer()),
  tagIds: Type.Array(Type.Integer()),
  authorIds: Type.Array(Type.Integer()),
  featuredImageId: nullable(Type.Integer()),
  sourceName: nullable(Type.String()),
  sourceUrl: nullable(Type.String()),
  seoTitle: nullable(Type.String()),
  seoDescription: nullable(Type.String()),
  canonicalUrl: nullable(Type.String()),
  isBreaking: Type.Boolean(),
  isFeatured: Type.Boolean(),
  translationOfId: nullable(
    Type.Integer({ description: 'the article, in the other language, that this one translates' }),
  ),
  translation: Type.Optional(
    nullable(
      Type.Object(
        {
          id: Type.Integer(),
          title: Type.String(),
          language: LanguageSchema,
          status: ArticleStatusSchema,
          isOriginal: Type.Boolean({ description: 'true: this article translates that one' }),
          url: nullable(Type.String()),
        },
        {
          description:
            'its other half in the other language, whichever way the link goes (single article only)',
        },
      ),
    ),
  ),
  status: ArticleStatusSchema,
  publishedAt: nullable(Moment),
  scheduledAt: nullable(Moment),
  createdAt: Moment,
  updatedAt: Moment,
  version: Type.Integer(),
  ownerUserId: nullable(Type.Integer()),
  url: nullable(Type.String({ description: 'the public path, while published' })),
  actions: Type.Array(Type.Enum([...articleActions]), {
    description: 'the workflow actions the caller may take now',
  }),
  canEdit: Type.Boolean(),
  canDelete: Type.Boolean(),
});

export const page = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    perPage: Type.Integer(),
  });

export const RevisionSchema = Type.Object({
  id: Type.Integer(),
  version: Type.Integer(),
  kind: Type.Enum([...revisionKinds]),
  actorName: Type.String({ description: 'a user’s or token’s name, or @scheduler, @cli …' }),
  actorUserId: nullable(Type.Integer()),
  createdAt: Moment,
});

export const DiffPartSchema = Type.Object({
  kind: Type.Enum(['equal', 'inserted', 'deleted']),
  text: Type.String(),
});

export const RevisionDiffSchema = Type.Object({
  from: RevisionSchema,
  to: RevisionSchema,
  title: Type.Array(DiffPartSchema),
  subtitle: Type.Array(DiffPartSchema),
  excerpt: Type.Array(DiffPartSchema),
  body: Type.Array(DiffPartSchema),
  changedFields: Type.Array(Type.String()),
});

export const SectionSchema = Type.Object({
  id: Type.Integer(),
  slug: Type.String(),
  name: Type.String(),
  description: nullable(Type.String()),
  language: LanguageSchema,
  parentId: nullable(Type.Integer()),
  position: Type.Integer(),
  url: Type.String(),
});

export const TagSchema = Type.Object({
  id: Type.Integer(),
  slug: Type.String(),
  name: Type.String(),
  language: LanguageSchema,
  url: Type.String(),
});

export const PersonSchema = Type.Object({
  id: Type.Integer(),
  slug: Type.String(),
  name: Type.String(),
  jobTitle: nullable(Type.String()),
  bio: nullable(Type.String()),
  avatarImageId: nullable(Type.Integer()),
  links: Type.Array(Type.Object({ label: Type.String(), url: Type.String() })),
  language: LanguageSchema,
  url: Type.String(),
});

export const SettingsSchema = Type.Object({
  siteName: Type.Object({ ar: Type.String(), en: Type.String() }),
  tagline: Type.Object({ ar: Type.String(), en: Type.String() }),
  locale: LanguageSchema,
  monthStyle: Type.String(),
  digits: Type.String(),
  timeZone: Type.String(),
  feedContent: Type.String(),
});

export const RoleSchema = Type.Enum([...roles]);

export const UserSchema = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  language: LanguageSchema,
  personId: nullable(Type.Integer()),
  hasPassword: Type.Boolean(),
  isTotpEnabled: Type.Boolean(),
  isDisabled: Type.Boolean(),
  lastLoginAt: nullable(Moment),
  createdAt: Moment,
  updatedAt: Moment,
});

export const SessionSchema = Type.Object({
  user: UserSchema,
  /** Send it back as X-CSRF-Token with every request that changes something. */
  csrfToken: Type.String(),
  expiresAt: Moment,
  /** The password was right; the second factor is due (POST /session/mfa). */
  mfaRequired: Type.Boolean(),
});

export const TokenSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  role: RoleSchema,
  userId: nullable(Type.Integer()),
  prefix: Type.String(),
  createdByUserId: nullable(Type.Integer()),
  createdAt: Moment,
  lastUsedAt: nullable(Moment),
  expiresAt: nullable(Moment),
  revokedAt: nullable(Moment),
});

export const InvitationSchema = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  name: nullable(Type.String()),
  role: RoleSchema,
  invitedByUserId: nullable(Type.Integer()),
  status: Type.Enum(['pending', 'accepted', 'revoked', 'expired']),
  createdAt: Moment,
  expiresAt: Moment,
  acceptedAt: nullable(Moment),
  revokedAt: nullable(Moment),
});

export const NoContent = Type.Null({ description: 'No content' });
