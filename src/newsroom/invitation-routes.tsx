/**
 * Accepting an invitation: the link shows the e-mail and the role it invites to, and asks for
 * a name, a password and a language; the new account is then signed in. A link that does
 * not work (unknown, used, revoked or expired — the page does not say which) is a 404 page
 * that says so and what to do.
 */
import { Type } from 'typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MidadError } from '../errors.js';
import { t } from '../i18n/index.js';
import { checkFormToken, formToken } from './csrf.js';
import {
  formError,
  formFields,
  pick,
  problemOf,
  type FormFields,
  type FormProblem,
} from './forms.js';
import type { Pages } from './pages.js';
import { adminPaths, withNotice } from './paths.js';
import { clientOf, signInRateLimit, startSession } from './sessions.js';
import { InvitationPage, MessagePage } from './views/sign-in-pages.js';
import { visitOf } from './visit.js';

type InvitationRoute = { Params: { token: string } };

export async function invitationRoutes(
  app: FastifyInstance,
  { pages }: { pages: Pages },
): Promise<void> {
  const { accounts } = app.midad;

  async function showInvitation(
    request: FastifyRequest<InvitationRoute>,
    reply: FastifyReply,
    again?: { problem: FormProblem; values: FormFields },
  ) {
    const invitationToken = request.params.token;
    const invitation = await accounts.invitationByToken(invitationToken);
    const visit = await visitOf(request);
    const context = pages.context(request, visit);
    if (!invitation) {
      const problem = problemOf(new MidadError('invitation_invalid'), visit);
      return pages.send(
        reply,
        <MessagePage
          context={context}
          title={t(visit.language, 'newsroom.invitation.invalid.title')}
          message={problem.message}
          advice={t(visit.language, 'newsroom.invitation.invalid.advice')}
          link={{ href: adminPaths.login, label: t(visit.language, 'newsroom.login.goTo') }}
        />,
        problem,
      );
    }
    return pages.send(
      reply,
      <InvitationPage
        context={context}
        token={formToken(request, reply)}
        invitationToken={invitationToken}
        invitation={invitation}
        problem={again?.problem}
        values={again?.values}
      />,
      again?.problem,
    );
  }

  const params = Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) });
  app.get<InvitationRoute>(
    '/invitations/:token',
    { config: signInRateLimit, schema: { params } },
    (request, reply) => showInvitation(request, reply),
  );

  app.post<InvitationRoute>(
    '/invitations/:token',
    { config: signInRateLimit, schema: { params } },
    async (request, reply) => {
      const fields = formFields(request);
      try {
        checkFormToken(request);
        const input = {
          ...pick(fields, ['name', 'password', 'language']),
          token: request.params.token,
        };
        const result = await accounts.acceptInvitation(input, clientOf(request));
        await startSession(request, reply, result);
        return reply.redirect(withNotice(adminPaths.home, 'welcome'), 303);
      } catch (error) {
        const problem = problemOf(formError(error), await visitOf(request));
        const { password: _password, ...values } = fields;
        return showInvitation(request, reply, { problem, values });
      }
    },
  );
}
