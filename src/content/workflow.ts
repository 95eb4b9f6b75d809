/**
 * The article workflow as one table: which action moves an article from which statuses to
 * which, and which roles may take it on their own articles and on anyone's. Pure: the
 * article service asks it, the newsroom shows only what it allows, tests read it role by role.
 *
 *   draft ──submit──▶ in_review ──schedule──▶ scheduled ──(time)──▶ published
 *     ▲                   │                       │                     │
 *     └──────draft────────┴────────draft──────────┘      unpublish ─────┤
 *                                                                         ▼
 *   archived ◀──archive── draft · in_review · published · unpublished   unpublished
 */
import type { Actor, Role } from '../core/actor.js';
import type { ArticleStatus } from '../db/schema.js';
import type { ArticleAction } from './article-input.js';

export interface Transition {
  action: ArticleAction;
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  /** Roles that may take it on an article they own. */
  own: readonly Role[];
  /** Roles that may take it on anyone's article. */
  any: readonly Role[];
}

const editors: readonly Role[] = ['administrator', 'editor'];
const publishers: readonly Role[] = ['administrator', 'editor', 'author'];
const everyone: readonly Role[] = ['administrator', 'editor', 'author', 'contributor'];

export const transitions: readonly Transition[] = [
  {
    action: 'submit',
    from: ['draft', 'unpublished'],
    to: 'in_review',
    own: everyone,
    any: editors,
  },
  {
    action: 'publish',
    from: ['draft', 'in_review', 'scheduled', 'unpublished'],
    to: 'published',
    own: publishers,
    any: editors,
  },
  {
    action: 'schedule',
    from: ['draft', 'in_review', 'scheduled', 'unpublished'],
    to: 'scheduled',
    own: publishers,
    any: editors,
  },
  { action: 'unpublish', from: ['published'], to: 'unpublished', own: publishers, any: editors },
  {
    action: 'archive',
    from: ['draft', 'in_review', 'published', 'unpublished'],
    to: 'archived',
    own: editors,
    any: editors,
  },
  // A contributor may take back what they submitted, nothing more.
  { action: 'draft', from: ['in_review'], to: 'draft', own: ['contributor'], any: [] },
  {
    action: 'draft',
    from: ['in_review', 'scheduled', 'unpublished'],
    to: 'draft',
    own: ['author'],
    any: [],
  },
  {
    action: 'draft',
    from: ['in_review', 'scheduled', 'unpublished', 'archived'],
    to: 'draft',
    own: editors,
    any: editors,
  },
];

export interface ArticleState {
  status: ArticleStatus;
  ownerUserId: number | null;
  /** Whether it was ever published (deleting a published article is an editor's call). */
  publishedAt: string | null;
}

function owns(actor: Actor, article: ArticleState): boolean {
  return actor.userId !== null && actor.userId === article.ownerUserId;
}

function allows(
  actor: Actor,
  article: ArticleState,
  roles: { own: readonly Role[]; any: readonly Role[] },
) {
  return roles.any.includes(actor.role) || (owns(actor, article) && roles.own.includes(actor.role));
}

export type TransitionCheck =
  { ok: true; to: ArticleStatus } | { ok: false; reason: 'forbidden' | 'wrong_status' };

/**
 * Whether `actor` may take `action` on the article now. `forbidden` when their role or
 * ownership never allows it, `wrong_status` when it would be allowed from another status.
 */
export function checkTransition(
  actor: Actor,
  article: ArticleState,
  action: ArticleAction,
): TransitionCheck {
  const permitted = transitions.filter((t) => t.action === action && allows(actor, article, t));
  if (permitted.length === 0) return { ok: false, reason: 'forbidden' };
  const match = permitted.find((t) => t.from.includes(article.status));
  return match ? { ok: true, to: match.to } : { ok: false, reason: 'wrong_status' };
}

/** The actions `actor` may take on the article now, for the newsroom to offer. */
export function availableActions(actor: Actor, article: ArticleState): ArticleAction[] {
  const actions = transitions
    .filter((t) => t.from.includes(article.status) && allows(actor, article, t))
    .map((t) => t.action);
  return [...new Set(actions)];
}

/**
 * Who may change an article's content: editors any (until it is archived), authors their
 * own (until archived), contributors their own while it has not gone out.
 */
export function canEdit(actor: Actor, article: ArticleState): boolean {
  if (article.status === 'archived') return false;
  if (editors.includes(actor.role)) return true;
  if (!owns(actor, article)) return false;
  if (actor.role === 'author') return true;
  return actor.role === 'contributor' && ['draft', 'in_review'].includes(article.status);
}

/** Editors delete any article; authors and contributors only their own that never went out. */
export function canDelete(actor: Actor, article: ArticleState): boolean {
  if (editors.includes(actor.role)) return true;
  return owns(actor, article) && article.publishedAt === null && article.status !== 'scheduled';
}

/** Published and scheduled articles are, or will be, seen by readers: the publishing rules hold. */
export function isPublicStatus(status: ArticleStatus): boolean {
  return status === 'published' || status === 'scheduled';
}
