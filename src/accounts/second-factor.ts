/**
 * The second factor: TOTP (RFC 6238) as authenticator apps expect it — SHA-1, six digits,
 * 30-second steps — accepting the step before and after for a phone's clock drift, and
 * one-time recovery codes for a lost phone. A code is accepted once: after a sign-in with
 * one step, that step and earlier ones are refused (RFC 6238 §5.2).
 */
import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { secretHash } from './secrets.js';

const totpParameters = { algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** Steps of drift accepted either way. */
const totpWindow = 1;
export const recoveryCodeCount = 10;

/** A new TOTP secret (160 bits, as RFC 4226 recommends), in base32 as apps read it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI a QR code carries: `issuer` is the site's name, `label` the e-mail. */
export function otpauthUri(secret: string, issuer: string, label: string): string {
  return new TOTP({
    ...totpParameters,
    issuer,
    label,
    secret: Secret.fromBase32(secret),
  }).toString();
}

function looksLikeTotp(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** Codes are typed by hand: spaces and dashes are not part of them, and case does not matter. */
function normalize(code: string): string {
  return code.replace(/[\s-]/g, '').toLowerCase();
}

/**
 * Whether `code` is the user's current TOTP code, not used before; if so, marks its step used.
 * Takes a lock per user, so the same code sent twice at once signs in once.
 */
export async function useTotpCode(
  uow: UnitOfWork,
  user: { id: number; totpSecret: string | null },
  code: string,
): Promise<boolean> {
  const token = normalize(code);
  if (user.totpSecret === null || !looksLikeTotp(token)) return false;
  const timestamp = uow.now.getTime();
  const delta = TOTP.validate({
    ...totpParameters,
    token,
    secret: Secret.fromBase32(user.totpSecret),
    timestamp,
    window: totpWindow,
  });
  if (delta === null) return false;
  const { period } = totpParameters;
  const stepStart = (TOTP.counter({ period, timestamp }) + delta) * period * 1000;
  const key = `totp:${user.id}`;
  await uow.lock(key);
  const laterUses = await uow.loginAttempts.since(key, new Date(stepStart - 1).toISOString());
  if (laterUses.length > 0) return false;
  await uow.loginAttempts.record([key], new Date(stepStart).toISOString());
  return true;
}

/** Whether `code` is a TOTP code or an unused recovery code of the user's; uses it up if so. */
export async function useSecondFactor(
  uow: UnitOfWork,
  user: { id: number; totpSecret: string | null },
  code: string,
): Promise<boolean> {
  const token = normalize(code);
  if (looksLikeTotp(token)) return useTotpCode(uow, user, token);
  if (token === '') return false;
  return uow.recoveryCodes.use(user.id, secretHash(token), uow.nowIso);
}

/** New recovery codes (`3f9a1-c07de`, 40 random bits each), shown once; their hashes are stored. */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: recoveryCodeCount }, () => {
    const hex = randomBytes(5).toString('hex');
    return `${hex.slice(0, 5)}-${hex.slice(5)}`;
  });
  return { codes, hashes: codes.map((code) => secretHash(normalize(code))) };
}
