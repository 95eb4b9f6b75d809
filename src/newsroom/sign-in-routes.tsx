/**
 * Signing in and out: e-mail and password, then — for an account with two-step verification —
 * the code page; and signing out. A refused sign-in shows the form again
 * with why, the e-mail kept and the password never sent back, under the error's own status
 * (401 wrong, 429 throttled with `Retry-After`, 403 disabled or forged).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { clearSessionCookie, sessionToken } from '../http/session-cookie.js';
import { checkFormToken, checkSessionToken, formToken } from './csrf.js';
import {
  formError,
  formFields,
  pick,
  problemOf,
  problemSaying,
  typedCode,
  type FormProblem,
} from './forms.js';
import type { Pages } from './pages.js';
import { adminPaths, withNotice } from './paths.js';
import { clientOf, isMember, signInPath, signInRateLimit, startSession } from './sessions.js';
import { CodePage, LoginPage, LogoutPage } from './views/sign-in-pages.js';
import { visitOf } from './visit.js';

export async function signInRoutes(
  app: FastifyInstance,
  { pages }: { pages: Pages },
): Promise<void> {
  const { accounts } = app.midad;

  async function showLogin(
    request: FastifyRequest,
    reply: FastifyReply,
    problem: FormProblem | null = null,
    email = '',
  ) {
    const context = pages.context(request, await visitOf(request));
    const token = formToken(request, reply);
    return pages.send(
      reply,
      <LoginPage context={context} token={token} problem={problem} values={{ email }} />,
      problem,
    );
  }

  async function showCode(
    request: FastifyRequest,
    reply: FastifyReply,
    problem: FormProblem | null = null,
  ) {
    const context = pages.context(request, await visitOf(request));
    const token = formToken(request, reply);
    return pages.send(
      reply,
      <CodePage context={context} token={token} problem={problem} />,
      problem,
    );
  }

  app.get('/login', async (request, reply) => {
    if (isMember(await visitOf(request))) return reply.redirect(adminPaths.home, 303);
    return showLogin(request, reply);
  });

  app.post('/login', { config: signInRateLimit }, async (request, reply) => {
    const fields = formFields(request);
    try {
      checkFormToken(request);
      const result = await accounts.login(pick(fields, ['email', 'password']), clientOf(request));
      await startSession(request, reply, result);
      return reply.redirect(result.mfaPending ? adminPaths.loginCode : adminPaths.home, 303);
    } catch (error) {
      const problem = problemOf(formError(error), await visitOf(request));
      return showLogin(request, reply, problem, fields.email ?? '');
    }
  });

  app.get('/login/code', async (request, reply) => {
    const visit = await visitOf(request);
    if (!visit.isMfaPending) return reply.redirect(signInPath(visit), 303);
    return showCode(request, reply);
  });

  app.post('/login/code', { config: signInRateLimit }, async (request, reply) => {
    const visit = await visitOf(request);
    const token = sessionToken(request);
    try {
      checkFormToken(request);
      if (!visit.isMfaPending || token === null) {
        return await showLogin(request, reply, problemSaying(visit, 'newsroom.code.expired', 401));
      }
      const result = await accounts.completeMfa(token, typedCode(formFields(request).code));
      await startSession(request, reply, result);
      return reply.redirect(adminPaths.home, 303);
    } catch (error) {
      const known = formError(error);
      // The pending session ran out (ten minutes) between the two pages.
      if (known.code === 'unauthenticated') {
        clearSessionCookie(request, reply);
        return showLogin(request, reply, problemSaying(visit, 'newsroom.code.expired', 401));
      }
      return showCode(request, reply, problemOf(known, visit));
    }
  });

  /** Sign-out: a signed-in user's form carries the session's token, the code page's the form's. */
  app.post('/logout', async (request, reply) => {
    const visit = await visitOf(request);
    try {
      if (visit.member) checkSessionToken(request, visit.member);
      else checkFormToken(request);
    } catch (error) {
      const problem = problemOf(formError(error), visit);
      const token = visit.member?.session.csrfToken ?? formToken(request, reply);
      const context = pages.context(request, visit);
      return pages.send(
        reply,
        <LogoutPage context={context} token={token} problem={problem} />,
        problem,
      );
    }
    const token = sessionToken(request);
    if (token !== null) await accounts.logout(token);
    clearSessionCookie(request, reply);
    return reply.redirect(withNotice(adminPaths.login, 'signed-out'), 303);
  });
}
