/**
 * Slowing down password guessing: every failed sign-in is recorded under the account's
 * e-mail and the client's address; past a number of failures in a sliding window, sign-ins
 * are refused until enough of them have aged out. Per account stops a guesser aiming at one
 * newsroom member; per address, a guesser trying many e-mails. A success forgets the
 * account's failures (not the address's: one right password must not hide many wrong ones).
 */
import { readRepositories } from '../core/repositories.js';
import { inTransaction, type UnitOfWork, type UnitOfWorkContext } from '../core/unit-of-work.js';
import { MidadError } from '../errors.js';

export const throttlePolicy = {
  windowMs: 15 * 60 * 1000,
  maxPerAccount: 10,
  maxPerAddress: 50,
} as const;

export interface ThrottleKeys {
  account: string;
  address: string | null;
}

export function throttleKeys(email: string, ip: string | null): ThrottleKeys {
  return { account: `account:${email}`, address: ip === null ? null : `ip:${ip}` };
}

/**
 * Throws `too_many_login_attempts` when the account or the address has reached its limit,
 * with the whole minutes until enough failures have left the window to try again.
 */
export async function checkThrottle(context: UnitOfWorkContext, keys: ThrottleKeys): Promise<void> {
  const now = context.clock().getTime();
  const since = new Date(now - throttlePolicy.windowMs).toISOString();
  const attempts = readRepositories(context.db).loginAttempts;
  const limits: [string | null, number][] = [
    [keys.account, throttlePolicy.maxPerAccount],
    [keys.address, throttlePolicy.maxPerAddress],
  ];
  let waitMs = 0;
  for (const [key, limit] of limits) {
    if (key === null) continue;
    const failures = await attempts.since(key, since);
    if (failures.length < limit) continue;
    // Below the limit again once this failure (the oldest, unless more slipped in) ages out.
    const freeing = failures[failures.length - limit] ?? failures[0] ?? '';
    waitMs = Math.max(waitMs, Date.parse(freeing) + throttlePolicy.windowMs - now);
  }
  if (waitMs > 0) {
    throw new MidadError('too_many_login_attempts', {
      minutes: Math.max(1, Math.ceil(waitMs / 60_000)),
    });
  }
}

/** Records a failed sign-in in a transaction of its own, which commits though the sign-in fails. */
export async function recordFailure(context: UnitOfWorkContext, keys: ThrottleKeys): Promise<void> {
  await inTransaction(context, (uow) =>
    uow.loginAttempts.record(
      [keys.account, keys.address].filter((k) => k !== null),
      uow.nowIso,
    ),
  );
}

/** Forgets the account's failures after a successful sign-in. */
export async function clearAccountFailures(uow: UnitOfWork, keys: ThrottleKeys): Promise<void> {
  await uow.loginAttempts.clear(keys.account);
}
