/**
 * Sending newsroom pages: the page context of a request, the HTML reply (with the status and
 * `Retry-After` a form's problem calls for), and the error pages every failure ends in — in
 * the visitor's language, with a bare frame when the database itself is what failed.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { MidadError, presentError } from '../errors.js';
import { asMidadError, retryAfterSeconds } from '../http/client-errors.js';
import { t } from '../i18n/index.js';
import { renderPage } from '../site/views/render.js';
import type { FormProblem } from './forms.js';
import { isNotice } from './paths.js';
import { ErrorPage } from './views/error-page.js';
import type { PageContext } from './views/page-context.js';
import { fallbackVisit, formatMoment, visitOf, type Visit } from './visit.js';

export class Pages {
  constructor(private readonly stylesheetHref: string) {}

  context(request: FastifyRequest, visit: Visit): PageContext {
    const notice = (request.query as Record<string, unknown> | undefined)?.notice;
    return {
      visit,
      stylesheetHref: this.stylesheetHref,
      path: request.url.split('?')[0] ?? '/admin',
      notice: isNotice(notice) ? notice : null,
    };
  }

  /** The page, with the status of the problem it shows (200 without one). */
  send(reply: FastifyReply, page: VNode, problem: FormProblem | null = null): FastifyReply {
    if (problem?.retryAfterSeconds) {
      reply.header('retry-after', String(Math.max(1, Math.ceil(problem.retryAfterSeconds))));
    }
    return reply
      .code(problem?.status ?? 200)
      .type('text/html; charset=utf-8')
      .send(renderPage(page));
  }

  /**
   * Any failure as the newsroom's error page. An address that cannot even be read is a page
   * that does not exist; other client errors keep their status and say why; anything else
   * is logged and becomes a 500 that says nothing of the inside.
   */
  async error(error: unknown, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    let known = asMidadError(error);
    const isBadAddress = (error as { validationContext?: string }).validationContext === 'params';
    if (isBadAddress || known?.code === 'malformed_request' || known?.code === 'route_not_found') {
      known = new MidadError('not_found');
    }
    if (known?.code === 'unavailable') {
      request.log.warn({ err: error }, 'the database is unavailable');
    } else if (!known || known.status >= 500) {
      request.log.error(error, 'unhandled error');
      known = new MidadError('internal');
    }
    const visit = await visitOf(request).catch((trouble: unknown) => {
      if (asMidadError(trouble)?.code !== 'unavailable') {
        request.log.error(trouble, 'the error page is shown without the site settings');
      }
      return fallbackVisit(request);
    });
    const status = known.status;
    // The catalogue's words for these speak to API callers (send JSON); a page's visitor
    // sent a form.
    const message =
      status === 404
        ? t(visit.locale, 'newsroom.error.404.message')
        : known.code === 'unsupported_media_type'
          ? t(visit.locale, 'newsroom.error.notAForm')
          : presentError(known, visit.locale, (moment) => formatMoment(visit, moment)).message;
    const minutes = known.params.minutes;
    const seconds = known.params.seconds;
    const wait =
      known.code === 'unavailable'
        ? retryAfterSeconds
        : typeof minutes === 'number'
          ? minutes * 60
          : typeof seconds === 'number'
            ? seconds
            : null;
    return this.send(
      reply,
      <ErrorPage context={this.context(request, visit)} status={status} message={message} />,
      { status, message, fields: {}, retryAfterSeconds: wait },
    );
  }
}
