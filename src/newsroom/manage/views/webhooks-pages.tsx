/**
 * The webhooks screen, for administrators: every webhook with its address, events and state;
 * the form that registers one (the events as checkboxes; private addresses only when ticked);
 * the page that shows a new webhook's secret, this once; and a webhook's page with its
 * latest deliveries — each with its event, outcome, attempts and the start of the last answer.
 */
import { t } from '../../../i18n/index.js';
import type { Delivery, Webhook } from '../../../webhooks/webhook-service.js';
import { webhookEvents } from '../../../webhooks/webhooks.js';
import type { FormFields, FormProblem } from '../../forms.js';
import { adminPaths, itemPath } from '../../paths.js';
import { Form } from '../../views/form.js';
import { Layout } from '../../views/layout.js';
import type { PageContext } from '../../views/page-context.js';
import { formatMoment } from '../../visit.js';
import { formState, TextField, type FormState } from './fields.js';
import {
  FormActions,
  ProblemBox,
  RowButton,
  RowLink,
  ScreenHead,
  SecretField,
  tokenOf,
} from './parts.js';

export const webhookFields = [
  'url',
  'description',
  'events',
  ...webhookEvents.map((event) => `events.${event}`),
  'allowPrivate',
] as const;

/** What a webhook hears, whether it is on, and (on its own page) its secret's start. */
function WebhookFacts({
  language,
  webhook,
  withSecret = false,
}: {
  language: PageContext['visit']['language'];
  webhook: Webhook;
  withSecret?: boolean;
}) {
  return (
    <dl class="item-facts">
      <dt>{t(language, 'field.events')}</dt>
      <dd>
        {webhook.events.map((event) => t(language, `manage.webhooks.event.${event}`)).join('، ')}
      </dd>
      {withSecret && (
        <>
          <dt>{t(language, 'manage.webhooks.secret')}</dt>
          <dd>
            <code dir="ltr">{webhook.secretHint}</code>
          </dd>
        </>
      )}
      <dt>{t(language, 'manage.tokens.state')}</dt>
      <dd>{t(language, webhook.isActive ? 'manage.webhooks.on' : 'manage.webhooks.off')}</dd>
    </dl>
  );
}

export function WebhooksPage({ context, webhooks }: { context: PageContext; webhooks: Webhook[] }) {
  const { visit } = context;
  const { language } = visit;
  const title = t(language, 'manage.webhooks.title');
  return (
    <Layout context={context} title={title}>
      <ScreenHead
        context={context}
        title={title}
        intro={t(language, 'manage.webhooks.intro')}
        action={{ href: adminPaths.newWebhook, label: t(language, 'manage.webhooks.new') }}
      />
      <section class="panel" aria-labelledby="webhooks-count">
        <h2 id="webhooks-count">
          {t(visit.locale, 'manage.webhooks.count', { n: webhooks.length })}
        </h2>
        {webhooks.length > 0 && (
          <ul class="items">
            {webhooks.map((webhook) => (
              <li class={webhook.isActive ? 'item' : 'item item-ended'}>
                <div class="item-row">
                  <div class="item-main">
                    {/* The address reads left to right; the row stays on the page's side. */}
                    <a class="item-title" href={itemPath('webhooks', webhook.id)}>
                      <span dir="ltr">{webhook.url}</span>
                    </a>
                    {webhook.description && (
                      <span class="item-meta" dir="auto">
                        {webhook.description}
                      </span>
                    )}
                    <WebhookFacts language={language} webhook={webhook} />
                  </div>
                  <div class="item-actions">
                    <RowLink
                      href={itemPath('webhooks', webhook.id)}
                      label={t(language, 'manage.webhooks.deliveries')}
                      accessibleLabel={t(language, 'manage.webhooks.deliveriesOf', {
                        url: webhook.url,
                      })}
                    />
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

function EventChoices({
  form,
  values,
  language,
}: {
  form: FormState;
  values: FormFields;
  language: PageContext['visit']['language'];
}) {
  const error = form.problem?.fields.events;
  return (
    <fieldset
      class={error === undefined ? 'fieldset' : 'fieldset field-invalid'}
      aria-describedby={error === undefined ? undefined : 'webhook-events-error'}
    >
      <legend>{t(language, 'field.events')}</legend>
      {error !== undefined && (
        <p class="field-error" id="webhook-events-error">
          {error}
        </p>
      )}
      {webhookEvents.map((event) => (
        <label class="check">
          <input
            type="checkbox"
            name={`events.${event}`}
            value="on"
            checked={values[`events.${event}`] === 'on'}
            autofocus={form.focus === 'events'}
          />{' '}
          {t(language, `manage.webhooks.event.${event}`)}
        </label>
      ))}
    </fieldset>
  );
}

export function WebhookFormPage({
  context,
  problem = null,
  values,
}: {
  context: PageContext;
  problem?: FormProblem | null;
  values: FormFields;
}) {
  const { visit } = context;
  const { language } = visit;
  const title = t(language, 'manage.webhooks.new');
  const form = formState('webhook', problem, webhookFields);
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <Form
          id="webhook"
          action={adminPaths.webhooks}
          token={tokenOf(context)}
          problem={problem}
          fields={webhookFields}
        >
          <TextField
            form={form}
            name="url"
            type="url"
            label={t(language, 'field.url')}
            hint={t(language, 'manage.webhooks.urlHint')}
            value={values.url ?? ''}
            maxlength={2000}
            isRequired
            isLatin
          />
          <TextField
            form={form}
            name="description"
            label={t(language, 'manage.webhooks.description')}
            value={values.description ?? ''}
            maxlength={200}
            isEitherDirection
          />
          <EventChoices form={form} values={values} language={language} />
          <label class="check">
            <input
              type="checkbox"
              name="allowPrivate"
              value="on"
              checked={values.allowPrivate === 'on'}
              aria-describedby="webhook-allowPrivate-hint"
            />{' '}
            {t(language, 'manage.webhooks.allowPrivate')}
          </label>
          <p class="hint" id="webhook-allowPrivate-hint">
            {t(language, 'manage.webhooks.allowPrivateHint')}
          </p>
          <FormActions
            context={context}
            submitLabel={t(language, 'manage.webhooks.create')}
            back={adminPaths.webhooks}
          />
        </Form>
      </section>
    </Layout>
  );
}

/** A new webhook's secret, shown this once. */
export function WebhookCreatedPage({
  context,
  webhook,
  secret,
}: {
  context: PageContext;
  webhook: Webhook;
  secret: string;
}) {
  const { visit } = context;
  const { language } = visit;
  const title = t(language, 'manage.webhooks.created.title');
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <p class="warning" role="note">
          {t(language, 'manage.webhooks.created.once')}
        </p>
        <SecretField
          id="webhook-secret"
          label={t(language, 'manage.webhooks.secret')}
          value={secret}
        />
        <p>
          <a class="button" href={itemPath('webhooks', webhook.id)}>
            {t(language, 'manage.webhooks.created.back')}
          </a>
        </p>
      </section>
    </Layout>
  );
}

export function WebhookPage({
  context,
  webhook,
  deliveries,
  problem = null,
}: {
  context: PageContext;
  webhook: Webhook;
  deliveries: Delivery[];
  /** A switch that was refused (a forged form). */
  problem?: FormProblem | null;
}) {
  const { visit } = context;
  const { language } = visit;
  const title = t(language, 'manage.webhooks.one');
  return (
    <Layout context={context} title={title}>
      <ScreenHead context={context} title={title} />
      <ProblemBox problem={problem} />
      <section class="panel">
        <p>
          <code dir="ltr">{webhook.url}</code>
        </p>
        {webhook.description && <p dir="auto">{webhook.description}</p>}
        <WebhookFacts language={language} webhook={webhook} withSecret />
        <div class="actions">
          <RowButton
            context={context}
            action={itemPath('webhooks', webhook.id, webhook.isActive ? 'disable' : 'enable')}
            label={t(
              language,
              webhook.isActive ? 'manage.webhooks.switchOff' : 'manage.webhooks.switchOn',
            )}
            accessibleLabel={t(
              language,
              webhook.isActive ? 'manage.webhooks.switchOff' : 'manage.webhooks.switchOn',
            )}
          />
          <RowLink
            href={itemPath('webhooks', webhook.id, 'delete')}
            label={t(language, 'manage.delete')}
            accessibleLabel={t(language, 'manage.webhooks.delete.named', { url: webhook.url })}
          />
        </div>
      </section>
      <section class="panel" aria-labelledby="deliveries-title">
        <h2 id="deliveries-title">{t(language, 'manage.webhooks.deliveries')}</h2>
        {deliveries.length === 0 ? (
          <p class="muted">{t(language, 'manage.webhooks.noDeliveries')}</p>
        ) : (
          <div class="table-scroll">
            <table class="deliveries">
              <thead>
                <tr>
                  <th scope="col">{t(language, 'manage.webhooks.when')}</th>
                  <th scope="col">{t(language, 'manage.webhooks.event')}</th>
                  <th scope="col">{t(language, 'manage.tokens.state')}</th>
                  <th scope="col">{t(language, 'manage.webhooks.attempts')}</th>
                  <th scope="col">{t(language, 'manage.webhooks.answer')}</th>
                </tr>
              </thead>
              <tbody>
                {deliveries.map((delivery) => (
                  <tr>
                    <td>
                      <time datetime={delivery.updatedAt}>
                        {formatMoment(visit, delivery.updatedAt)}
                      </time>
                    </td>
                    <td>
                      {t(
                        language,
                        `manage.webhooks.event.${delivery.event as (typeof webhookEvents)[number]}`,
                      )}
                    </td>
                    <td>{t(language, `manage.webhooks.status.${delivery.status}`)}</td>
                    <td>
                      {t(visit.locale, 'manage.webhooks.attemptCount', { n: delivery.attempts })}
                    </td>
                    <td dir="ltr">
                      {delivery.lastStatus !== null && <code>{delivery.lastStatus}</code>}{' '}
                      {delivery.lastError ?? delivery.lastResponse ?? ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Layout>
  );
}
