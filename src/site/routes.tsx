/**
 * The public site: home, section, tag, author and article pages, and the 404/500 pages.
 * Each route parses its input, asks the content service for one page's content and renders
 * it; anything it cannot find — or cannot even parse — is the 404 page in the page's language.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import type { VNode } from 'preact';
import { MidadError } from '../errors.js';
import type { Listing } from '../content/content-service.js';
import type { Language, SiteSettings } from '../content/types.js';
import type { PageContext, Pagination } from './view-models.js';
import { t } from './i18n.js';
import { articlePath, authorPath, sectionPath, tagPath } from './paths.js';
import { renderPage } from './views/render.js';
import { HomePage } from './views/home-page.js';
import { SectionPage } from './views/section-page.js';
import { TagPage } from './views/tag-page.js';
import { AuthorPage } from './views/author-page.js';
import { ArticlePage } from './views/article-page.js';
import { ErrorPage } from './views/error-page.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Answers with the site's 404 or 500 page in the language of the requested path. */
    sendErrorPage(
      request: FastifyRequest,
      reply: FastifyReply,
      status: 404 | 500,
    ): Promise<FastifyReply>;
  }
}

type PageQuery = { Querystring: { page?: string } };
type SlugRoute = PageQuery & { Params: { slug: string } };

const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "font-src 'self'",
  "script-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** `?page=N` as a page number; null when it is not one (which is a 404, not page 1). */
function parsePage(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  return Number(raw);
}

function pagination({ page, totalPages }: Listing, basePath: string): Pagination {
  return { page, totalPages, basePath };
}

/** The language a path's page is in, for pages without content to decide it (404, 500). */
function languageOfPath(url: string, fallback: Language): Language {
  return /^\/en(\/|$|\?)/.test(url) ? 'en' : fallback;
}

/**
 * Not wrapped in its own scope (fastify-plugin): the 404 and error handlers it installs must
 * be the application's own, so that even URLs the router rejects get the site's pages.
 */
export const siteRoutes = fastifyPlugin(
  async function siteRoutes(app: FastifyInstance): Promise<void> {
    const { content, config, assets } = app.midad;

    /** The page frame's content; `known` saves reading the settings a route already has. */
    async function pageContext(
      request: FastifyRequest,
      language: Language,
      known?: SiteSettings,
    ): Promise<PageContext> {
      const [settings, navigation, breaking] = await Promise.all([
        known ?? content.getSettings(),
        content.navigation(language),
        content.breaking(language),
      ]);
      return {
        settings,
        language,
        publicUrl: config.publicUrl,
        path: request.url,
        navigation,
        breaking,
        stylesheetHref: assets.stylesheetHref,
        now: new Date(),
      };
    }

    function sendPage(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
      return reply
        .code(status)
        .header('content-security-policy', contentSecurityPolicy)
        .type('text/html; charset=utf-8')
        .send(renderPage(page));
    }

    async function sendErrorPage(request: FastifyRequest, reply: FastifyReply, status: 404 | 500) {
      let language = languageOfPath(request.url, 'ar');
      try {
        const settings = await content.getSettings();
        language = languageOfPath(request.url, settings.locale);
        const context = await pageContext(request, language, settings);
        return sendPage(reply, <ErrorPage context={context} status={status} />, status);
      } catch (error) {
        // The database itself may be what failed: answer with the bare error page.
        request.log.error(error, 'error page could not be rendered with site context');
        return reply
          .code(status)
          .type('text/html; charset=utf-8')
          .send(fallbackErrorPage(language, status));
      }
    }

    app.decorate('sendErrorPage', sendErrorPage);

    app.setNotFoundHandler(async (request, reply) => {
      if (request.method === 'GET' || request.method === 'HEAD') {
        const path = request.url.split('?')[0] ?? '/';
        const redirect = await content.redirects.findByPath(safeDecode(path)).catch(() => null);
        if (redirect) return reply.redirect(redirect.toPath, redirect.statusCode);
      }
      return sendErrorPage(request, reply, 404);
    });

    app.setErrorHandler(async (error, request, reply) => {
      if (error instanceof MidadError && error.status === 404)
        return sendErrorPage(request, reply, 404);
      const status = (error as { statusCode?: number }).statusCode;
      if (status !== undefined && status >= 400 && status < 500) {
        // Client errors from Fastify itself (bad query strings, oversize URLs): not our 500.
        return sendErrorPage(request, reply, 404);
      }
      request.log.error(error, 'unhandled error');
      return sendErrorPage(request, reply, 500);
    });

    app.get('/', async (request, reply) => {
      const settings = await content.getSettings();
      return home(request, reply, settings.locale, settings);
    });

    app.get<{ Params: { language: string } }>('/:language', async (request, reply) => {
      const language = request.params.language;
      if (language !== 'ar' && language !== 'en') return reply.callNotFound();
      const settings = await content.getSettings();
      if (language === settings.locale) return reply.redirect('/', 301);
      return home(request, reply, language, settings);
    });

    async function home(
      request: FastifyRequest,
      reply: FastifyReply,
      language: Language,
      settings: SiteSettings,
    ) {
      const [context, homeContent] = await Promise.all([
        pageContext(request, language, settings),
        content.home(language),
      ]);
      return sendPage(reply, <HomePage context={context} {...homeContent} />);
    }

    app.get<SlugRoute>('/section/:slug', async (request, reply) => {
      const page = parsePage(request.query.page);
      const found = page && (await content.sectionListing(request.params.slug, page));
      if (!found) return reply.callNotFound();
      const { section, parent, subsections, listing } = found;
      return sendPage(
        reply,
        <SectionPage
          context={await pageContext(request, section.language)}
          section={section}
          parent={parent}
          subsections={subsections}
          articles={listing.articles}
          pagination={pagination(listing, sectionPath(section))}
        />,
      );
    });

    app.get<SlugRoute>('/tag/:slug', async (request, reply) => {
      const page = parsePage(request.query.page);
      const found = page && (await content.tagListing(request.params.slug, page));
      if (!found) return reply.callNotFound();
      const { tag, listing } = found;
      return sendPage(
        reply,
        <TagPage
          context={await pageContext(request, tag.language)}
          tag={tag}
          articles={listing.articles}
          pagination={pagination(listing, tagPath(tag))}
        />,
      );
    });

    app.get<SlugRoute>('/author/:slug', async (request, reply) => {
      const page = parsePage(request.query.page);
      const found = page && (await content.authorListing(request.params.slug, page));
      if (!found) return reply.callNotFound();
      const { person, listing } = found;
      return sendPage(
        reply,
        <AuthorPage
          context={await pageContext(request, person.language)}
          person={person}
          articles={listing.articles}
          pagination={pagination(listing, authorPath(person))}
        />,
      );
    });

    const articleRoute = async (
      request: FastifyRequest<{ Params: { id: string; slug?: string } }>,
      reply: FastifyReply,
    ) => {
      if (!/^[1-9]\d{0,9}$/.test(request.params.id)) return reply.callNotFound();
      const found = await content.publishedArticle(Number(request.params.id));
      if (!found) return reply.callNotFound();
      const { article, parentSection, related } = found;
      // The id finds the article; a missing or old slug is sent to the current address.
      if (request.params.slug !== article.slug) return reply.redirect(articlePath(article), 301);
      return sendPage(
        reply,
        <ArticlePage
          context={await pageContext(request, article.language)}
          article={article}
          parentSection={parentSection}
          related={related}
        />,
      );
    };
    app.get('/article/:id', articleRoute);
    app.get('/article/:id/:slug', articleRoute);
  },
  { name: 'midad-site' },
);

function safeDecode(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** The error page with nothing from the database: used when rendering the real one failed. */
function fallbackErrorPage(language: Language, status: 404 | 500): string {
  const direction = language === 'ar' ? 'rtl' : 'ltr';
  const title = t(language, status === 404 ? 'error.404.title' : 'error.500.title');
  const message = t(language, status === 404 ? 'error.404.message' : 'error.500.message');
  return `<!doctype html><html lang="${language}" dir="${direction}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><h1>${title}</h1><p>${message}</p><p><a href="/">${t(language, 'error.backHome')}</a></p></body></html>`;
}
