/**
 * What the account service hands out: users, tokens and invitations as the newsroom shows
 * them — never a password hash, a TOTP secret or a token's hash — and the actor a signed-in
 * user or a token acts as.
 */
import type { Actor } from '../core/actor.js';
import type { Language, Role, Timestamp, UserAccountRow } from '../db/schema.js';
import type { ApiTokenSummaryRow } from './api-token-repository.js';
import type { InvitationSummaryRow } from './invitation-repository.js';

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  language: Language;
  personId: number | null;
  /** False for an account created without one: it cannot sign in until it is set. */
  hasPassword: boolean;
  isTotpEnabled: boolean;
  isDisabled: boolean;
  lastLoginAt: Timestamp | null;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export function toUser(row: UserAccountRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    language: row.language,
    personId: row.personId,
    hasPassword: row.passwordHash !== null,
    isTotpEnabled: row.totpEnabledAt !== null && row.totpSecret !== null,
    isDisabled: row.disabledAt !== null,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The actor a signed-in user acts as. */
export function userActor(row: Pick<UserAccountRow, 'id' | 'role' | 'name' | 'personId'>): Actor {
  return {
    kind: 'user',
    userId: row.id,
    tokenId: null,
    role: row.role,
    name: row.name,
    personId: row.personId,
  };
}

export interface ApiToken {
  id: number;
  name: string;
  role: Role;
  /** The user it acts for; null for an integration's own token. */
  userId: number | null;
  /** The token's first characters, to recognise it among others. */
  prefix: string;
  createdByUserId: number | null;
  createdAt: Timestamp;
  lastUsedAt: Timestamp | null;
  expiresAt: Timestamp | null;
  revokedAt: Timestamp | null;
}

export function toApiToken(row: ApiTokenSummaryRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    userId: row.userId,
    prefix: row.tokenPrefix,
    createdByUserId: row.createdByUserId,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
  };
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface Invitation {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  invitedByUserId: number | null;
  status: InvitationStatus;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  acceptedAt: Timestamp | null;
  revokedAt: Timestamp | null;
}

export function toInvitation(row: InvitationSummaryRow, now: Date): Invitation {
  const status: InvitationStatus =
    row.acceptedAt !== null
      ? 'accepted'
      : row.revokedAt !== null
        ? 'revoked'
        : Date.parse(row.expiresAt) <= now.getTime()
          ? 'expired'
          : 'pending';
  return { ...row, status };
}

/** A session just opened: its token goes into the cookie and is never shown again. */
export interface SessionTicket {
  token: string;
  csrfToken: string;
  /** The session's absolute end; it ends sooner when left idle (`sessionPolicy`). */
  expiresAt: Timestamp;
}

export interface SignIn {
  session: SessionTicket;
  user: User;
  /**
   * The password was right and a second factor is still due: the session grants nothing but
   * `completeMfa`.
   */
  mfaPending: boolean;
}

/** A session a request came with, as `authenticateSession` found it. */
export interface AuthenticatedSession {
  actor: Actor;
  session: { id: string; csrfToken: string; expiresAt: Timestamp; mfaPending: boolean };
}
