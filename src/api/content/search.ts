/**
 * `GET /api/v1/search`: the search page as JSON, for apps and widgets — the same analyzer,
 * index, filters and ranking, each result with its headline and snippet as parts (`isMatch`
 * marks a word found, as written). Public, read-only, thirty queries a minute per client.
 */
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { articlePath } from '../../content/permalinks.js';
import { MidadError } from '../../errors.js';

const Parts = Type.Array(Type.Object({ text: Type.String(), isMatch: Type.Boolean() }));

const SearchQuerySchema = Type.Object(
  {
    q: Type.String({ maxLength: 20_000, description: 'words, "quoted phrases", -excluded' }),
    language: Type.Optional(Type.Enum(['ar', 'en'])),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 1 })),
    perPage: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
    order: Type.Optional(Type.Enum(['relevance', 'newest'])),
    sectionId: Type.Optional(Type.Integer({ minimum: 1 })),
    authorId: Type.Optional(Type.Integer({ minimum: 1 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);

const SearchResponseSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      url: Type.String(),
      title: Type.String(),
      titleParts: Parts,
      snippet: Parts,
      section: Type.Union([Type.Object({ id: Type.Integer(), name: Type.String() }), Type.Null()]),
      publishedAt: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  total: Type.Integer({ description: 'how many articles match' }),
  listed: Type.Integer({
    description:
      'how many of them the pages list: all, or the newest 1 000, ranked among themselves',
  }),
  page: Type.Integer(),
  perPage: Type.Integer(),
  ignored: Type.Array(Type.Object({ text: Type.String(), reason: Type.String() })),
  isTruncated: Type.Boolean(),
  suggestion: Type.Union([Type.Object({ q: Type.String(), parts: Parts }), Type.Null()], {
    description:
      'when nothing matches: the query with its unknown words corrected ("did you mean")',
  }),
});

export async function searchApiRoutes(parent: FastifyInstance): Promise<void> {
  await parent.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new MidadError('rate_limited', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { search, reader } = app.midad;
  app.get(
    '/search',
    {
      schema: { querystring: SearchQuerySchema, response: { 200: SearchResponseSchema } },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const query = request.query;
      const language = query.language ?? (await reader.getSettings()).locale;
      const results = await search.search({
        q: query.q,
        language,
        page: query.page ?? 1,
        perPage: query.perPage ?? 10,
        order: query.order ?? 'relevance',
        ...(query.sectionId ? { sectionIds: [query.sectionId] } : {}),
        ...(query.authorId ? { personId: query.authorId } : {}),
        ...(query.from ? { from: new Date(query.from).toISOString() } : {}),
        ...(query.to ? { to: new Date(query.to).toISOString() } : {}),
      });
      reply.header('cache-control', 'public, max-age=60');
      return {
        items: results.items.map(({ article, title, snippet }) => ({
          id: article.id,
          url: articlePath(article),
          title: article.title,
          titleParts: title,
          snippet,
          section: article.section && { id: article.section.id, name: article.section.name },
          publishedAt: article.publishedAt,
        })),
        total: results.total,
        listed: results.listed,
        page: results.page,
        perPage: results.perPage,
        ignored: results.ignored,
        isTruncated: results.isTruncated,
        suggestion: results.suggestion,
      };
    },
  );
}
