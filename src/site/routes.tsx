/**
 * The public site: home, section, tag, author and article pages, and the error pages. Each
 * route parses its input, asks the reader service for one page's content and renders it;
 * anything it cannot find — or cannot even parse — is the 404 page in the page's language.
 * The site is an encapsulated plugin: its error and not-found handlers are its own, and
 * answer for every path no other surface (/api, /admin) claims.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Listing } from '../content/reader-service.js';
import type { Language } from '../content/types.js';
import { tagTag } from '../cache/tags.js';
import { PageFrame } from './page-frame.js';
import { articlePageTags, homeTags, personTags, sectionsTags, summariesTags } from './page-tags.js';
import { searchRoutes } from './search-routes.js';
import { feedRoutes } from '../syndication/feed-routes.js';
import { sitemapRoutes } from '../syndication/sitemap-routes.js';
import type { Pagination } from './view-models.js';
import { articlePath, authorPath, sectionPath, tagPath } from './paths.js';
import { HomePage } from './views/home-page.js';
import { SectionPage } from './views/section-page.js';
import { TagPage } from './views/tag-page.js';
import { AuthorPage } from './views/author-page.js';
import { ArticlePage } from './views/article-page.js';

/**
 * What each page's address may hold. An address that breaks these is a page that does not
 * exist: the site answers its 404 page (after looking for a redirect), never a 400.
 * Other query parameters (a campaign's `utm_source`) are let through and ignored.
 */
const listingSchema = {
  params: Type.Object({ slug: Type.String({ minLength: 1, maxLength: 500 }) }),
  querystring: Type.Object(
    { page: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,5}$' })) },
    { additionalProperties: true },
  ),
};
const articleSchema = {
  params: Type.Object({
    id: Type.String({ pattern: '^[1-9][0-9]{0,9}$' }),
    slug: Type.Optional(Type.String({ maxLength: 500 })),
  }),
};
const languageSchema = { params: Type.Object({ language: Type.String({ maxLength: 500 }) }) };

type SlugRoute = { Querystring: { page?: string }; Params: { slug: string } };
const pageOf = (request: FastifyRequest<SlugRoute>) => Number(request.query.page ?? 1);

function pagination({ page, totalPages }: Listing, basePath: string): Pagination {
  return { page, totalPages, basePath };
}

export async function siteRoutes(app: FastifyInstance): Promise<void> {
  const { reader } = app.midad;
  const frame = new PageFrame(app.midad, app.midad.assets);
  const pageContext = (request: FastifyRequest, language: Language) =>
    frame.context(request, language);
  const sendPage = frame.sendCached.bind(frame);
  const cached = { config: { pageCache: true } };

  app.midad.errorScopes.register('', (error, request, reply) =>
    frame.respond(error, request, reply),
  );

  app.setNotFoundHandler(async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD') {
      const path = request.url.split('?')[0] ?? '/';
      const redirect = await reader.redirectFor(safeDecode(path)).catch(() => null);
      if (redirect) return reply.redirect(redirect.toPath, redirect.statusCode);
    }
    return frame.sendError(request, reply, 404);
  });

  app.setErrorHandler(async (error, request, reply) => frame.respond(error, request, reply));

  await app.register(searchRoutes, { frame });
  await app.register(feedRoutes, { frame });
  await app.register(sitemapRoutes, { frame });

  app.get('/', cached, async (request, reply) => {
    const settings = await frame.settings();
    return home(request, reply, settings.locale);
  });

  app.get<{ Params: { language: string } }>(
    '/:language',
    { schema: languageSchema, ...cached },
    async (request, reply) => {
      const language = request.params.language;
      if (language !== 'ar' && language !== 'en') return reply.callNotFound();
      const settings = await frame.settings();
      if (language === settings.locale) return reply.redirect('/', 301);
      return home(request, reply, language);
    },
  );

  async function home(request: FastifyRequest, reply: FastifyReply, language: Language) {
    const [context, homeContent] = await Promise.all([
      pageContext(request, language),
      reader.home(language),
    ]);
    return sendPage(
      reply,
      context,
      <HomePage context={context} {...homeContent} />,
      homeTags(language, homeContent),
    );
  }

  app.get<SlugRoute>(
    '/section/:slug',
    { schema: listingSchema, ...cached },
    async (request, reply) => {
      const found = await reader.sectionListing(request.params.slug, pageOf(request));
      if (!found) return reply.callNotFound();
      const { section, parent, subsections, listing } = found;
      const context = await pageContext(request, section.language);
      return sendPage(
        reply,
        context,
        <SectionPage
          context={context}
          section={section}
          parent={parent}
          subsections={subsections}
          articles={listing.articles}
          pagination={pagination(listing, sectionPath(section))}
        />,
        [...sectionsTags([section, parent, ...subsections]), ...summariesTags(listing.articles)],
      );
    },
  );

  app.get<SlugRoute>('/tag/:slug', { schema: listingSchema, ...cached }, async (request, reply) => {
    const found = await reader.tagListing(request.params.slug, pageOf(request));
    if (!found) return reply.callNotFound();
    const { tag, listing } = found;
    const context = await pageContext(request, tag.language);
    return sendPage(
      reply,
      context,
      <TagPage
        context={context}
        tag={tag}
        articles={listing.articles}
        pagination={pagination(listing, tagPath(tag))}
      />,
      [tagTag(tag.id), ...summariesTags(listing.articles)],
    );
  });

  app.get<SlugRoute>(
    '/author/:slug',
    { schema: listingSchema, ...cached },
    async (request, reply) => {
      const found = await reader.authorListing(request.params.slug, pageOf(request));
      if (!found) return reply.callNotFound();
      const { person, listing } = found;
      const context = await pageContext(request, person.language);
      return sendPage(
        reply,
        context,
        <AuthorPage
          context={context}
          person={person}
          articles={listing.articles}
          pagination={pagination(listing, authorPath(person))}
        />,
        [...personTags(person), ...summariesTags(listing.articles)],
      );
    },
  );

  const articleRoute = async (
    request: FastifyRequest<{ Params: { id: string; slug?: string } }>,
    reply: FastifyReply,
  ) => {
    const found = await reader.publishedArticle(Number(request.params.id));
    if (!found) return reply.callNotFound();
    const { article, parentSection, related, translation } = found;
    // The id finds the article; a missing or old slug is sent to the current address.
    if (request.params.slug !== article.slug) return reply.redirect(articlePath(article), 301);
    const context = await pageContext(request, article.language);
    return sendPage(
      reply,
      context,
      <ArticlePage
        context={context}
        article={article}
        parentSection={parentSection}
        related={related}
        translation={translation}
      />,
      articlePageTags(found),
    );
  };
  app.get('/article/:id', { schema: articleSchema, ...cached }, articleRoute);
  app.get('/article/:id/:slug', { schema: articleSchema, ...cached }, articleRoute);
}

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
