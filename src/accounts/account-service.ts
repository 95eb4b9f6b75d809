/**
 * Newsroom accounts, for the routes and the command line: setup, signing in and out,
 * sessions and API tokens, users, invitations and the second factor. Inputs arrive as
 * `unknown` and are checked here with the schemas of `account-input.ts`; every change runs
 * in a unit of work. Each method hands over to the module that holds its rules.
 */
import type { Actor } from '../core/actor.js';
import type { UnitOfWork, UnitOfWorkContext } from '../core/unit-of-work.js';
import type { Role, Timestamp } from '../db/schema.js';
import * as tokens from './api-tokens.js';
import * as invitations from './invitations.js';
import type { Mailer } from './mailer.js';
import type { ApiToken, AuthenticatedSession, Invitation, SignIn, User } from './presenters.js';
import * as sessions from './sessions.js';
import * as signIn from './sign-in.js';
import * as twoFactor from './two-factor.js';
import * as users from './user-commands.js';

export type { Client } from './sessions.js';
export type { SentInvitation } from './invitations.js';

export interface AccountServiceOptions {
  /** The site's address, for invitation links. */
  publicUrl: string;
  mailer: Mailer | null;
  /** Where trouble that does not stop a request is reported (an invitation mail that failed). */
  log?: { warn(details: object, message: string): void };
}

const day = 24 * 60 * 60 * 1000;

export class AccountService {
  private readonly invitationOptions: invitations.InvitationOptions;

  constructor(
    private readonly context: UnitOfWorkContext,
    options: AccountServiceOptions,
  ) {
    this.invitationOptions = {
      publicUrl: options.publicUrl.replace(/\/+$/, ''),
      mailer: options.mailer,
      log: options.log,
    };
  }

  /** Whether no account exists yet, and the first visitor is to create the administrator. */
  needsSetup(): Promise<boolean> {
    return signIn.needsSetup(this.context);
  }

  /** Creates the first administrator and signs them in; `setup_done` once anyone exists. */
  setup(input: unknown, client: sessions.Client): Promise<SignIn> {
    return signIn.setup(this.context, input, client);
  }

  login(input: unknown, client: sessions.Client): Promise<SignIn> {
    return signIn.login(this.context, input, client);
  }

  /** Gives the second factor for a pending session; the pending token is replaced. */
  completeMfa(token: unknown, code: unknown): Promise<SignIn> {
    return signIn.completeMfa(this.context, token, code);
  }

  /** The session of a cookie's token, or null. A pending one must be let do nothing. */
  authenticateSession(token: unknown): Promise<AuthenticatedSession | null> {
    return sessions.authenticateSession(this.context, token);
  }

  logout(token: unknown): Promise<void> {
    return sessions.logout(this.context, token);
  }

  logoutEverywhere(actor: Actor): Promise<void> {
    return sessions.logoutEverywhere(this.context, actor);
  }

  createToken(actor: Actor, input: unknown): Promise<{ token: string; record: ApiToken }> {
    return tokens.createToken(this.context, actor, input);
  }

  listTokens(actor: Actor): Promise<ApiToken[]> {
    return tokens.listTokens(this.context, actor);
  }

  revokeToken(actor: Actor, id: number): Promise<ApiToken> {
    return tokens.revokeToken(this.context, actor, id);
  }

  /** The actor of a bearer token, or null. */
  authenticateToken(token: unknown): Promise<Actor | null> {
    return tokens.authenticateToken(this.context, token);
  }

  listUsers(actor: Actor): Promise<User[]> {
    return users.listUsers(this.context, actor);
  }

  getUser(actor: Actor, id: number): Promise<User> {
    return users.getUser(this.context, actor, id);
  }

  createUser(actor: Actor, input: unknown): Promise<User> {
    return users.createUser(this.context, actor, input);
  }

  /** For `midad users create`: the same rules as `createUser`, as the system, with a password. */
  createUserWithPassword(input: unknown): Promise<User> {
    return users.createUserWithPassword(this.context, input);
  }

  updateUser(actor: Actor, id: number, input: unknown): Promise<User> {
    return users.updateUser(this.context, actor, id, input);
  }

  me(actor: Actor): Promise<User> {
    return users.me(this.context, actor);
  }

  updateMe(actor: Actor, input: unknown): Promise<User> {
    return users.updateMe(this.context, actor, input);
  }

  /** Changes the actor's password and ends their sessions but `keepSessionId`. */
  changePassword(actor: Actor, input: unknown, keepSessionId: string | null): Promise<void> {
    return users.changePassword(this.context, actor, input, keepSessionId);
  }

  invite(actor: Actor, input: unknown): Promise<invitations.SentInvitation> {
    return invitations.invite(this.context, this.invitationOptions, actor, input);
  }

  listInvitations(actor: Actor): Promise<Invitation[]> {
    return invitations.listInvitations(this.context, actor);
  }

  revokeInvitation(actor: Actor, id: number): Promise<Invitation> {
    return invitations.revokeInvitation(this.context, actor, id);
  }

  invitationByToken(
    token: unknown,
  ): Promise<{ email: string; role: Role; name: string | null; expiresAt: Timestamp } | null> {
    return invitations.invitationByToken(this.context, token);
  }

  acceptInvitation(input: unknown, client: sessions.Client): Promise<SignIn> {
    return invitations.acceptInvitation(this.context, input, client);
  }

  startTotp(actor: Actor): Promise<{ secret: string; otpauthUri: string }> {
    return twoFactor.startTotp(this.context, actor);
  }

  confirmTotp(actor: Actor, input: unknown): Promise<{ recoveryCodes: string[] }> {
    return twoFactor.confirmTotp(this.context, actor, input);
  }

  disableTotp(actor: Actor, input: unknown): Promise<void> {
    return twoFactor.disableTotp(this.context, actor, input);
  }

  resetTotp(actor: Actor, userId: number): Promise<void> {
    return twoFactor.resetTotp(this.context, actor, userId);
  }

  /**
   * Housekeeping, inside the caller's unit of work: ended sessions, failed sign-ins older
   * than a day, and unaccepted invitations that ran out more than 30 days ago.
   */
  async pruneExpired(
    uow: UnitOfWork,
  ): Promise<{ sessions: number; loginAttempts: number; invitations: number }> {
    const at = uow.now.getTime();
    const before = (ms: number) => new Date(at - ms).toISOString();
    return {
      sessions: await uow.sessions.pruneExpired(uow.nowIso, before(sessions.sessionPolicy.idleMs)),
      loginAttempts: await uow.loginAttempts.pruneBefore(before(day)),
      invitations: await uow.invitations.pruneExpiredBefore(
        before(invitations.invitationPolicy.keptExpiredDays * day),
      ),
    };
  }
}
