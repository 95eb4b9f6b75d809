/**
 * The secrets accounts hand out: 32 random bytes, base64url, behind a prefix that says what
 * the secret is (`mds_` a session, `mdt_` an API token, `mdi_` an invitation) so a leaked one
 * is recognised in a log or by a secret scanner. Only their SHA-256 is stored: a random
 * 256-bit secret needs no slow hash, and a stolen table signs nobody in.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const secretPrefixes = { session: 'mds_', apiToken: 'mdt_', invitation: 'mdi_' } as const;
export type SecretKind = keyof typeof secretPrefixes;

/** A new secret of this kind, e.g. `mdt_Jx4…`; shown once, never stored. */
export function newSecret(kind: SecretKind): string {
  return `${secretPrefixes[kind]}${randomBytes(32).toString('base64url')}`;
}

/** Whether `value` looks like a secret of this kind, checked before any database lookup. */
export function isSecretOf(kind: SecretKind, value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(secretPrefixes[kind]) && value.length < 100;
}

/** The SHA-256 (hex) a secret is stored and looked up as. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A random token that is not a credential by itself (a CSRF token). */
export function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Compares two secrets in time that does not depend on where they differ, such as a form's
 * CSRF token with the session's. Both are hashed first, so their lengths do not leak either.
 */
export function secretsEqual(a: string, b: string): boolean {
  return timingSafeEqual(
    createHash('sha256').update(a, 'utf8').digest(),
    createHash('sha256').update(b, 'utf8').digest(),
  );
}
