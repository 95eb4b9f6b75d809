/** How account fields are cleaned before they are stored, and the rules every writer shares. */
import type { Actor } from '../core/actor.js';
import { roleAtLeast } from '../core/actor.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { settingsFrom } from '../content/settings.js';
import { constraintViolation } from '../db/constraint-errors.js';
import type { Language, Role } from '../db/schema.js';
import { MidadError, ValidationError } from '../errors.js';

/** E-mail addresses are stored lower-cased, so one person cannot hold two accounts by case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Names are one line: runs of spaces from a careless paste become one. */
export function cleanName(name: string, field = 'name'): string {
  const clean = name.replace(/\s+/g, ' ').trim();
  if (clean === '') throw ValidationError.of(field, 'required');
  return clean;
}

/** Refuses an e-mail that another account has. */
export async function checkEmailFree(uow: UnitOfWork, email: string): Promise<void> {
  if (await uow.users.findByEmail(email)) {
    throw ValidationError.of('email', 'taken', { value: email });
  }
}

/** Turns the unique-e-mail race another transaction won into the rule's own error. */
export async function emailSafe<T>(email: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const violation = constraintViolation(error);
    if (violation?.kind === 'unique' && violation.columns.includes('email')) {
      throw ValidationError.of('email', 'taken', { value: email });
    }
    throw error;
  }
}

/** No one hands out a role above their own. */
export function checkRoleGrantable(actor: Actor, role: Role, field = 'role'): void {
  if (!roleAtLeast(actor.role, role)) throw ValidationError.of(field, 'role_too_high');
}

export async function checkPersonExists(uow: UnitOfWork, personId: number | null): Promise<void> {
  if (personId !== null && !(await uow.taxonomy.findPersonById(personId))) {
    throw ValidationError.of('personId', 'not_found', { id: personId });
  }
}

/** The site's default language, for an account created without one. */
export async function siteLanguage(uow: Pick<UnitOfWork, 'settings'>): Promise<Language> {
  return settingsFrom(await uow.settings.getAll()).locale;
}

/** The user an actor acts for; a system actor or an integration's token has none. */
export function ownUserId(actor: Actor): number {
  if (actor.userId === null) throw new MidadError('forbidden');
  return actor.userId;
}

/**
 * The user of a signed-in person. Credentials (password, second factor) change only from a
 * session: an API token that leaks must not be able to take the account over.
 */
export function signedInUserId(actor: Actor): number {
  if (actor.kind !== 'user') throw new MidadError('forbidden');
  return ownUserId(actor);
}
