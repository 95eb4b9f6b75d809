/**
 * Every newsroom address, in one place: views link and routes redirect only through these.
 * The routes are registered under the `/admin` prefix, so they name the part after it.
 */
import type { Language } from '../text/language.js';

export const newsroomPrefix = '/admin';

export const adminPaths = {
  /** The desk's dashboard: in review, scheduled, recently published. */
  home: '/admin',
  account: '/admin/account',
  articles: '/admin/articles',
  newArticle: '/admin/articles/new',
  media: '/admin/media',
  sections: '/admin/sections',
  tags: '/admin/tags',
  people: '/admin/people',
  users: '/admin/users',
  tokens: '/admin/tokens',
  webhooks: '/admin/webhooks',
  settings: '/admin/settings',
  /** The article list's workflow buttons post here: submit, publish now, unpublish, archive, delete. */
  articleActions: '/admin/articles/actions',
  newSection: '/admin/sections/new',
  newPerson: '/admin/people/new',
  newToken: '/admin/tokens/new',
  newWebhook: '/admin/webhooks/new',
  invitations: '/admin/users/invitations',
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

/** The editor of one article. */
export function articleEditorPath(id: number): string {
  return `/admin/articles/${id}`;
}

/** What the management screens list, each under its own address. */
export type ManagedList =
  'sections' | 'tags' | 'people' | 'users' | 'tokens' | 'webhooks' | 'invitations';
export type ItemAction = 'delete' | 'move' | 'role' | 'disable' | 'enable' | 'revoke';

/** One listed thing's page (`/admin/sections/4`), or one of its forms (`…/4/delete`). */
export function itemPath(list: ManagedList, id: number, action?: ItemAction): string {
  return `${adminPaths[list]}/${id}${action === undefined ? '' : `/${action}`}`;
}

/** A page of the tag list, with what it was searched for. */
export function tagListPath(q: string, page: number): string {
  const query = new URLSearchParams({
    ...(q === '' ? {} : { q }),
    ...(page > 1 ? { page: String(page) } : {}),
  }).toString();
  return query === '' ? adminPaths.tags : `${adminPaths.tags}?${query}`;
}

/** The article list with these filters (empty ones left out), as a shareable address. */
export function articleListPath(filters: Record<string, string | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') query.set(name, value);
  }
  const search = query.toString();
  return search === '' ? adminPaths.articles : `${adminPaths.articles}?${search}`;
}

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
  'article-submitted',
  'article-published',
  'article-unpublished',
  'article-archived',
  'article-deleted',
  'section-created',
  'section-saved',
  'section-moved',
  'section-deleted',
  'tag-saved',
  'tag-deleted',
  'person-created',
  'person-saved',
  'person-deleted',
  'role-changed',
  'user-disabled',
  'user-enabled',
  'invitation-revoked',
  'token-revoked',
  'webhook-deleted',
  'webhook-enabled',
  'webhook-disabled',
  'settings-saved',
] as const;
export type Notice = (typeof notices)[number];

export function isNotice(value: unknown): value is Notice {
  return notices.includes(value as Notice);
}

export function withNotice(path: string, notice: Notice): string {
  return `${path}${path.includes('?') ? '&' : '?'}notice=${notice}`;
}

/** The same page in another language, for a visitor not signed in (remembered in a cookie). */
export function languageLink(path: string, language: Language): string {
  return `${path}?lang=${language}`;
}
