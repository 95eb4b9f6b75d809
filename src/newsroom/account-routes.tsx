/**
 * The signed-in user's own account at `/admin/account`: name and interface language, password,
 * two-step verification, and signing out on every device. Every form carries the session's
 * CSRF token; a problem shows the account page again with that form marked, and success
 * redirects to the page with a notice.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { clearSessionCookie } from '../http/session-cookie.js';
import { checkSessionToken } from './csrf.js';
import { formError, formFields, pick, problemOf, typedCode, type FormFields } from './forms.js';
import type { Pages } from './pages.js';
import { adminPaths, withNotice, type Notice } from './paths.js';
import { isMember, signInPath, type MemberVisit } from './sessions.js';
import { AccountPage, type AccountForm } from './views/account-page.js';
import { RecoveryCodesPage, secretFields, TwoFactorSetupPage } from './views/two-factor-pages.js';
import { visitOf } from './visit.js';

/** The secret a started setup echoes back, checked before it is shown again. */
const base32Secret = /^[A-Z2-7]{16,128}=*$/;

export async function accountRoutes(
  app: FastifyInstance,
  { pages }: { pages: Pages },
): Promise<void> {
  const { accounts } = app.midad;

  app.get('/account', async (request, reply) => {
    const visit = await visitOf(request);
    if (!isMember(visit)) return reply.redirect(signInPath(visit), 303);
    return pages.send(reply, <AccountPage context={pages.context(request, visit)} />);
  });

  /**
   * A form of the account page: signed in, the session's token, then `action`; a Midad error
   * shows the page again with the form's problem and what was typed (passwords left out).
   */
  function accountForm(
    form: AccountForm,
    action: (
      visit: MemberVisit,
      fields: FormFields,
      reply: FastifyReply,
    ) => Promise<Notice | FastifyReply>,
  ) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const visit = await visitOf(request);
      if (!isMember(visit)) return reply.redirect(signInPath(visit), 303);
      const fields = formFields(request);
      try {
        checkSessionToken(request, visit.member);
        const outcome = await action(visit, fields, reply);
        if (typeof outcome !== 'string') return outcome;
        return reply.redirect(withNotice(adminPaths.account, outcome), 303);
      } catch (error) {
        const problem = problemOf(formError(error), visit);
        const values = pick(fields, ['name', 'language']);
        const context = pages.context(request, visit);
        return pages.send(
          reply,
          <AccountPage context={context} problem={{ form, problem, values }} />,
          problem,
        );
      }
    };
  }

  app.post(
    '/account/profile',
    accountForm('profile', async ({ member }, fields) => {
      await accounts.updateMe(member.actor, pick(fields, ['name', 'language']));
      return 'profile-saved';
    }),
  );

  app.post(
    '/account/password',
    accountForm('password', async ({ member }, fields) => {
      const input = pick(fields, ['currentPassword', 'newPassword']);
      await accounts.changePassword(member.actor, input, member.session.id);
      return 'password-changed';
    }),
  );

  app.post(
    '/account/two-factor/disable',
    accountForm('totp', async ({ member }, fields) => {
      await accounts.disableTotp(member.actor, pick(fields, ['password']));
      return 'totp-off';
    }),
  );

  app.post(
    '/logout/everywhere',
    accountForm('sessions', async ({ member }, _fields, reply) => {
      await accounts.logoutEverywhere(member.actor);
      clearSessionCookie(reply.request, reply);
      return reply.redirect(withNotice(adminPaths.login, 'signed-out-everywhere'), 303);
    }),
  );

  app.post(
    '/account/two-factor',
    accountForm('totp', async (visit, _fields, reply) => {
      const { secret, otpauthUri } = await accounts.startTotp(visit.member.actor);
      const context = pages.context(reply.request, visit);
      return pages.send(
        reply,
        <TwoFactorSetupPage context={context} secret={secret} otpauthUri={otpauthUri} />,
      );
    }),
  );

  app.post('/account/two-factor/confirm', async (request, reply) => {
    const visit = await visitOf(request);
    if (!isMember(visit)) return reply.redirect(signInPath(visit), 303);
    const fields = formFields(request);
    const context = pages.context(request, visit);
    try {
      checkSessionToken(request, visit.member);
      const { recoveryCodes } = await accounts.confirmTotp(visit.member.actor, {
        code: typedCode(fields.code),
      });
      return pages.send(reply, <RecoveryCodesPage context={context} codes={recoveryCodes} />);
    } catch (error) {
      const problem = problemOf(formError(error), visit);
      // The secret came back in the form; it is shown again only if it still looks like one
      // (the service checks the code against the secret it stored, never this one).
      const secret = fields[secretFields.secret] ?? '';
      const otpauthUri = fields[secretFields.otpauthUri] ?? '';
      const isIntact =
        base32Secret.test(secret) &&
        otpauthUri.startsWith('otpauth://totp/') &&
        otpauthUri.includes(`secret=${secret}`);
      if (!isIntact) {
        return pages.send(
          reply,
          <AccountPage context={context} problem={{ form: 'totp', problem, values: {} }} />,
          problem,
        );
      }
      return pages.send(
        reply,
        <TwoFactorSetupPage
          context={context}
          secret={secret}
          otpauthUri={otpauthUri}
          problem={problem}
        />,
        problem,
      );
    }
  });
}
