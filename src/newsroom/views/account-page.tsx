/**
 * The signed-in user's page: who they are, their name and interface language, their
 * password, the second factor, their sessions, and where the admin API is described. Each
 * form can come back with its own problem while the others stay as they were.
 */
import { passwordPolicy } from '../../accounts/passwords.js';
import type { User } from '../../accounts/presenters.js';
import { t } from '../../i18n/index.js';
import type { Language } from '../../text/language.js';
import type { FormFields, FormProblem } from '../forms.js';
import { adminPaths } from '../paths.js';
import { formatMoment, type Visit } from '../visit.js';
import { Field, Form, LanguageSelect, NoticeBox, SubmitButton } from './form.js';
import { Layout } from './layout.js';
import type { PageContext } from './page-context.js';

export type AccountForm = 'profile' | 'password' | 'totp' | 'sessions';

export interface AccountPageProps {
  context: PageContext;
  /** The form that came back, with what was wrong and what was typed in it. */
  problem?: { form: AccountForm; problem: FormProblem; values: FormFields } | null;
}

export function AccountPage({ context, problem = null }: AccountPageProps) {
  const { visit } = context;
  const member = visit.member;
  if (!member) throw new Error('the account page needs a signed-in user');
  const { user } = member;
  const { language } = visit;
  const token = member.session.csrfToken;
  const problemOf = (form: AccountForm) => (problem?.form === form ? problem.problem : null);
  const title = t(language, 'newsroom.account.title');
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <NoticeBox language={language} notice={context.notice} />
      <div class="sections">
        <Details visit={visit} user={user} />
        <section class="panel" aria-labelledby="profile-title">
          <h2 id="profile-title">{t(language, 'newsroom.profile.title')}</h2>
          <Form
            id="profile"
            action={adminPaths.profile}
            token={token}
            problem={problemOf('profile')}
            fields={['name', 'language']}
          >
            <Field
              name="name"
              label={t(language, 'newsroom.field.name')}
              hint={t(language, 'newsroom.field.nameHint')}
              autocomplete="name"
              value={problem?.form === 'profile' ? (problem.values.name ?? '') : user.name}
              maxlength={120}
            />
            <LanguageSelect
              language={language}
              value={
                problem?.form === 'profile'
                  ? languageIn(problem.values, user.language)
                  : user.language
              }
            />
            <SubmitButton>{t(language, 'newsroom.profile.submit')}</SubmitButton>
          </Form>
        </section>
        <PasswordSection
          language={language}
          token={token}
          problem={problemOf('password')}
          visit={visit}
        />
        <TwoFactorSection
          language={language}
          token={token}
          problem={problemOf('totp')}
          user={user}
        />
        <section class="panel" aria-labelledby="sessions-title">
          <h2 id="sessions-title">{t(language, 'newsroom.sessions.title')}</h2>
          <p>{t(language, 'newsroom.sessions.intro')}</p>
          <Form
            id="sessions"
            action={adminPaths.logoutEverywhere}
            token={token}
            problem={problemOf('sessions')}
            fields={[]}
          >
            <SubmitButton isQuiet>{t(language, 'newsroom.logoutEverywhere')}</SubmitButton>
          </Form>
        </section>
        <section class="panel" aria-labelledby="api-title">
          <h2 id="api-title">{t(language, 'newsroom.api.title')}</h2>
          <p>{t(language, 'newsroom.api.intro')}</p>
          <p>
            <a href={adminPaths.apiDocs} type="application/json">
              {t(language, 'newsroom.api.link')}
            </a>
          </p>
        </section>
      </div>
    </Layout>
  );
}

function languageIn(values: FormFields, fallback: Language): Language {
  return values.language === 'ar' || values.language === 'en' ? values.language : fallback;
}

function Details({ visit, user }: { visit: Visit; user: User }) {
  const { language } = visit;
  return (
    <section class="panel panel-wide" aria-labelledby="details-title">
      <h2 id="details-title">{t(language, 'newsroom.account.details')}</h2>
      <dl class="details">
        <dt>{t(language, 'newsroom.field.name')}</dt>
        <dd>{user.name}</dd>
        <dt>{t(language, 'newsroom.field.email')}</dt>
        <dd>
          <span dir="ltr">{user.email}</span>
        </dd>
        <dt>{t(language, 'newsroom.account.role')}</dt>
        <dd>{t(language, `role.${user.role}`)}</dd>
        <dt>{t(language, 'newsroom.account.lastLogin')}</dt>
        <dd>
          {user.lastLoginAt === null ? (
            t(language, 'newsroom.account.never')
          ) : (
            <time datetime={user.lastLoginAt}>{formatMoment(visit, user.lastLoginAt)}</time>
          )}
        </dd>
        <dt>{t(language, 'newsroom.account.twoFactor')}</dt>
        <dd>
          {t(
            language,
            user.isTotpEnabled ? 'newsroom.account.twoFactorOn' : 'newsroom.account.twoFactorOff',
          )}
        </dd>
      </dl>
    </section>
  );
}

interface SectionProps {
  language: Language;
  token: string;
  problem: FormProblem | null;
}

function PasswordSection({ language, token, problem, visit }: SectionProps & { visit: Visit }) {
  return (
    <section class="panel" aria-labelledby="password-title">
      <h2 id="password-title">{t(language, 'newsroom.password.title')}</h2>
      <p class="muted">{t(language, 'newsroom.password.intro')}</p>
      <Form
        id="password"
        action={adminPaths.password}
        token={token}
        problem={problem}
        fields={['currentPassword', 'newPassword']}
        focusOnProblem="currentPassword"
      >
        <Field
          name="currentPassword"
          type="password"
          label={t(language, 'newsroom.field.currentPassword')}
          autocomplete="current-password"
        />
        <Field
          name="newPassword"
          type="password"
          label={t(language, 'newsroom.field.newPassword')}
          hint={t(visit.locale, 'newsroom.field.passwordRule', { min: passwordPolicy.minLength })}
          autocomplete="new-password"
          minlength={passwordPolicy.minLength}
          maxlength={passwordPolicy.maxLength}
        />
        <SubmitButton>{t(language, 'newsroom.password.submit')}</SubmitButton>
      </Form>
    </section>
  );
}

function TwoFactorSection({ language, token, problem, user }: SectionProps & { user: User }) {
  return (
    <section class="panel" aria-labelledby="totp-title">
      <h2 id="totp-title">{t(language, 'newsroom.totp.title')}</h2>
      {user.isTotpEnabled ? (
        <>
          <p>{t(language, 'newsroom.totp.onIntro')}</p>
          <p class="muted">{t(language, 'newsroom.totp.disableIntro')}</p>
          <Form
            id="totp"
            action={adminPaths.totpDisable}
            token={token}
            problem={problem}
            fields={['password']}
          >
            <Field
              name="password"
              type="password"
              label={t(language, 'newsroom.field.password')}
              autocomplete="current-password"
            />
            <SubmitButton isQuiet>{t(language, 'newsroom.totp.disable')}</SubmitButton>
          </Form>
        </>
      ) : (
        <>
          <p>{t(language, 'newsroom.totp.offIntro')}</p>
          <Form id="totp" action={adminPaths.totpStart} token={token} problem={problem} fields={[]}>
            <SubmitButton>{t(language, 'newsroom.totp.start')}</SubmitButton>
          </Form>
        </>
      )}
    </section>
  );
}
