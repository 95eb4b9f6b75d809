/**
 * The content API's articles, sections, tags and authors: what the site publishes, as JSON,
 * for apps, partners and scripts. Public and read-only; an API token (`midad token create`)
 * may also read an article not yet published, by id or slug (a preview for an app). Public
 * answers may be kept by caches for a minute; every answer carries an ETag, and a revisit
 * with `If-None-Match` gets a 304.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Actor } from '../../core/actor.js';
import { can } from '../../core/permissions.js';
import {
  subjectFilter,
  type FeedArticle,
  type PublishedFilter,
} from '../../content/reader-service.js';
import type { Media, Person, Section, Tag, TranslationLink } from '../../content/types.js';
import { MidadError, ValidationError } from '../../errors.js';
import {
  absoluteUrl,
  articlePath,
  authorPath,
  mediaUrl,
  sectionPath,
  tagPath,
} from '../../site/paths.js';
import { largestWidth } from '../../site/views/picture.js';
import { pageLinks } from '../../http/page-links.js';
import { articleHtml } from '../../syndication/feeds.js';
import {
  ArticleListSchema,
  ArticleSchema,
  AuthorSchema,
  contentErrors,
  listFields,
  articleFields,
  SectionSchema,
  TagSchema,
  type ArticleField,
} from './schemas.js';

/** The most a page lists; asking for more gets this many. */
export const maxPerPage = 100;

const ArticleQuerySchema = Type.Object(
  {
    section: Type.Optional(
      Type.String({ minLength: 1, maxLength: 500, description: 'id or slug' }),
    ),
    tag: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'id or slug' })),
    author: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'id or slug' })),
    language: Type.Optional(Type.Enum(['ar', 'en'])),
    from: Type.Optional(
      Type.String({ format: 'date-time', description: 'published at this moment or later' }),
    ),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'published before' })),
    updated_since: Type.Optional(
      Type.String({ format: 'date-time', description: 'changed at this moment or later' }),
    ),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
    per_page: Type.Optional(
      Type.Integer({ minimum: 1, default: 20, description: `at most ${maxPerPage}` }),
    ),
    fields: Type.Optional(
      Type.String({ maxLength: 500, description: `comma-separated: ${articleFields.join(', ')}` }),
    ),
  },
  { additionalProperties: false },
);
type ArticleQuery = {
  section?: string;
  tag?: string;
  author?: string;
  language?: 'ar' | 'en';
  from?: string;
  to?: string;
  updated_since?: string;
  page?: number;
  per_page?: number;
  fields?: string;
};

const OneArticleQuerySchema = Type.Object(
  { fields: ArticleQuerySchema.properties.fields },
  { additionalProperties: false },
);
const RefSchema = Type.Object({
  ref: Type.String({ minLength: 1, maxLength: 500, description: 'id or slug' }),
});
const PageQuerySchema = Type.Object(
  {
    page: ArticleQuerySchema.properties.page,
    per_page: ArticleQuerySchema.properties.per_page,
    language: ArticleQuerySchema.properties.language,
  },
  { additionalProperties: false },
);

/** The fields `fields=` asks for (checked against the known ones), or the default ones. */
function chosenFields(raw: string | undefined, fallback: readonly ArticleField[]): ArticleField[] {
  if (raw === undefined) return [...fallback];
  const asked = raw
    .split(',')
    .map((field) => field.trim())
    .filter(Boolean);
  const unknown = asked.filter((field) => !articleFields.includes(field as ArticleField));
  if (unknown.length > 0 || asked.length === 0) {
    throw ValidationError.of('fields', 'not_one_of', { allowed: articleFields.join(', ') });
  }
  return asked as ArticleField[];
}

/** The caller's token, if it sent one: a bad one is a 401, none at all is the public. */
async function tokenActor(request: FastifyRequest): Promise<Actor | null> {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const actor = token ? await request.server.midad.accounts.authenticateToken(token) : null;
  if (!actor) throw new MidadError('unauthenticated');
  return actor;
}

function publicCaching(reply: FastifyReply, isPublic: boolean) {
  reply.header('cache-control', isPublic ? 'public, max-age=60' : 'private, no-store');
}

export async function contentRoutes(parent: FastifyInstance): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { reader, config } = app.midad;
  const url = (path: string) => absoluteUrl(config.publicUrl, path);
  const term = (kind: 'section' | 'tag' | 'author', item: Section | Tag | Person) => ({
    id: item.id,
    slug: item.slug,
    name: item.name,
    url: url(
      kind === 'section' ? sectionPath(item) : kind === 'tag' ? tagPath(item) : authorPath(item),
    ),
  });
  const image = (media: Media) => ({
    id: media.id,
    url: url(mediaUrl(media, largestWidth(media), 'jpeg')),
    width: media.width,
    height: media.height,
    alt: media.alt,
    caption: media.caption,
    credit: media.credit,
  });

  function present(
    article: FeedArticle & { status?: string },
    fields: readonly ArticleField[],
    translation: TranslationLink | null,
  ): Record<string, unknown> {
    const all: { [F in ArticleField]: () => unknown } = {
      id: () => article.id,
      slug: () => article.slug,
      url: () => url(articlePath(article)),
      language: () => article.language,
      type: () => article.type,
      status: () => article.status ?? 'published',
      title: () => article.title,
      subtitle: () => article.subtitle,
      excerpt: () => article.excerpt,
      publishedAt: () => article.publishedAt,
      updatedAt: () => article.updatedAt,
      section: () => article.section && term('section', article.section),
      authors: () => article.authors.map((person) => term('author', person)),
      tags: () => article.tags.map((tag) => term('tag', tag)),
      featuredImage: () => article.featuredImage && image(article.featuredImage),
      isBreaking: () => article.isBreaking,
      isFeatured: () => article.isFeatured,
      translation: () =>
        translation && {
          id: translation.id,
          language: translation.language,
          url: url(articlePath(translation)),
        },
      body: () => article.body,
      html: () =>
        article.body
          ? articleHtml(article.body, article.bodyMedia, article.language, config.publicUrl)
          : '',
    };
    return Object.fromEntries(fields.map((field) => [field, all[field]()]));
  }

  const linkHeader = (request: FastifyRequest, page: number, totalPages: number) =>
    pageLinks(config.publicUrl, request.url, page, totalPages);

  app.get(
    '/articles',
    {
      schema: {
        tags: ['articles'],
        summary: 'Published articles, newest first, filtered and paginated',
        querystring: ArticleQuerySchema,
        response: { 200: ArticleListSchema, ...contentErrors },
      },
    },
    async (request, reply) => {
      const query: ArticleQuery = request.query;
      await tokenActor(request);
      const fields = chosenFields(query.fields, listFields);
      const page = query.page ?? 1;
      const perPage = Math.min(query.per_page ?? 20, maxPerPage);
      const filters: PublishedFilter[] = [];
      for (const kind of ['section', 'tag', 'author'] as const) {
        const ref = query[kind];
        if (ref === undefined) continue;
        const subject = await reader.feedSubject(
          kind,
          /^[1-9][0-9]{0,9}$/.test(ref) ? { id: Number(ref) } : { slug: ref },
        );
        // A section, tag or author that does not exist has no articles.
        filters.push(subject ? subjectFilter(subject) : { ids: [] });
      }
      const filter: PublishedFilter = {
        ...filters.reduce<PublishedFilter>((all, one) => ({ ...all, ...one }), {}),
        ...(query.language ? { language: query.language } : {}),
        ...(query.from ? { publishedSince: new Date(query.from).toISOString() } : {}),
        ...(query.to ? { publishedBefore: new Date(query.to).toISOString() } : {}),
        ...(query.updated_since
          ? { updatedSince: new Date(query.updated_since).toISOString() }
          : {}),
      };
      const withText = fields.includes('body') || fields.includes('html');
      const { articles, total } = await reader.stories(
        filter,
        { limit: perPage, offset: (page - 1) * perPage },
        withText,
      );
      const totalPages = Math.max(1, Math.ceil(total / perPage));
      const link = linkHeader(request, page, totalPages);
      if (link) reply.header('link', link);
      publicCaching(reply, true);
      const translations = fields.includes('translation')
        ? await reader.publishedTranslations(articles.map((article) => article.id))
        : new Map<number, TranslationLink>();
      return {
        items: articles.map((article) =>
          present(article, fields, translations.get(article.id) ?? null),
        ),
        total,
        page,
        perPage,
        totalPages,
      };
    },
  );

  app.get(
    '/articles/:ref',
    {
      schema: {
        tags: ['articles'],
        summary:
          'One article by id or slug: published, or in any status for an API token that may read the desk',
        params: RefSchema,
        querystring: OneArticleQuerySchema,
        response: { 200: ArticleSchema, ...contentErrors },
      },
    },
    async (request, reply) => {
      const actor = await tokenActor(request);
      const fields = chosenFields(request.query.fields, articleFields);
      const id = await reader.articleId(request.params.ref);
      const mayPreview = actor !== null && can(actor, 'articles.read');
      const found =
        id === null
          ? null
          : mayPreview && actor
            ? await reader.articlePreview(actor, id)
            : await reader.publishedArticle(id);
      if (!found) throw new MidadError('not_found');
      publicCaching(reply, found.article.status === 'published' && !mayPreview);
      return present(found.article, fields, found.translation);
    },
  );

  app.get(
    '/sections',
    {
      schema: {
        tags: ['taxonomy'],
        summary: 'Every section, in the navigation’s order',
        querystring: Type.Object(
          { language: ArticleQuerySchema.properties.language },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(SectionSchema) }), ...contentErrors },
      },
    },
    async (request, reply) => {
      const language = request.query.language;
      const sections = await reader.allSections(language);
      publicCaching(reply, true);
      return {
        items: sections.map((section) => ({
          ...term('section', section),
          description: section.description,
          language: section.language,
          parentId: section.parentId,
        })),
      };
    },
  );

  app.get(
    '/tags',
    {
      schema: {
        tags: ['taxonomy'],
        summary: 'The tags with published articles, by name',
        querystring: PageQuerySchema,
        response: {
          200: Type.Object({
            items: Type.Array(TagSchema),
            total: Type.Integer(),
            page: Type.Integer(),
            perPage: Type.Integer(),
            totalPages: Type.Integer(),
          }),
          ...contentErrors,
        },
      },
    },
    async (request, reply) => {
      const page = request.query.page ?? 1;
      const perPage = Math.min(request.query.per_page ?? 20, maxPerPage);
      const tags = await reader.publishedTags(request.query.language);
      const totalPages = Math.max(1, Math.ceil(tags.length / perPage));
      const link = linkHeader(request, page, totalPages);
      if (link) reply.header('link', link);
      publicCaching(reply, true);
      return {
        items: tags
          .slice((page - 1) * perPage, page * perPage)
          .map(({ item: tag }) => ({ ...term('tag', tag), language: tag.language })),
        total: tags.length,
        page,
        perPage,
        totalPages,
      };
    },
  );

  app.get(
    '/authors',
    {
      schema: {
        tags: ['taxonomy'],
        summary: 'The people with published articles, by name',
        querystring: Type.Object(
          { language: ArticleQuerySchema.properties.language },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(AuthorSchema) }), ...contentErrors },
      },
    },
    async (request, reply) => {
      const people = await reader.publishedPeople(request.query.language);
      publicCaching(reply, true);
      return {
        items: people.map((person) => ({
          ...term('author', person),
          language: person.language,
          jobTitle: person.jobTitle,
          bio: person.bio,
          avatar: person.avatar && image(person.avatar),
        })),
      };
    },
  );
}
