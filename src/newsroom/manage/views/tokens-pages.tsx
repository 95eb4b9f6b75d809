/**
 * The API tokens screen, for administrators: every token with its role, the user it acts for,
 * when it was made and last used, and whether it still works; the form that makes one; and
 * the page that shows a new token's secret, this once, with a warning to keep it.
 */
import type { ApiToken, User } from '../../../accounts/presenters.js';
import { roleAtLeast, roles } from '../../../core/actor.js';
import { t } from '../../../i18n/index.js';
import type { FormFields, FormProblem } from '../../forms.js';
import { adminPaths, itemPath } from '../../paths.js';
import { Form } from '../../views/form.js';
import { Layout } from '../../views/layout.js';
import type { PageContext } from '../../views/page-context.js';
import { formatMoment, type Visit } from '../../visit.js';
import { Choice, formState, TextField } from './fields.js';
import { FormActions, RowLink, ScreenHead, SecretField, tokenOf } from './parts.js';

/** How a program presents a token (RFC 6750 §2.1): a protocol's words, in no language. */
const bearerHeader = 'Authorization: Bearer';

export const tokenFields = ['name', 'role', 'userId', 'expiresAt'] as const;

type TokenState = 'active' | 'revoked' | 'expired';

function tokenState(token: ApiToken, now: Date): TokenState {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && Date.parse(token.expiresAt) <= now.getTime()) return 'expired';
  return 'active';
}

export interface TokensPageProps {
  context: PageContext;
  tokens: ApiToken[];
  users: User[];
  now: Date;
}

export function TokensPage({ context, tokens, users, now }: TokensPageProps) {
  const { visit } = context;
  const { language } = visit;
  const title = t(language, 'manage.tokens.title');
  const names = new Map(users.map((user) => [user.id, user.name]));
  return (
    <Layout context={context} title={title}>
      <ScreenHead
        context={context}
        title={title}
        intro={t(language, 'manage.tokens.intro')}
        action={{ href: adminPaths.newToken, label: t(language, 'manage.tokens.new') }}
      />
      <section class="panel" aria-labelledby="tokens-count">
        <h2 id="tokens-count">{t(visit.locale, 'manage.tokens.count', { n: tokens.length })}</h2>
        {tokens.length > 0 && (
          <ul class="items">
            {tokens.map((token) => (
              <TokenItem
                context={context}
                token={token}
                owner={token.userId === null ? null : (names.get(token.userId) ?? null)}
                state={tokenState(token, now)}
              />
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

function momentOr(
  visit: Visit,
  at: string | null,
  none: 'manage.never' | 'manage.tokens.noExpiry',
) {
  return at === null ? (
    t(visit.language, none)
  ) : (
    <time datetime={at}>{formatMoment(visit, at)}</time>
  );
}

interface TokenItemProps {
  context: PageContext;
  token: ApiToken;
  owner: string | null;
  state: TokenState;
}

function TokenItem({ context, token, owner, state }: TokenItemProps) {
  const { visit } = context;
  const { language } = visit;
  return (
    <li class={state === 'active' ? 'item' : 'item item-ended'}>
      <div class="item-row">
        <div class="item-main">
          <span class="item-title" dir="auto">
            {token.name}
          </span>
          <span class="item-meta">
            <code dir="ltr">{`${token.prefix}…`}</code>
          </span>
          <dl class="item-facts">
            <dt>{t(language, 'field.role')}</dt>
            <dd>{t(language, `role.${token.role}`)}</dd>
            <dt>{t(language, 'manage.tokens.owner')}</dt>
            <dd>
              {token.userId === null
                ? t(language, 'manage.tokens.noOwner')
                : (owner ?? t(visit.locale, 'manage.tokens.userNumber', { id: token.userId }))}
            </dd>
            <dt>{t(language, 'manage.tokens.createdAt')}</dt>
            <dd>{momentOr(visit, token.createdAt, 'manage.never')}</dd>
            <dt>{t(language, 'manage.tokens.lastUsed')}</dt>
            <dd>{momentOr(visit, token.lastUsedAt, 'manage.never')}</dd>
            <dt>{t(language, 'field.expiresAt')}</dt>
            <dd>{momentOr(visit, token.expiresAt, 'manage.tokens.noExpiry')}</dd>
            <dt>{t(language, 'manage.tokens.state')}</dt>
            <dd>{t(language, `manage.tokens.state.${state}`)}</dd>
          </dl>
        </div>
        {state === 'active' && (
          <div class="item-actions">
            <RowLink
              href={itemPath('tokens', token.id, 'revoke')}
              label={t(language, 'manage.tokens.revoke')}
              accessibleLabel={t(language, 'manage.tokens.revoke.named', { name: token.name })}
            />
          </div>
        )}
      </div>
    </li>
  );
}

export interface TokenFormPageProps {
  context: PageContext;
  users: User[];
  problem?: FormProblem | null;
  values: FormFields;
}

export function TokenFormPage({ context, users, problem = null, values }: TokenFormPageProps) {
  const { visit } = context;
  const { language } = visit;
  const title = t(language, 'manage.tokens.new');
  const form = formState('token', problem, tokenFields);
  const own = visit.member?.actor.role ?? 'contributor';
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <Form
          id="token"
          action={adminPaths.tokens}
          token={tokenOf(context)}
          problem={problem}
          fields={tokenFields}
        >
          <TextField
            form={form}
            name="name"
            label={t(language, 'field.name')}
            hint={t(language, 'manage.tokens.nameHint')}
            value={values.name ?? ''}
            maxlength={100}
            isRequired
            isEitherDirection
          />
          <Choice
            form={form}
            name="role"
            label={t(language, 'field.role')}
            options={roles
              .filter((role) => roleAtLeast(own, role))
              .map((role) => ({ value: role, label: t(language, `role.${role}`) }))}
            value={values.role ?? 'editor'}
          />
          <Choice
            form={form}
            name="userId"
            label={t(language, 'field.userId')}
            hint={t(language, 'manage.tokens.userHint')}
            options={[
              { value: '', label: t(language, 'manage.tokens.noOwner') },
              ...users
                .filter((user) => !user.isDisabled)
                .map((user) => ({
                  value: String(user.id),
                  label: `${user.name} (${t(language, `role.${user.role}`)})`,
                })),
            ]}
            value={values.userId ?? ''}
          />
          <TextField
            form={form}
            name="expiresAt"
            type="datetime-local"
            label={t(language, 'field.expiresAt')}
            hint={t(language, 'manage.tokens.expiresHint')}
            value={values.expiresAt ?? ''}
            isLatin
          />
          <FormActions
            context={context}
            submitLabel={t(language, 'manage.tokens.create')}
            back={adminPaths.tokens}
          />
        </Form>
      </section>
    </Layout>
  );
}

export interface TokenCreatedPageProps {
  context: PageContext;
  token: string;
  record: ApiToken;
}

/** A new token's secret, shown this once. */
export function TokenCreatedPage({ context, token, record }: TokenCreatedPageProps) {
  const { visit } = context;
  const { language } = visit;
  const title = t(language, 'manage.tokens.created.title');
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <p class="warning" role="note">
          {t(visit.locale, 'manage.tokens.created.once', {
            name: record.name,
            role: t(language, `role.${record.role}`),
          })}
        </p>
        <SecretField id="token-secret" label={t(language, 'manage.tokens.secret')} value={token} />
        <p class="muted">{t(language, 'manage.tokens.created.use')}</p>
        <code class="usage" dir="ltr">
          {`${bearerHeader} ${record.prefix}…`}
        </code>
        <p>
          <a class="button" href={adminPaths.tokens}>
            {t(language, 'manage.tokens.created.back')}
          </a>
        </p>
      </section>
    </Layout>
  );
}
