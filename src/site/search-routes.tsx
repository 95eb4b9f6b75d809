/**
 * The search page, `/search?q=…` in the site's own language and `/en/search` (or `/ar/…`)
 * in the other. Whatever the reader types is read by the analyzer, which never refuses: the
 * page says what it searched for and what it left out. Filters are read from the address —
 * `section` and `author` by slug, `from` and `to` as days in the site's time zone — and one
 * that cannot be read is answered 400 with the page saying which, never searched without it.
 * Each client may search 30 times a minute; the 31st gets the error page with `Retry-After`.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { NavigationEntry, PersonName } from '../content/reader-service.js';
import type { Language } from '../content/types.js';
import { MidadError } from '../errors.js';
import type { SearchInput } from '../search/search-service.js';
import { parseDateTimeInZone, toWesternDigits } from '../text/index.js';
import type { PageFrame } from './page-frame.js';
import type { FilterProblem, SearchFilterValues } from './views/search-filters.js';
import { SearchPage } from './views/search-page.js';

const searchSchema = {
  querystring: Type.Object(
    {
      q: Type.Optional(Type.String({ maxLength: 20_000 })),
      page: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,3}$' })),
      order: Type.Optional(Type.Enum(['relevance', 'newest'])),
      // Read by `readFilters`, which answers a wrong one with the page, not a 404.
      section: Type.Optional(Type.String()),
      author: Type.Optional(Type.String()),
      from: Type.Optional(Type.String()),
      to: Type.Optional(Type.String()),
    },
    { additionalProperties: true },
  ),
};

type SearchRoute = {
  Querystring: { q?: string; page?: string; order?: 'relevance' | 'newest' } & Partial<
    Record<keyof SearchFilterValues, string>
  >;
};

type FilterInput = Pick<SearchInput, 'sectionIds' | 'personId' | 'from' | 'to'>;

/**
 * The filters in the address, as the service takes them. A parent section brings its
 * subsections; days become the first and last instants of those days in `timeZone`.
 */
function readFilters(
  query: SearchRoute['Querystring'],
  sections: NavigationEntry[],
  authors: PersonName[],
  timeZone: string,
): { values: SearchFilterValues; problems: FilterProblem[]; input: FilterInput } {
  const values: SearchFilterValues = {
    section: (query.section ?? '').trim(),
    author: (query.author ?? '').trim(),
    from: toWesternDigits((query.from ?? '').trim()),
    to: toWesternDigits((query.to ?? '').trim()),
  };
  const problems: FilterProblem[] = [];
  const input: FilterInput = {};
  if (values.section !== '') {
    const sectionIds = sectionIdsOf(values.section, sections);
    if (sectionIds) input.sectionIds = sectionIds;
    else problems.push('unknownSection');
  }
  if (values.author !== '') {
    const author = authors.find((person) => person.slug === values.author);
    if (author) input.personId = author.id;
    else problems.push('unknownAuthor');
  }
  if (values.from !== '') {
    const from = dayIn(values.from, timeZone);
    if (from) input.from = from.start.toISOString();
    else problems.push('badFrom');
  }
  if (values.to !== '') {
    const to = dayIn(values.to, timeZone);
    if (!to) problems.push('badTo');
    else if (input.from !== undefined && values.to < values.from) problems.push('toBeforeFrom');
    else input.to = to.end.toISOString();
  }
  return { values, problems, input };
}

/** The section with this slug and, when it is a parent, its subsections; null if none. */
function sectionIdsOf(slug: string, sections: NavigationEntry[]): number[] | null {
  for (const { section, children } of sections) {
    if (section.slug === slug) return [section.id, ...children.map((child) => child.id)];
    const child = children.find((c) => c.slug === slug);
    if (child) return [child.id];
  }
  return null;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The first and last instants of a day (YYYY-MM-DD) in `timeZone`: its midnight, and the
 * millisecond before the next day's, so a day that a clock change makes 23 or 25 hours
 * long is all there. Null for what is not a day, and for 9999-12-31, which has no next.
 */
function dayIn(day: string, timeZone: string): { start: Date; end: Date } | null {
  const match = dayPattern.exec(day);
  if (!match) return null;
  const start = parseDateTimeInZone(`${day}T00:00`, timeZone);
  if (!start) return null;
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number];
  const next = new Date(0);
  next.setUTCFullYear(year, month - 1, date + 1);
  const nextDay = next.toISOString().slice(0, 10);
  const nextStart = parseDateTimeInZone(`${nextDay}T00:00`, timeZone);
  return nextStart && { start, end: new Date(nextStart.getTime() - 1) };
}

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
    const [context, authors] = await Promise.all([
      frame.context(request, language),
      reader.publishedAuthors(language),
    ]);
    const { timeZone } = context.settings;
    const filters = readFilters(request.query, context.navigation, authors, timeZone);
    const isRefused = filters.problems.length > 0;
    const results =
      q === '' || isRefused
        ? null
        : await search.search({ q, language, page, order, ...filters.input });
    if (results && !results.isEmpty && results.total > 0 && results.items.length === 0) {
      return reply.callNotFound();
    }
    // The search page itself may be found by search engines; its results, thin pages
    // repeating the articles, are kept out of their indexes as they ask.
    const isIndexable = Object.values(request.query).every(
      (value) => value === undefined || String(value).trim() === '',
    );
    if (!isIndexable) reply.header('x-robots-tag', 'noindex');
    return frame.send(
      reply,
      <SearchPage
        isIndexable={isIndexable}
        context={context}
        q={q}
        order={order}
        results={results}
        filters={filters.values}
        problems={filters.problems}
        authors={authors}
      />,
      isRefused ? 400 : 200,
    );
  }

  app.get<SearchRoute>('/search', options, async (request, reply) => {
    const settings = await frame.settings();
    return searchPage(request, reply, settings.locale);
  });
  for (const language of ['ar', 'en'] as const) {
    app.get<SearchRoute>(`/${language}/search`, options, async (request, reply) => {
      const settings = await frame.settings();
      if (language === settings.locale) {
        const query = request.url.slice(request.url.indexOf('?'));
        return reply.redirect(`/search${request.url.includes('?') ? query : ''}`, 301);
      }
      return searchPage(request, reply, language);
    });
  }
}
