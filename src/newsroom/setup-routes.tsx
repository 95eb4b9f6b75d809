/**
 * The first run: while the site has no account, `/admin` is the form that creates the
 * administrator, who is then signed in. Once anyone has an account the form is gone, and a
 * second setup is refused (409) with the way to sign in.
 */
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
import { MessagePage, SetupPage } from './views/sign-in-pages.js';
import { visitOf } from './visit.js';

/** The setup form, shown by `GET /admin` while the site has no account. */
export async function showSetup(
  pages: Pages,
  request: FastifyRequest,
  reply: FastifyReply,
  again?: { problem: FormProblem; values: FormFields },
): Promise<FastifyReply> {
  const context = pages.context(request, await visitOf(request));
  const token = formToken(request, reply);
  return pages.send(
    reply,
    <SetupPage context={context} token={token} problem={again?.problem} values={again?.values} />,
    again?.problem,
  );
}

async function showSetupDone(pages: Pages, request: FastifyRequest, reply: FastifyReply) {
  const visit = await visitOf(request);
  const problem = problemOf(new MidadError('setup_done'), visit);
  return pages.send(
    reply,
    <MessagePage
      context={pages.context(request, visit)}
      title={t(visit.language, 'newsroom.setup.done.title')}
      message={problem.message}
      link={{ href: adminPaths.login, label: t(visit.language, 'newsroom.login.goTo') }}
    />,
    problem,
  );
}

export async function setupRoutes(
  app: FastifyInstance,
  { pages }: { pages: Pages },
): Promise<void> {
  const { accounts } = app.midad;

  app.post('/', { config: signInRateLimit }, async (request, reply) => {
    if (!(await accounts.needsSetup())) return showSetupDone(pages, request, reply);
    const fields = formFields(request);
    try {
      checkFormToken(request);
      const result = await accounts.setup(
        pick(fields, ['name', 'email', 'password', 'language']),
        clientOf(request),
      );
      await startSession(request, reply, result);
      return reply.redirect(withNotice(adminPaths.home, 'welcome'), 303);
    } catch (error) {
      const known = formError(error);
      // Someone else finished the setup a moment before.
      if (known.code === 'setup_done') return showSetupDone(pages, request, reply);
      const problem = problemOf(known, await visitOf(request));
      const { password: _password, ...values } = fields;
      return showSetup(pages, request, reply, { problem, values });
    }
  });
}
