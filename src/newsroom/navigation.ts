/**
 * The newsroom's menu as data: every desk screen, its label, and the capability a role needs
 * to see it (`core/permissions.ts`, the table the services authorise with, so the menu never
 * offers a screen that would answer 403). The layout renders it; the order is the menu's.
 */
import type { Actor } from '../core/actor.js';
import { can, type Capability } from '../core/permissions.js';
import type { MessageKey } from '../i18n/index.js';
import { adminPaths, newsroomPrefix } from './paths.js';

export interface NavigationEntry {
  path: string;
  label: MessageKey;
  /** What the role needs to see the entry; null for a screen every signed-in user has. */
  capability: Capability | null;
}

export const navigation: readonly NavigationEntry[] = [
  { path: adminPaths.home, label: 'desk.nav.home', capability: null },
  { path: adminPaths.articles, label: 'desk.nav.articles', capability: 'articles.read' },
  { path: adminPaths.newArticle, label: 'desk.nav.newArticle', capability: 'articles.create' },
  { path: adminPaths.media, label: 'desk.nav.media', capability: 'media.upload' },
  { path: adminPaths.sections, label: 'desk.nav.sections', capability: 'taxonomy.manage' },
  { path: adminPaths.tags, label: 'desk.nav.tags', capability: 'tags.create' },
  { path: adminPaths.people, label: 'desk.nav.people', capability: 'taxonomy.manage' },
  { path: adminPaths.users, label: 'desk.nav.users', capability: 'users.manage' },
  { path: adminPaths.tokens, label: 'desk.nav.tokens', capability: 'tokens.manage' },
  { path: adminPaths.webhooks, label: 'desk.nav.webhooks', capability: 'webhooks.manage' },
  { path: adminPaths.settings, label: 'desk.nav.settings', capability: 'settings.manage' },
  { path: adminPaths.account, label: 'newsroom.menu.account', capability: null },
];

/** The entries `actor`'s role may use, in menu order. */
export function navigationFor(actor: Actor): NavigationEntry[] {
  return navigation.filter((entry) => entry.capability === null || can(actor, entry.capability));
}

/**
 * How an entry relates to the page at `path`: `page` when it is the entry's own screen, `true`
 * when the page lies inside it (an article's editor inside the article list), else null. The
 * entry with the longest matching path wins, so the new-article form is not also "articles";
 * the dashboard is current only on itself, since every address starts with it.
 */
export function currentness(entry: NavigationEntry, path: string): 'page' | 'true' | null {
  if (entry.path === path) return 'page';
  const isInside = (candidate: NavigationEntry) =>
    candidate.path !== newsroomPrefix && path.startsWith(`${candidate.path}/`);
  if (!isInside(entry)) return null;
  const closest = navigation
    .filter((candidate) => candidate.path === path || isInside(candidate))
    .reduce((best, candidate) => (candidate.path.length > best.path.length ? candidate : best));
  return closest === entry ? 'true' : null;
}
