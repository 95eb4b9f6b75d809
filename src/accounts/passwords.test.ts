import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { checkPasswordPolicy, hashPassword, verifyPassword } from './passwords.js';
import { isSecretOf, newSecret, secretHash, secretsEqual } from './secrets.js';

function ruleOf(password: string): string | null {
  try {
    checkPasswordPolicy(password, 'password');
    return null;
  } catch (error) {
    return error instanceof ValidationError ? (error.fields[0]?.rule ?? null) : 'unexpected';
  }
}

async function median(times: number, run: () => Promise<unknown>): Promise<number> {
  const durations: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    durations.push(performance.now() - started);
  }
  return durations.sort((a, b) => a - b)[Math.floor(times / 2)] ?? 0;
}

describe('passwords', () => {
  it('need 10 to 200 characters, counted as a person counts them', () => {
    expect(ruleOf('قصيرة')).toBe('weak_password');
    expect(ruleOf('123456789')).toBe('weak_password');
    expect(ruleOf('1234567890')).toBe(null);
    // Ten letters of any script, and ten emoji, are ten characters (not 20 UTF-16 units).
    expect(ruleOf('كلمةسرطويل')).toBe(null);
    expect(ruleOf('🔑'.repeat(9))).toBe('weak_password');
    expect(ruleOf('🔑'.repeat(10))).toBe(null);
    expect(ruleOf('ب'.repeat(200))).toBe(null);
    expect(ruleOf('ب'.repeat(201))).toBe('too_long');
  });

  it('are stored as argon2id and checked against it', async () => {
    const hash = await hashPassword('كلمة سر طويلة');
    expect(hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(await verifyPassword(hash, 'كلمة سر طويلة')).toBe(true);
    expect(await verifyPassword(hash, 'كلمة سر طويله')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it('take as long to refuse for an unknown account as for a known one', async () => {
    const hash = await hashPassword('كلمة سر طويلة');
    await verifyPassword(null, 'warm up');
    const known = await median(5, () => verifyPassword(hash, 'wrong password'));
    const unknown = await median(5, () => verifyPassword(null, 'wrong password'));
    // Without the dummy hash, the unknown account would answer in well under a millisecond.
    expect(unknown / known).toBeGreaterThan(0.3);
    expect(unknown / known).toBeLessThan(3);
  });
});

describe('secrets', () => {
  it('say what they are, are stored hashed, and compare in constant time', () => {
    const token = newSecret('apiToken');
    expect(token).toMatch(/^mdt_[A-Za-z0-9_-]{43}$/);
    expect(isSecretOf('apiToken', token)).toBe(true);
    expect(isSecretOf('session', token)).toBe(false);
    expect(secretHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(secretHash(token)).not.toContain(token.slice(4));
    expect(secretsEqual(token, token)).toBe(true);
    expect(secretsEqual(token, `${token}x`)).toBe(false);
  });
});
