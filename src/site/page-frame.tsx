/**
 * What every public page shares: the frame's content (settings, navigation, breaking news,
 * the moment it is rendered from the app's clock), the headers it is sent with, and the
 * error pages — with a bare fallback for when the database itself is what failed.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { Language, SiteSettings } from '../content/types.js';
import type { Services } from '../services.js';
import { asMidadError, retryAfterSeconds } from '../http/client-errors.js';
import { t } from './i18n.js';
import type { SiteAssets } from './assets.js';
import type { PageContext } from './view-models.js';
import { cacheKey, type CachedResponses } from '../http/cached-responses.js';
import { frameTags } from './page-tags.js';
import { absoluteUrl } from './paths.js';
import { nextDayStart } from './views/format.js';
import { errorMessages, ErrorPage } from './views/error-page.js';
import { renderPage } from './views/render.js';

const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self'",
  "font-src 'self'",
  "script-src 'none'",
  // Only the YouTube player a reader asks for (see the video facade in views/article-body.tsx).
  'frame-src https://www.youtube-nocookie.com',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

/** The language a path's page is in, for pages without content to decide it (errors). */
export function languageOfPath(url: string, fallback: Language): Language {
  return /^\/en(\/|$|\?)/.test(url) ? 'en' : fallback;
}

interface Remembered<T> {
  generation: number;
  value: Promise<T>;
}

interface Frame {
  settings: SiteSettings;
  navigation: PageContext['navigation'];
  breaking: PageContext['breaking'];
}

export class PageFrame {
  constructor(
    private readonly services: Services & { responses: CachedResponses },
    private readonly assets: SiteAssets,
  ) {}

  /**
   * What the frame shows in each language (settings, navigation, breaking news), as read at
   * a purge generation of the page cache: any change readers could see purges, so the frame
   * is read again only after one.
   */
  private readonly frames = new Map<Language | 'settings', Remembered<unknown>>();

  private remembered<T>(key: Language | 'settings', read: () => Promise<T>): Promise<T> {
    const generation = this.services.responses.cache.generation;
    const known = this.frames.get(key) as Remembered<T> | undefined;
    if (known?.generation === generation) return known.value;
    const value = read();
    this.frames.set(key, { generation, value });
    // A failed read (the database is down) is not remembered.
    value.catch(() => {
      if (this.frames.get(key)?.value === value) this.frames.delete(key);
    });
    return value;
  }

  /** The site's settings, as readers see them now. */
  settings(): Promise<SiteSettings> {
    return this.remembered('settings', () => this.services.reader.getSettings());
  }

  private frame(language: Language): Promise<Frame> {
    const { reader } = this.services;
    return this.remembered(language, async () => {
      const [settings, navigation, breaking] = await Promise.all([
        this.settings(),
        reader.navigation(language),
        reader.breaking(language),
      ]);
      return { settings, navigation, breaking };
    });
  }

  /** The page frame's content. */
  async context(request: FastifyRequest, language: Language): Promise<PageContext> {
    const { settings, navigation, breaking } = await this.frame(language);
    return {
      settings,
      language,
      publicUrl: this.services.config.publicUrl,
      // Stray query parameters (a campaign's utm_source) never reach a page's links.
      path: cacheKey(request.url),
      navigation,
      breaking,
      stylesheetHref: this.assets.stylesheetHref,
      fontPreloads: this.assets.fontPreloads,
      now: this.services.clock(),
    };
  }

  /**
   * Sends a page through the page cache, tagged with what it shows (`tags`, and the frame's
   * own); it expires by itself when the masthead's date changes.
   */
  async sendCached(
    reply: FastifyReply,
    context: PageContext,
    page: VNode,
    tags: readonly string[],
  ): Promise<FastifyReply> {
    return this.services.responses.send(reply.request, reply, {
      contentType: 'text/html; charset=utf-8',
      headers: {
        'content-security-policy': contentSecurityPolicy,
        // Where WordPress clients find the site's API, as WordPress itself says it.
        link: `<${absoluteUrl(this.services.config.publicUrl, '/wp-json/')}>; rel="https://api.w.org/"`,
      },
      body: Buffer.from(renderPage(page)),
      tags: [...frameTags(context), ...tags],
      expiresAt: nextDayStart(context.now, context.settings.timeZone).getTime(),
    });
  }

  send(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
    return reply
      .code(status)
      .header('content-security-policy', contentSecurityPolicy)
      .type('text/html; charset=utf-8')
      .send(renderPage(page));
  }

  /** The error page for `status`, in the language of the requested path. */
  async sendError(request: FastifyRequest, reply: FastifyReply, status: number) {
    let language = languageOfPath(request.url, 'ar');
    try {
      const settings = await this.settings();
      language = languageOfPath(request.url, settings.locale);
      const context = await this.context(request, language);
      return this.send(reply, <ErrorPage context={context} status={status} />, status);
    } catch (error) {
      // The database itself may be what failed: answer with the bare error page.
      if (asMidadError(error)?.code !== 'unavailable') {
        request.log.error(error, 'error page could not be rendered with site context');
      }
      return reply
        .code(status)
        .type('text/html; charset=utf-8')
        .send(fallbackErrorPage(language, status));
    }
  }

  /**
   * Any error as the reader's page. An address that cannot be read (bad percent-encoding, a
   * query that is not one) is a page that does not exist; other client errors keep their
   * status; the rest is a 500.
   */
  async respond(error: unknown, request: FastifyRequest, reply: FastifyReply) {
    // A path or query that breaks its route's schema: no such page (an old address may
    // still be redirected, which the not-found handler looks for).
    const part = (error as { validationContext?: string }).validationContext;
    if (part === 'params' || part === 'querystring') {
      reply.callNotFound();
      return reply;
    }
    const known = asMidadError(error);
    if (known?.code === 'malformed_request') return this.sendError(request, reply, 404);
    if (known && known.status < 500) return this.sendError(request, reply, known.status);
    if (known?.code === 'unavailable') {
      request.log.warn({ err: error }, 'the database is unavailable');
      reply.header('retry-after', String(retryAfterSeconds));
      return this.sendError(request, reply, 503);
    }
    request.log.error(error, 'unhandled error');
    return this.sendError(request, reply, known?.status ?? 500);
  }
}

/** The error page with nothing from the database: used when rendering the real one failed. */
function fallbackErrorPage(language: Language, status: number): string {
  const direction = language === 'ar' ? 'rtl' : 'ltr';
  const keys = errorMessages(status);
  const title = t(language, keys.title);
  const message = t(language, keys.message);
  return `<!doctype html><html lang="${language}" dir="${direction}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><h1>${title}</h1><p>${message}</p><p><a href="/">${t(language, 'error.backHome')}</a></p></body></html>`;
}
