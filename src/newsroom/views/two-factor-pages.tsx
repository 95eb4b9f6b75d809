/**
 * Turning the second factor on: the secret to type into an authenticator app (in groups of
 * four, as apps show it) with its `otpauth://` link, the first code to confirm it, then the
 * recovery codes — shown this once.
 */
import { t } from '../../i18n/index.js';
import type { FormProblem } from '../forms.js';
import { adminPaths, withNotice } from '../paths.js';
import { Field, Form, SubmitButton } from './form.js';
import { Layout } from './layout.js';
import type { PageContext } from './page-context.js';

/** The hidden fields the confirmation carries the secret back in, to show it again on a typo. */
export const secretFields = { secret: 'secret', otpauthUri: 'otpauthUri' } as const;

export function groupedSecret(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(' ');
}

export interface TwoFactorSetupProps {
  context: PageContext;
  secret: string;
  otpauthUri: string;
  problem?: FormProblem | null;
}

export function TwoFactorSetupPage({
  context,
  secret,
  otpauthUri,
  problem = null,
}: TwoFactorSetupProps) {
  const { visit } = context;
  const { language } = visit;
  const token = visit.member?.session.csrfToken ?? '';
  const title = t(language, 'newsroom.totpSetup.title');
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <p>{t(language, 'newsroom.totpSetup.scan')}</p>
        <code class="secret" dir="ltr">
          {groupedSecret(secret)}
        </code>
        <p>
          <a href={otpauthUri}>{t(language, 'newsroom.totpSetup.link')}</a>
        </p>
        <p>{t(language, 'newsroom.totpSetup.confirm')}</p>
        <Form
          id="confirm"
          action={adminPaths.totpConfirm}
          token={token}
          problem={problem}
          fields={['code']}
        >
          <input type="hidden" name={secretFields.secret} value={secret} />
          <input type="hidden" name={secretFields.otpauthUri} value={otpauthUri} />
          <Field
            name="code"
            label={t(language, 'newsroom.field.code')}
            autocomplete="one-time-code"
            inputmode="numeric"
            maxlength={12}
            isLatin
          />
          <div class="actions">
            <SubmitButton>{t(language, 'newsroom.totpSetup.submit')}</SubmitButton>
            <a href={adminPaths.account}>{t(language, 'newsroom.totpSetup.cancel')}</a>
          </div>
        </Form>
      </section>
    </Layout>
  );
}

export function RecoveryCodesPage({ context, codes }: { context: PageContext; codes: string[] }) {
  const { language } = context.visit;
  const title = t(language, 'newsroom.recovery.title');
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <p>{t(language, 'newsroom.recovery.intro')}</p>
        <p>
          <strong>{t(language, 'newsroom.recovery.keep')}</strong>
        </p>
        <ul class="codes" dir="ltr">
          {codes.map((code) => (
            <li>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <p>
          <a class="button" href={withNotice(adminPaths.account, 'totp-on')}>
            {t(language, 'newsroom.recovery.continue')}
          </a>
        </p>
      </section>
    </Layout>
  );
}
