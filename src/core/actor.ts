/**
 * Who is asking: a signed-in user, an API token, or Midad itself (the scheduler, the CLI,
 * an importer, the demo loader). Every write takes an actor; services authorise it.
 */
import { roles, type Role } from '../db/schema.js';

export { roles, type Role };

export interface Actor {
  kind: 'user' | 'token' | 'system';
  /** The user it acts for, who owns what it creates; null for integrations and the system. */
  userId: number | null;
  tokenId: number | null;
  role: Role;
  /** How the history names it: «ليلى حداد», "Wire import", «الناشر الآلي». */
  name: string;
  /** The person whose byline it writes under by default. */
  personId: number | null;
}

/** The parts of Midad that act on their own; the history names them in the reader's language. */
export const systemActors = ['scheduler', 'cli', 'demo', 'import', 'system'] as const;
export type SystemActorName = (typeof systemActors)[number];

/** Midad acting on its own behalf, with every right. Stored as `@scheduler`, `@cli` … */
export function systemActor(name: SystemActorName): Actor {
  return {
    kind: 'system',
    userId: null,
    tokenId: null,
    role: 'administrator',
    name: `@${name}`,
    personId: null,
  };
}

/** The system part a stored actor name stands for, if it is one. */
export function systemActorOf(storedName: string): SystemActorName | null {
  const name = storedName.startsWith('@') ? storedName.slice(1) : '';
  return systemActors.find((s) => s === name) ?? null;
}

/** Roles from most to least powerful. */
const rank: Record<Role, number> = { administrator: 3, editor: 2, author: 1, contributor: 0 };

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}
