/**
 * The search page, `/search?q=…` in the site's own language and `/en/search` (or `/ar/…`)
 * in the other. Whatever the reader types is read by the analyzer, which never refuses: the
 * page says what it searched for and what it left out. Each client may search 30 times a
 * minute; the 31st gets the error page with `Retry-After`.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Language } from '../content/types.js';
import { MidadError } from '../errors.js';
import type { PageFrame } from './page-frame.js';
import { SearchPage } from './views/search-page.js';

const searchSchema = {
  querystring: Type.Object(
    {
      q: Type.Optional(Type.String({ maxLength: 20_000 })),
      page: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,3}$' })),
      order: Type.Optional(Type.Enum(['relevance', 'newest'])),
    },
    { additionalProperties: true },
  ),
};

type SearchRoute = {
  Querystring: { q?: string; page?: string; order?: 'relevance' | 'newest' };
};

export const searchRateLimit = { max: 30, timeWindow: '1 minute' };

export async function searchRoutes(
  app: FastifyInstance,
  { frame }: { frame: PageFrame },
): Promise<void> {
  const { reader, search } = app.midad;
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new MidadError('rate_limited', { seconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });
  const options = { schema: searchSchema, config: { rateLimit: searchRateLimit } };

  async function searchPage(
    request: FastifyRequest<SearchRoute>,
    reply: FastifyReply,
    language: Language,
  ) {
    const q = (request.query.q ?? '').trim();
    const order = request.query.order ?? 'relevance';
    const page = Number(request.query.page ?? 1);
    const results = q === '' ? null : await search.search({ q, language, page, order });
    if (results && !results.isEmpty && results.total > 0 && results.items.length === 0) {
      return reply.callNotFound();
    }
    return frame.send(
      reply.header('x-robots-tag', 'noindex'),
      <SearchPage
        context={await frame.context(request, language)}
        q={q}
        order={order}
        results={results}
      />,
    );
  }

  app.get<SearchRoute>('/search', options, async (request, reply) => {
    const settings = await reader.getSettings();
    return searchPage(request, reply, settings.locale);
  });
  for (const language of ['ar', 'en'] as const) {
    app.get<SearchRoute>(`/${language}/search`, options, async (request, reply) => {
      const settings = await reader.getSettings();
      if (language === settings.locale) {
        const query = request.url.slice(request.url.indexOf('?'));
        return reply.redirect(`/search${request.url.includes('?') ? query : ''}`, 301);
      }
      return searchPage(request, reply, language);
    });
  }
}
