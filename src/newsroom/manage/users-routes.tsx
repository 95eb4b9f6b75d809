/**
 * `/admin/users`, for administrators: accounts with their roles and states, changing a role,
 * disabling an account (its sessions end) or enabling it again, inviting someone by e-mail
 * with a role — the link is shown once, and mailed too when the site can send mail — and
 * withdrawing an invitation still waiting. Through the account service, as the admin API's;
 * it keeps one administrator who can sign in and lets nobody grant a role above their own.
 */
import type { FastifyInstance, RouteGenericInterface } from 'fastify';
import type { Pages } from '../pages.js';
import { adminPaths, withNotice } from '../paths.js';
import { ManageScreens, type Again, type Screen } from './access.js';
import { ItemParams, type ItemRoute } from './form-input.js';
import { InvitationSentPage, UsersPage, type UsersForm } from './views/users-pages.js';

const capability = 'users.manage';

export async function userRoutes(app: FastifyInstance, { pages }: { pages: Pages }): Promise<void> {
  const { accounts } = app.midad;
  const screens = new ManageScreens(pages);

  async function usersPage<R extends RouteGenericInterface>(
    { visit, context }: Screen<R>,
    again?: Again & { form: UsersForm },
  ) {
    const { actor } = visit.member;
    return (
      <UsersPage
        context={context}
        users={await accounts.listUsers(actor)}
        invitations={await accounts.listInvitations(actor)}
        again={again ?? null}
      />
    );
  }

  app.get(
    '/users',
    screens.page(capability, (screen) => usersPage(screen)),
  );

  app.post(
    '/users/invitations',
    screens.form(
      capability,
      async ({ visit, context }, fields) => {
        const { email = '', role, name = '' } = fields;
        const invited = await accounts.invite(visit.member.actor, {
          email: email.trim(),
          ...(role === undefined ? {} : { role }),
          ...(name.trim() === '' ? {} : { name }),
        });
        return <InvitationSentPage context={context} {...invited} />;
      },
      (screen, again) => usersPage(screen, { ...again, form: { kind: 'invite' } }),
    ),
  );

  const schema = { params: ItemParams };

  app.post<ItemRoute>(
    '/users/:id/role',
    { schema },
    screens.form<ItemRoute>(
      capability,
      async ({ visit, request }, fields) => {
        await accounts.updateUser(visit.member.actor, request.params.id, { role: fields.role });
        return withNotice(adminPaths.users, 'role-changed');
      },
      (screen, again) =>
        usersPage(screen, { ...again, form: { kind: 'role', userId: screen.request.params.id } }),
    ),
  );

  for (const [action, isDisabling] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post<ItemRoute>(
      `/users/:id/${action}`,
      { schema },
      screens.form<ItemRoute>(
        capability,
        async ({ visit, request }) => {
          await accounts.updateUser(visit.member.actor, request.params.id, {
            disabled: isDisabling,
          });
          return withNotice(adminPaths.users, isDisabling ? 'user-disabled' : 'user-enabled');
        },
        (screen, again) => usersPage(screen, { ...again, form: { kind: 'row' } }),
      ),
    );
  }

  app.post<ItemRoute>(
    '/users/invitations/:id/revoke',
    { schema },
    screens.form<ItemRoute>(
      capability,
      async ({ visit, request }) => {
        await accounts.revokeInvitation(visit.member.actor, request.params.id);
        return withNotice(adminPaths.users, 'invitation-revoked');
      },
      (screen, again) => usersPage(screen, { ...again, form: { kind: 'row' } }),
    ),
  );
}
