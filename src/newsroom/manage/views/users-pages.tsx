/**
 * The users screen, for administrators: every account with its role and state, a form per
 * account to change its role and a button to disable or enable it (never on one's own row,
 * so nobody locks themselves out by a slip); the invitation form; and the invitations still
 * waiting, each with a button to withdraw it. After an invitation, its link is shown once.
 */
import type { Invitation, User } from '../../../accounts/presenters.js';
import { roleAtLeast, roles, type Role } from '../../../core/actor.js';
import { t } from '../../../i18n/index.js';
import type { FormFields, FormProblem } from '../../forms.js';
import { adminPaths, itemPath } from '../../paths.js';
import { Form, SubmitButton } from '../../views/form.js';
import { Layout } from '../../views/layout.js';
import type { PageContext } from '../../views/page-context.js';
import { formatMoment, type Visit } from '../../visit.js';
import { Choice, formState, TextField } from './fields.js';
import { ProblemBox, RowButton, ScreenHead, SecretField, tokenOf } from './parts.js';

/** Which of the page's forms came back: a user's role form, the invitation, or a row button. */
export type UsersForm = { kind: 'role'; userId: number } | { kind: 'invite' } | { kind: 'row' };

export interface UsersPageProps {
  context: PageContext;
  users: User[];
  invitations: Invitation[];
  again?: { form: UsersForm; problem: FormProblem; values: FormFields } | null;
}

export const inviteFields = ['email', 'name', 'role'] as const;

function isSameForm(a: UsersForm, b: UsersForm): boolean {
  if (a.kind === 'role') return b.kind === 'role' && a.userId === b.userId;
  return a.kind === b.kind;
}

/** The roles `visit`'s user may hand out: their own and those below it. */
function grantableRoles(visit: Visit) {
  const own = visit.member?.actor.role ?? 'contributor';
  return roles
    .filter((role) => roleAtLeast(own, role))
    .map((role) => ({ value: role, label: t(visit.language, `role.${role}`) }));
}

export function UsersPage({ context, users, invitations, again = null }: UsersPageProps) {
  const { visit } = context;
  const { language } = visit;
  const title = t(language, 'manage.users.title');
  const selfId = visit.member?.user.id ?? null;
  const hasRoleForm = (userId: number) => userId !== selfId && users.some((u) => u.id === userId);
  const problemFor = (form: UsersForm) =>
    again !== null && isSameForm(again.form, form) ? again : null;
  // A problem whose form is not on the page (one's own row has none) is told at the top.
  const isInAForm =
    again?.form.kind === 'invite' ||
    (again?.form.kind === 'role' && hasRoleForm(again.form.userId));
  const pending = invitations.filter((invitation) => invitation.status === 'pending');
  return (
    <Layout context={context} title={title}>
      <ScreenHead context={context} title={title} intro={t(language, 'manage.users.intro')} />
      <ProblemBox problem={again !== null && !isInAForm ? again.problem : null} />
      <section class="panel" aria-labelledby="users-title">
        <h2 id="users-title">{t(visit.locale, 'manage.users.count', { n: users.length })}</h2>
        <ul class="items">
          {users.map((user) => (
            <UserItem
              context={context}
              user={user}
              again={problemFor({ kind: 'role', userId: user.id })}
            />
          ))}
        </ul>
      </section>
      <InviteSection context={context} again={problemFor({ kind: 'invite' })} />
      <section class="panel" aria-labelledby="invitations-title">
        <h2 id="invitations-title">
          {t(visit.locale, 'manage.invitations.pending', { n: pending.length })}
        </h2>
        {pending.length > 0 && (
          <ul class="items">
            {pending.map((invitation) => (
              <InvitationItem context={context} invitation={invitation} />
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

function userState(user: User): 'disabled' | 'noPassword' | 'active' {
  if (user.isDisabled) return 'disabled';
  return user.hasPassword ? 'active' : 'noPassword';
}

interface UserItemProps {
  context: PageContext;
  user: User;
  again: { problem: FormProblem; values: FormFields } | null;
}

function UserItem({ context, user, again }: UserItemProps) {
  const { visit } = context;
  const { language } = visit;
  const isSelf = visit.member?.user.id === user.id;
  const formId = `user-${user.id}`;
  const form = formState(formId, again?.problem ?? null, ['role']);
  return (
    <li class="item">
      <div class="item-row">
        <div class="item-main">
          <span class="item-title">
            {user.name}
            {isSelf && <span class="badge">{t(language, 'manage.users.you')}</span>}
          </span>
          <span class="item-meta">
            <span dir="ltr">{user.email}</span>
          </span>
          <dl class="item-facts">
            <dt>{t(language, 'field.role')}</dt>
            <dd>{t(language, `role.${user.role}`)}</dd>
            <dt>{t(language, 'manage.users.state')}</dt>
            <dd>{t(language, `manage.users.state.${userState(user)}`)}</dd>
            <dt>{t(language, 'manage.users.lastLogin')}</dt>
            <dd>
              {user.lastLoginAt === null ? (
                t(language, 'manage.never')
              ) : (
                <time datetime={user.lastLoginAt}>{formatMoment(visit, user.lastLoginAt)}</time>
              )}
            </dd>
          </dl>
        </div>
        {isSelf ? (
          <p class="item-note muted">{t(language, 'manage.users.selfNote')}</p>
        ) : (
          <div class="item-actions item-actions-stacked">
            <Form
              id={formId}
              action={itemPath('users', user.id, 'role')}
              token={tokenOf(context)}
              problem={again?.problem}
              fields={['role']}
              class="role-form"
            >
              <Choice
                form={form}
                name="role"
                label={t(language, 'manage.users.roleOf', { name: user.name })}
                options={grantableRoles(visit)}
                value={again?.values.role ?? user.role}
              />
              <SubmitButton isQuiet>{t(language, 'manage.users.changeRole')}</SubmitButton>
            </Form>
            <RowButton
              context={context}
              action={itemPath('users', user.id, user.isDisabled ? 'enable' : 'disable')}
              label={t(language, user.isDisabled ? 'manage.users.enable' : 'manage.users.disable')}
              accessibleLabel={t(
                language,
                user.isDisabled ? 'manage.users.enable.named' : 'manage.users.disable.named',
                { name: user.name },
              )}
              isDanger={!user.isDisabled}
            />
          </div>
        )}
      </div>
    </li>
  );
}

function InviteSection({
  context,
  again,
}: {
  context: PageContext;
  again: { problem: FormProblem; values: FormFields } | null;
}) {
  const { visit } = context;
  const { language } = visit;
  const form = formState('invite', again?.problem ?? null, inviteFields);
  const values = again?.values ?? {};
  return (
    <section class="panel" aria-labelledby="invite-title">
      <h2 id="invite-title">{t(language, 'manage.invite.title')}</h2>
      <p class="muted">{t(language, 'manage.invite.intro')}</p>
      <Form
        id="invite"
        action={adminPaths.invitations}
        token={tokenOf(context)}
        problem={again?.problem}
        fields={inviteFields}
      >
        <TextField
          form={form}
          name="email"
          type="email"
          label={t(language, 'field.email')}
          value={values.email ?? ''}
          maxlength={254}
          autocomplete="email"
          isRequired
          isLatin
        />
        <TextField
          form={form}
          name="name"
          label={t(language, 'manage.invite.name')}
          hint={t(language, 'manage.invite.nameHint')}
          value={values.name ?? ''}
          maxlength={120}
          isEitherDirection
        />
        <Choice
          form={form}
          name="role"
          label={t(language, 'field.role')}
          options={grantableRoles(visit)}
          value={values.role ?? 'author'}
        />
        <SubmitButton>{t(language, 'manage.invite.submit')}</SubmitButton>
      </Form>
    </section>
  );
}

function InvitationItem({ context, invitation }: { context: PageContext; invitation: Invitation }) {
  const { visit } = context;
  const { language } = visit;
  return (
    <li class="item">
      <div class="item-row">
        <div class="item-main">
          <span class="item-title" dir="ltr">
            {invitation.email}
          </span>
          <span class="item-meta">
            {t(language, `role.${invitation.role}`)}
            <span class="item-separator" aria-hidden="true">
              ·
            </span>
            {t(visit.locale, 'manage.invitations.until', {
              moment: formatMoment(visit, invitation.expiresAt),
            })}
          </span>
        </div>
        <div class="item-actions">
          <RowButton
            context={context}
            action={itemPath('invitations', invitation.id, 'revoke')}
            label={t(language, 'manage.invitations.revoke')}
            accessibleLabel={t(language, 'manage.invitations.revoke.named', {
              email: invitation.email,
            })}
            isDanger
          />
        </div>
      </div>
    </li>
  );
}

export interface InvitationSentPageProps {
  context: PageContext;
  invitation: Invitation;
  link: string;
  isMailed: boolean;
}

/** The invitation's link, shown this once: the administrator may pass it on themselves. */
export function InvitationSentPage({
  context,
  invitation,
  link,
  isMailed,
}: InvitationSentPageProps) {
  const { visit } = context;
  const { language } = visit;
  const title = t(language, 'manage.invited.title');
  const role: Role = invitation.role;
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <p>
          {t(visit.locale, isMailed ? 'manage.invited.mailed' : 'manage.invited.notMailed', {
            email: invitation.email,
            role: t(language, `role.${role}`),
          })}
        </p>
        <SecretField id="invitation-link" label={t(language, 'manage.invited.link')} value={link} />
        <p class="warning" role="note">
          {t(visit.locale, 'manage.invited.once', {
            moment: formatMoment(visit, invitation.expiresAt),
          })}
        </p>
        <p>
          <a class="button" href={adminPaths.users}>
            {t(language, 'manage.invited.back')}
          </a>
        </p>
      </section>
    </Layout>
  );
}
