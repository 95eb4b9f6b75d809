/**
 * Every newsroom address, in one place: views link and routes redirect only through these.
 * The routes are registered under the `/admin` prefix, so they name the part after it.
 */
import type { Language } from '../text/language.js';

export const newsroomPrefix = '/admin';

export const adminPaths = {
  home: '/admin',
  login: '/admin/login',
  loginCode: '/admin/login/code',
  logout: '/admin/logout',
  logoutEverywhere: '/admin/logout/everywhere',
  profile: '/admin/account/profile',
  password: '/admin/account/password',
  totpStart: '/admin/account/two-factor',
  totpConfirm: '/admin/account/two-factor/confirm',
  totpDisable: '/admin/account/two-factor/disable',
  /** The admin API's OpenAPI document: the newsroom's reference for scripts. */
  apiDocs: '/api/v1/admin/openapi.json',
} as const;

export function invitationPath(token: string): string {
  return `/admin/invitations/${encodeURIComponent(token)}`;
}

/**
 * What a page says after a redirect (Post/Redirect/Get): one word from this fixed list in
 * the query, never free text, so a link cannot make a page say something it would not.
 */
export const notices = [
  'signed-out',
  'signed-out-everywhere',
  'welcome',
  'profile-saved',
  'password-changed',
  'totp-on',
  'totp-off',
] as const;
export type Notice = (typeof notices)[number];

export function isNotice(value: unknown): value is Notice {
  return notices.includes(value as Notice);
}

export function withNotice(path: string, notice: Notice): string {
  return `${path}?notice=${notice}`;
}

/** The same page in another language, for a visitor not signed in (remembered in a cookie). */
export function languageLink(path: string, language: Language): string {
  return `${path}?lang=${language}`;
}
