/**
 * What each role may do, in one table. Services call `authorize()` before they change
 * anything: the newsroom hiding a button is a courtesy, this is the rule. Article status
 * changes have their own table, with ownership, in `content/workflow.ts`.
 */
import { MidadError } from '../errors.js';
import type { Actor, Role } from './actor.js';

const everyone: readonly Role[] = ['administrator', 'editor', 'author', 'contributor'];
const editors: readonly Role[] = ['administrator', 'editor'];

export const capabilities = {
  /** Site names, language, dates and time zone. */
  'settings.manage': ['administrator'],
  /** Accounts, roles, invitations. */
  'users.manage': ['administrator'],
  /** API tokens. */
  'tokens.manage': ['administrator'],
  /** Webhooks: where changes are announced, and how that went. */
  'webhooks.manage': ['administrator'],
  /** Sections and people (bylines). */
  'taxonomy.manage': editors,
  /** Tags are made on the fly while writing. */
  'tags.create': everyone,
  /** Renaming, merging and deleting tags. */
  'tags.manage': editors,
  'articles.create': everyone,
  /** Every article, whoever owns it; the desk lists them all for everyone. */
  'articles.read': everyone,
  'articles.edit_any': editors,
  'articles.delete_any': editors,
  'media.upload': everyone,
  'media.manage': editors,
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof capabilities;

export function can(actor: Actor, capability: Capability): boolean {
  return (capabilities[capability] as readonly Role[]).includes(actor.role);
}

export function authorize(actor: Actor, capability: Capability): void {
  if (!can(actor, capability)) throw new MidadError('forbidden');
}
