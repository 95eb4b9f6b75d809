/**
 * Who is on a newsroom page and which language it speaks to them. A signed-in user gets the
 * interface language of their account; anyone else the language they chose with the
 * language link (a cookie), else the one their browser asks for, else the site's. Worked
 * out once per request, from the session cookie, and shared by the route and the error pages.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { User } from '../accounts/presenters.js';
import type { Actor } from '../core/actor.js';
import { defaultSettings, type SiteSettings } from '../content/types.js';
import { sessionToken } from '../http/session-cookie.js';
import { negotiateLanguage, type Locale } from '../i18n/index.js';
import { formatDateTime } from '../text/dates.js';
import { isLanguage, type DigitStyle, type Language } from '../text/language.js';
import { newsroomPrefix } from './paths.js';

export interface Member {
  actor: Actor;
  user: User;
  session: { id: string; csrfToken: string };
}

export interface Visit {
  settings: SiteSettings;
  language: Language;
  /** English pages always count in Western digits; Arabic ones in the site's digits. */
  digits: DigitStyle;
  locale: Locale;
  /** Signed in with every factor; null otherwise. */
  member: Member | null;
  /** Password given, second factor still due: such a session may only give it, or sign out. */
  isMfaPending: boolean;
}

const languageCookieName = 'midad_newsroom_language';
const year = 365 * 24 * 60 * 60;

const visits = new WeakMap<FastifyRequest, Promise<Visit>>();

/** The request's visit, read once: routes and error handlers ask for it as often as they like. */
export function visitOf(request: FastifyRequest): Promise<Visit> {
  let visit = visits.get(request);
  if (!visit) {
    visit = readVisit(request);
    visits.set(request, visit);
  }
  return visit;
}

async function readVisit(request: FastifyRequest): Promise<Visit> {
  const { accounts, reader } = request.server.midad;
  const settings = await reader.getSettings();
  const token = cookiesOf(request) ? sessionToken(request) : null;
  const found = token === null ? null : await accounts.authenticateSession(token);
  let member: Member | null = null;
  if (found && !found.session.mfaPending) {
    member = {
      actor: found.actor,
      user: await accounts.me(found.actor),
      session: { id: found.session.id, csrfToken: found.session.csrfToken },
    };
  }
  const language = member?.user.language ?? visitorLanguage(request, settings.locale);
  return visitIn(settings, language, member, found?.session.mfaPending ?? false);
}

/**
 * A visit with nothing from the database, for the error page of a request whose trouble may
 * be the database itself.
 */
export function fallbackVisit(request: FastifyRequest): Visit {
  return visitIn(defaultSettings, visitorLanguage(request, defaultSettings.locale), null, false);
}

function visitIn(
  settings: SiteSettings,
  language: Language,
  member: Member | null,
  isMfaPending: boolean,
): Visit {
  const digits: DigitStyle = language === 'en' ? 'western' : settings.digits;
  return { settings, language, digits, locale: { language, digits }, member, isMfaPending };
}

/** The language link's choice (`?lang=`), the remembered one, the browser's, the site's. */
function visitorLanguage(request: FastifyRequest, siteLanguage: Language): Language {
  const chosen = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isLanguage(chosen)) return chosen;
  const remembered = cookiesOf(request)?.[languageCookieName];
  if (isLanguage(remembered)) return remembered;
  return negotiateLanguage(request.headers['accept-language'], siteLanguage);
}

/**
 * The request's cookies; none for a request Fastify refused before its hooks ran (a URL that
 * does not decode), whose error page is still shown in the visitor's language.
 */
function cookiesOf(request: FastifyRequest): Record<string, string | undefined> | undefined {
  return request.cookies;
}

/** Remembers a visitor's `?lang=` choice, for the pages that follow (sign-in, the code page). */
export function rememberLanguageChoice(request: FastifyRequest, reply: FastifyReply): void {
  const chosen = (request.query as Record<string, unknown> | undefined)?.lang;
  if (!isLanguage(chosen)) return;
  reply.setCookie(languageCookieName, chosen, {
    path: newsroomPrefix,
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(request),
    maxAge: year,
  });
}

/** Whether cookies set for this request must be Secure: served over https, or meant to be. */
export function isSecureRequest(request: FastifyRequest): boolean {
  return request.protocol === 'https' || request.server.midad.config.publicUrl.startsWith('https:');
}

/** A moment in the site's time zone and date style, in the visit's language and digits. */
export function formatMoment(visit: Visit, moment: string | Date): string {
  return formatDateTime(moment, {
    language: visit.language,
    monthStyle: visit.settings.monthStyle,
    digits: visit.digits,
    timeZone: visit.settings.timeZone,
  });
}
