/**
 * `/admin/tokens`, for administrators: the API tokens, a form to make one — its secret is
 * shown on the next page and never again — and revoking one after a confirmation page.
 * Through the account service, as the admin API's; an expiry is typed in the site's time.
 */
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../core/actor.js';
import { can } from '../../core/permissions.js';
import { MidadError, ValidationError } from '../../errors.js';
import { t } from '../../i18n/index.js';
import { parseDateTimeInZone } from '../../text/index.js';
import type { FormFields, FormProblem } from '../forms.js';
import type { Pages } from '../pages.js';
import { adminPaths, itemPath, withNotice } from '../paths.js';
import type { Visit } from '../visit.js';
import { ManageScreens, type Screen } from './access.js';
import { idOrNull, ItemParams, type ItemRoute } from './form-input.js';
import { ConfirmPage } from './views/parts.js';
import { TokenCreatedPage, TokenFormPage, TokensPage } from './views/tokens-pages.js';

const capability = 'tokens.manage';

/** An expiry as typed (a wall-clock time in the site's zone), as the instant it names. */
function expiryOf(typed: string | undefined, visit: Visit): string | null {
  if (typed === undefined || typed.trim() === '') return null;
  const instant = parseDateTimeInZone(typed, visit.settings.timeZone);
  if (instant === null) throw ValidationError.of('expiresAt', 'invalid_datetime');
  return instant.toISOString();
}

function tokenInput(fields: FormFields, visit: Visit) {
  return {
    name: fields.name ?? '',
    ...(fields.role === undefined ? {} : { role: fields.role }),
    userId: idOrNull(fields.userId),
    expiresAt: expiryOf(fields.expiresAt, visit),
  };
}

export async function tokenRoutes(
  app: FastifyInstance,
  { pages }: { pages: Pages },
): Promise<void> {
  const { accounts, clock } = app.midad;
  const screens = new ManageScreens(pages);
  /** Whom a token may act for; only those who manage accounts see them. */
  const usersFor = (actor: Actor) =>
    can(actor, 'users.manage') ? accounts.listUsers(actor) : Promise.resolve([]);

  app.get(
    '/tokens',
    screens.page(capability, async ({ visit, context }) => {
      const { actor } = visit.member;
      return (
        <TokensPage
          context={context}
          tokens={await accounts.listTokens(actor)}
          users={await usersFor(actor)}
          now={clock()}
        />
      );
    }),
  );

  app.get(
    '/tokens/new',
    screens.page(capability, async ({ visit, context }) => (
      <TokenFormPage context={context} users={await usersFor(visit.member.actor)} values={{}} />
    )),
  );

  app.post(
    '/tokens',
    screens.form(
      capability,
      async ({ visit, context }, fields) => {
        const created = await accounts.createToken(visit.member.actor, tokenInput(fields, visit));
        return <TokenCreatedPage context={context} {...created} />;
      },
      async ({ visit, context }, { problem, values }) => (
        <TokenFormPage
          context={context}
          users={await usersFor(visit.member.actor)}
          problem={problem}
          values={values}
        />
      ),
    ),
  );

  const schema = { params: ItemParams };

  /** The list holds the token: the service has no look-up of one. */
  async function revocationPage(
    { visit, context, request }: Screen<ItemRoute>,
    problem: FormProblem | null = null,
  ) {
    const { language } = visit;
    const token = (await accounts.listTokens(visit.member.actor)).find(
      (listed) => listed.id === request.params.id,
    );
    if (!token) throw new MidadError('not_found');
    return (
      <ConfirmPage
        context={context}
        title={t(language, 'manage.tokens.revoke.title', { name: token.name })}
        consequence={t(language, 'manage.tokens.revoke.consequence')}
        action={itemPath('tokens', token.id, 'revoke')}
        confirmLabel={t(language, 'manage.tokens.revoke.confirm')}
        back={adminPaths.tokens}
        problem={problem}
      />
    );
  }

  app.get<ItemRoute>(
    '/tokens/:id/revoke',
    { schema },
    screens.page<ItemRoute>(capability, (screen) => revocationPage(screen)),
  );

  app.post<ItemRoute>(
    '/tokens/:id/revoke',
    { schema },
    screens.form<ItemRoute>(
      capability,
      async ({ visit, request }) => {
        await accounts.revokeToken(visit.member.actor, request.params.id);
        return withNotice(adminPaths.tokens, 'token-revoked');
      },
      (screen, { problem }) => revocationPage(screen, problem),
    ),
  );
}
