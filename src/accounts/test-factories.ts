/** What the account tests share: a database with an account service, a clock to move, people. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Actor } from '../core/actor.js';
import type { UnitOfWorkContext } from '../core/unit-of-work.js';
import type { Role } from '../db/schema.js';
import type { StoredEvent } from '../events/domain-events.js';
import { EventBus } from '../events/event-bus.js';
import { openTestDatabase, postgresUrl, type TestDatabase } from '../test-support/databases.js';
import { AccountService } from './account-service.js';
import type { InvitationMail, Mailer } from './mailer.js';
import { userActor, type SignIn, type User } from './presenters.js';

export const minute = 60 * 1000;
export const day = 24 * 60 * minute;
export const client = { ip: '203.0.113.7', userAgent: 'Mozilla/5.0 (vitest)' };
export const password = 'كلمة سر طويلة جدًا';

/** A clock the test moves forward, as the context's `clock`. */
export interface MovableClock {
  (): Date;
  advance(ms: number): void;
}

export function movableClock(start = '2026-12-02T09:00:00.000Z'): MovableClock {
  let now = Date.parse(start);
  const clock = () => new Date(now);
  return Object.assign(clock, { advance: (ms: number) => void (now += ms) });
}

export interface AccountTest {
  test: TestDatabase;
  context: UnitOfWorkContext;
  clock: MovableClock;
  accounts: AccountService;
  /** Invitation mails the fake mailer was given. */
  mails: InvitationMail[];
  events: StoredEvent[];
  close(): Promise<void>;
}

export async function openAccountTest(
  dialect: TestDatabase['config']['dialect'],
  { withMailer = true }: { withMailer?: boolean } = {},
): Promise<AccountTest> {
  const test = await openTestDatabase(dialect);
  const clock = movableClock();
  const bus = new EventBus({ error: () => undefined });
  const events: StoredEvent[] = [];
  bus.on('*', (event) => void events.push(event));
  const context: UnitOfWorkContext = { db: test.db, bus, clock };
  const mails: InvitationMail[] = [];
  const mailer: Mailer = {
    sendInvitation: async (mail) => void mails.push(mail),
    close: () => undefined,
  };
  const accounts = new AccountService(context, {
    publicUrl: 'https://news.example/',
    mailer: withMailer ? mailer : null,
  });
  return { test, context, clock, accounts, mails, events, close: () => test.close() };
}

/** A unique e-mail address for a test's account. */
export function email(name = 'user'): string {
  return `${name}-${randomBytes(4).toString('hex')}@news.example`;
}

/** Signs the first administrator in; the database must have no account yet. */
export async function setUpAdministrator(
  accounts: AccountService,
): Promise<SignIn & { actor: Actor }> {
  const signIn = await accounts.setup(
    { email: email('admin'), name: 'ليلى حداد', password, language: 'ar' },
    client,
  );
  return { ...signIn, actor: userActor(signIn.user) };
}

/** An account with a password, made by an administrator. */
export async function makeUser(
  accounts: AccountService,
  admin: Actor,
  role: Role,
  fields: { name?: string; language?: 'ar' | 'en' } = {},
): Promise<User & { actor: Actor }> {
  const user = await accounts.createUser(admin, {
    email: email(role),
    name: fields.name ?? `حساب ${role}`,
    role,
    password,
    ...(fields.language ? { language: fields.language } : {}),
  });
  return { ...user, actor: userActor(user) };
}

/**
 * PostgreSQL: holds back writes to user_account (reads go on) until `release`, so that
 * transactions racing each other have all read before any writes.
 */
export async function holdUserWrites(schema: string): Promise<{ release(): Promise<void> }> {
  const connection = new pg.Client({ connectionString: postgresUrl });
  await connection.connect();
  await connection.query(`set search_path to ${schema}`);
  await connection.query('begin');
  await connection.query('lock table user_account in share row exclusive mode');
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      await connection.query('commit');
      await connection.end();
    },
  };
}
