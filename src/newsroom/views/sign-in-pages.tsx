/**
 * The pages before sign-in: the first-run setup, e-mail and password, the second factor, and
 * accepting an invitation. Their forms carry the double-submit token; a password typed is
 * never shown again, an e-mail is kept.
 */
import { passwordPolicy } from '../../accounts/passwords.js';
import type { Role } from '../../core/actor.js';
import { t } from '../../i18n/index.js';
import type { Language } from '../../text/language.js';
import type { FormFields, FormProblem } from '../forms.js';
import { adminPaths, invitationPath } from '../paths.js';
import { formatMoment } from '../visit.js';
import { Field, Form, LanguageSelect, NoticeBox, SubmitButton } from './form.js';
import { Layout } from './layout.js';
import type { PageContext } from './page-context.js';

export interface FormPageProps {
  context: PageContext;
  /** The token the page's forms carry. */
  token: string;
  problem?: FormProblem | null;
  values?: FormFields;
}

function chosenLanguage(values: FormFields | undefined, fallback: Language): Language {
  const value = values?.language;
  return value === 'ar' || value === 'en' ? value : fallback;
}

function NewPasswordField({ language, context }: { language: Language; context: PageContext }) {
  return (
    <Field
      name="password"
      type="password"
      label={t(language, 'newsroom.field.password')}
      hint={t(context.visit.locale, 'newsroom.field.passwordRule', {
        min: passwordPolicy.minLength,
      })}
      autocomplete="new-password"
      minlength={passwordPolicy.minLength}
      maxlength={passwordPolicy.maxLength}
    />
  );
}

export function SetupPage({ context, token, problem = null, values = {} }: FormPageProps) {
  const { language, settings } = context.visit;
  const title = t(language, 'newsroom.setup.title');
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <p class="lead">
          {t(language, 'newsroom.setup.intro', { site: settings.siteName[language] })}
        </p>
        <Form
          id="setup"
          action={adminPaths.home}
          token={token}
          problem={problem}
          fields={['name', 'email', 'password', 'language']}
        >
          <Field
            name="name"
            label={t(language, 'newsroom.field.name')}
            hint={t(language, 'newsroom.field.nameHint')}
            autocomplete="name"
            value={values.name ?? ''}
            maxlength={120}
          />
          <EmailField language={language} value={values.email} />
          <NewPasswordField language={language} context={context} />
          <LanguageSelect language={language} value={chosenLanguage(values, language)} />
          <SubmitButton>{t(language, 'newsroom.setup.submit')}</SubmitButton>
        </Form>
      </section>
    </Layout>
  );
}

function EmailField({ language, value }: { language: Language; value: string | undefined }) {
  return (
    <Field
      name="email"
      type="email"
      label={t(language, 'newsroom.field.email')}
      autocomplete="email"
      inputmode="email"
      value={value ?? ''}
      maxlength={254}
      isLatin
    />
  );
}

export function LoginPage({ context, token, problem = null, values = {} }: FormPageProps) {
  const { language, settings } = context.visit;
  const title = t(language, 'newsroom.login.title');
  return (
    <Layout context={context} title={title} isNarrow>
      <NoticeBox language={language} notice={context.notice} />
      <section class="panel">
        <h1>{title}</h1>
        <p class="lead">
          {t(language, 'newsroom.login.intro', { site: settings.siteName[language] })}
        </p>
        <Form
          id="login"
          action={adminPaths.login}
          token={token}
          problem={problem}
          fields={['email', 'password']}
          focusOnProblem={values.email ? 'password' : 'email'}
        >
          <EmailField language={language} value={values.email} />
          <Field
            name="password"
            type="password"
            label={t(language, 'newsroom.field.password')}
            autocomplete="current-password"
          />
          <SubmitButton>{t(language, 'newsroom.login.submit')}</SubmitButton>
        </Form>
      </section>
      <p class="muted">{t(language, 'newsroom.login.forgot')}</p>
    </Layout>
  );
}

export function CodePage({ context, token, problem = null }: FormPageProps) {
  const { language } = context.visit;
  const title = t(language, 'newsroom.code.title');
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <p class="lead">{t(language, 'newsroom.code.intro')}</p>
        <Form
          id="code"
          action={adminPaths.loginCode}
          token={token}
          problem={problem}
          fields={['code']}
        >
          <Field
            name="code"
            label={t(language, 'newsroom.field.code')}
            hint={t(language, 'newsroom.code.hint')}
            autocomplete="one-time-code"
            maxlength={64}
            isLatin
          />
          <SubmitButton>{t(language, 'newsroom.code.submit')}</SubmitButton>
        </Form>
      </section>
      <Form id="cancel" action={adminPaths.logout} token={token} fields={[]}>
        <button class="link-button" type="submit">
          {t(language, 'newsroom.code.cancel')}
        </button>
      </Form>
    </Layout>
  );
}

export interface InvitationPageProps extends FormPageProps {
  invitationToken: string;
  invitation: { email: string; role: Role; name: string | null; expiresAt: string };
}

export function InvitationPage(props: InvitationPageProps) {
  const { context, token, problem = null, values = {}, invitation } = props;
  const { visit } = context;
  const { language, settings } = visit;
  const title = t(language, 'newsroom.invitation.title');
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <p class="lead">
          {t(language, 'newsroom.invitation.intro', { site: settings.siteName[language] })}
        </p>
        <dl class="details panel-details">
          <dt>{t(language, 'newsroom.field.email')}</dt>
          <dd>
            <span dir="ltr">{invitation.email}</span>
          </dd>
          <dt>{t(language, 'newsroom.invitation.role')}</dt>
          <dd>{t(language, `role.${invitation.role}`)}</dd>
          <dt>{t(language, 'newsroom.invitation.validUntil')}</dt>
          <dd>{formatMoment(visit, invitation.expiresAt)}</dd>
        </dl>
        <Form
          id="invitation"
          action={invitationPath(props.invitationToken)}
          token={token}
          problem={problem}
          fields={['name', 'password', 'language']}
        >
          <Field
            name="name"
            label={t(language, 'newsroom.field.name')}
            hint={t(language, 'newsroom.field.nameHint')}
            autocomplete="name"
            value={values.name ?? invitation.name ?? ''}
            maxlength={120}
          />
          <NewPasswordField language={language} context={context} />
          <LanguageSelect language={language} value={chosenLanguage(values, language)} />
          <SubmitButton>{t(language, 'newsroom.invitation.submit')}</SubmitButton>
        </Form>
      </section>
    </Layout>
  );
}

/** A page that only says something and points on: a used invitation, a second setup. */
export function MessagePage({
  context,
  title,
  message,
  advice,
  link,
}: {
  context: PageContext;
  title: string;
  message: string;
  advice?: string;
  link: { href: string; label: string };
}) {
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <p>{message}</p>
        {advice && <p class="muted">{advice}</p>}
        <p>
          <a class="button" href={link.href}>
            {link.label}
          </a>
        </p>
      </section>
    </Layout>
  );
}

/** Sign-out that was refused (a stale page): the reason, and the button again. */
export function LogoutPage({ context, token, problem = null }: FormPageProps) {
  const { language } = context.visit;
  const title = t(language, 'newsroom.logoutPage.title');
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <Form id="logout" action={adminPaths.logout} token={token} problem={problem} fields={[]}>
          <SubmitButton>{t(language, 'newsroom.logout')}</SubmitButton>
        </Form>
      </section>
    </Layout>
  );
}
