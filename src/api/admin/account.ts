/**
 * Signing in and the signed-in user's own account: first-run setup, sessions (with the
 * second factor), "sign out everywhere", profile, password, two-factor authentication,
 * and accepting an invitation. Sign-in routes are rate-limited per address on top of the
 * account service's own throttling of failed passwords.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  InvitationAcceptSchema,
  LoginSchema,
  MeUpdateSchema,
  PasswordChangeSchema,
  SetupSchema,
  TotpConfirmSchema,
  TotpDisableSchema,
} from '../../accounts/account-input.js';
import type { SignIn } from '../../accounts/presenters.js';
import { MidadError } from '../../errors.js';
import { clearSessionCookie, sessionToken, setSessionCookie } from '../../http/session-cookie.js';
import { actorOf } from './authentication.js';
import { errorResponses, NoContent, RoleSchema, SessionSchema, UserSchema } from './schemas.js';

const tags = ['account'];
/** Sign-in attempts per address and minute, before the service counts failed passwords. */
const signInLimit = { rateLimit: { max: 20, timeWindow: '1 minute' }, isSignIn: true };

function client(request: FastifyRequest) {
  return { ip: request.ip, userAgent: request.headers['user-agent']?.slice(0, 300) ?? null };
}

function signedIn(request: FastifyRequest, reply: FastifyReply, result: SignIn) {
  setSessionCookie(request, reply, result.session.token, result.session.expiresAt);
  return {
    user: result.user,
    csrfToken: result.session.csrfToken,
    expiresAt: result.session.expiresAt,
    mfaRequired: result.mfaPending,
  };
}

export async function accountRoutes(parent: FastifyInstance): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { accounts } = app.midad;

  app.get(
    '/setup',
    {
      schema: {
        tags,
        summary: 'Whether the site still needs its first administrator',
        security: [],
        response: { 200: Type.Object({ needsSetup: Type.Boolean() }) },
      },
    },
    async () => ({ needsSetup: await accounts.needsSetup() }),
  );

  app.post(
    '/setup',
    {
      config: signInLimit,
      schema: {
        tags,
        summary: 'Create the first administrator (only while there is no account) and sign in',
        security: [],
        body: SetupSchema,
        response: { 201: SessionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(signedIn(request, reply, await accounts.setup(request.body, client(request)))),
  );

  app.post(
    '/session',
    {
      config: signInLimit,
      schema: {
        tags,
        summary: 'Sign in; sets the session cookie and returns the CSRF token',
        security: [],
        body: LoginSchema,
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      signedIn(request, reply, await accounts.login(request.body, client(request))),
  );

  app.post(
    '/session/mfa',
    {
      config: signInLimit,
      schema: {
        tags,
        summary: 'Give the second factor (a code from the app, or a recovery code)',
        security: [],
        body: TotpConfirmSchema,
        response: { 200: SessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const token = sessionToken(request);
      if (token === null) throw new MidadError('unauthenticated');
      return signedIn(request, reply, await accounts.completeMfa(token, request.body.code));
    },
  );

  app.delete(
    '/session',
    {
      schema: { tags, summary: 'Sign out', response: { 204: NoContent, ...errorResponses } },
    },
    async (request, reply) => {
      const token = sessionToken(request);
      if (token !== null) await accounts.logout(token);
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/sessions',
    {
      schema: {
        tags,
        summary: 'Sign out everywhere: every session of this user ends',
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await accounts.logoutEverywhere(actorOf(request));
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      schema: {
        tags,
        summary: 'The signed-in user (and, with a session, its CSRF token)',
        response: {
          200: Type.Object({
            user: UserSchema,
            csrfToken: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({
      user: await accounts.me(actorOf(request)),
      csrfToken: request.session?.csrfToken ?? null,
    }),
  );

  app.patch(
    '/me',
    {
      schema: {
        tags,
        summary: 'Change your name or your interface language',
        body: MeUpdateSchema,
        response: { 200: UserSchema, ...errorResponses },
      },
    },
    async (request) => accounts.updateMe(actorOf(request), request.body),
  );

  app.post(
    '/me/password',
    {
      schema: {
        tags,
        summary: 'Change your password; your other sessions end',
        body: PasswordChangeSchema,
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await accounts.changePassword(actorOf(request), request.body, request.session?.id ?? null);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/me/totp',
    {
      schema: {
        tags,
        summary: 'Start two-factor authentication: a secret for an authenticator app',
        response: {
          200: Type.Object({ secret: Type.String(), otpauthUri: Type.String() }),
          ...errorResponses,
        },
      },
    },
    async (request) => accounts.startTotp(actorOf(request)),
  );

  app.post(
    '/me/totp/confirm',
    {
      schema: {
        tags,
        summary:
          'Turn two-factor authentication on with a first code; returns recovery codes, once',
        body: TotpConfirmSchema,
        response: {
          200: Type.Object({ recoveryCodes: Type.Array(Type.String()) }),
          ...errorResponses,
        },
      },
    },
    async (request) => accounts.confirmTotp(actorOf(request), request.body),
  );

  app.post(
    '/me/totp/disable',
    {
      schema: {
        tags,
        summary: 'Turn two-factor authentication off (with your password)',
        body: TotpDisableSchema,
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await accounts.disableTotp(actorOf(request), request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/invitations/by-token/:token',
    {
      config: signInLimit,
      schema: {
        tags,
        summary: 'What an invitation link invites to (for the page that accepts it)',
        security: [],
        params: Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: {
          200: Type.Object({
            email: Type.String(),
            role: RoleSchema,
            name: Type.Union([Type.String(), Type.Null()]),
            expiresAt: Type.String(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const invitation = await accounts.invitationByToken(request.params.token);
      if (!invitation) throw new MidadError('invitation_invalid');
      return invitation;
    },
  );

  app.post(
    '/invitations/accept',
    {
      config: signInLimit,
      schema: {
        tags,
        summary: 'Accept an invitation: create your account and sign in',
        security: [],
        body: InvitationAcceptSchema,
        response: { 201: SessionSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          signedIn(request, reply, await accounts.acceptInvitation(request.body, client(request))),
        ),
  );
}
