/**
 * Passwords: argon2id with @node-rs/argon2's defaults (19 MiB, 2 passes, 1 lane: OWASP's
 * recommended minimum for argon2id), and the length policy. Length is the
 * rule that matters (NIST SP 800-63B §3.1.1.2); composition rules are not imposed.
 */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { ValidationError } from '../errors.js';

export const passwordPolicy = { minLength: 10, maxLength: 200 } as const;

/** Throws unless the password has 10 to 200 characters (code points, so any script counts alike). */
export function checkPasswordPolicy(password: string, field: string): void {
  const length = [...password].length;
  if (length < passwordPolicy.minLength) {
    throw ValidationError.of(field, 'weak_password', { limit: passwordPolicy.minLength });
  }
  // The weak_password message speaks of a short password; a long one is told so instead.
  if (length > passwordPolicy.maxLength) {
    throw ValidationError.of(field, 'too_long', { limit: passwordPolicy.maxLength });
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

let dummyHash: Promise<string> | null = null;

/**
 * Whether `password` matches `passwordHash`. With no hash (an unknown e-mail, an account
 * without a password) it checks against a dummy one made with the same parameters and
 * answers false, so a wrong password costs the same time whether the account exists or not.
 */
export async function verifyPassword(
  passwordHash: string | null,
  password: string,
): Promise<boolean> {
  if (passwordHash === null) {
    dummyHash ??= hash(randomBytes(16).toString('hex'));
    await verify(await dummyHash, password);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    // A stored value that is not an argon2 hash matches no password.
    return false;
  }
}
