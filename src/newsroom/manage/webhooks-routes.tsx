/**
 * `/admin/webhooks`, for administrators: the webhooks, a form to register one — its secret is
 * shown on the next page and never again — a webhook's page with its latest deliveries,
 * switching it off and on, and deleting it after a confirmation page. Through the webhook
 * service, as the admin API's.
 */
import type { FastifyInstance } from 'fastify';
import { t } from '../../i18n/index.js';
import { webhookEvents } from '../../webhooks/webhooks.js';
import type { FormFields, FormProblem } from '../forms.js';
import type { Pages } from '../pages.js';
import { adminPaths, itemPath, withNotice } from '../paths.js';
import { ManageScreens, type Screen } from './access.js';
import { ItemParams, type ItemRoute } from './form-input.js';
import { ConfirmPage } from './views/parts.js';
import {
  WebhookCreatedPage,
  WebhookFormPage,
  WebhookPage,
  WebhooksPage,
} from './views/webhooks-pages.js';

const capability = 'webhooks.manage';

function webhookInput(fields: FormFields) {
  return {
    url: fields.url ?? '',
    description: fields.description?.trim() ? fields.description.trim() : null,
    events: webhookEvents.filter((event) => fields[`events.${event}`] === 'on'),
    allowPrivate: fields.allowPrivate === 'on',
  };
}

export async function webhookRoutes(
  app: FastifyInstance,
  { pages }: { pages: Pages },
): Promise<void> {
  const { webhooks } = app.midad;
  const screens = new ManageScreens(pages);
  const schema = { params: ItemParams };

  app.get(
    '/webhooks',
    screens.page(capability, async ({ visit, context }) => (
      <WebhooksPage context={context} webhooks={await webhooks.list(visit.member.actor)} />
    )),
  );

  app.get(
    '/webhooks/new',
    screens.page(capability, async ({ context }) => (
      <WebhookFormPage context={context} values={{ 'events.article.published': 'on' }} />
    )),
  );

  app.post(
    '/webhooks',
    screens.form(
      capability,
      async ({ visit, context }, fields) => {
        const created = await webhooks.create(visit.member.actor, webhookInput(fields));
        return <WebhookCreatedPage context={context} {...created} />;
      },
      async ({ context }, { problem, values }) => (
        <WebhookFormPage context={context} problem={problem} values={values} />
      ),
    ),
  );

  app.get<ItemRoute>(
    '/webhooks/:id',
    { schema },
    screens.page<ItemRoute>(capability, async ({ visit, context, request }) => {
      const { actor } = visit.member;
      const [webhook, deliveries] = await Promise.all([
        webhooks.get(actor, request.params.id),
        webhooks.deliveries(actor, request.params.id),
      ]);
      return <WebhookPage context={context} webhook={webhook} deliveries={deliveries} />;
    }),
  );

  for (const [action, isActive] of [
    ['enable', true],
    ['disable', false],
  ] as const) {
    app.post<ItemRoute>(
      `/webhooks/:id/${action}`,
      { schema },
      screens.form<ItemRoute>(
        capability,
        async ({ visit, request }) => {
          await webhooks.update(visit.member.actor, request.params.id, { isActive });
          return withNotice(
            itemPath('webhooks', request.params.id),
            isActive ? 'webhook-enabled' : 'webhook-disabled',
          );
        },
        async ({ visit, context, request }, { problem }) => {
          const { actor } = visit.member;
          const [webhook, deliveries] = await Promise.all([
            webhooks.get(actor, request.params.id),
            webhooks.deliveries(actor, request.params.id),
          ]);
          return (
            <WebhookPage
              context={context}
              webhook={webhook}
              deliveries={deliveries}
              problem={problem}
            />
          );
        },
      ),
    );
  }

  async function deletionPage(
    { visit, context, request }: Screen<ItemRoute>,
    problem: FormProblem | null = null,
  ) {
    const { language } = visit;
    const webhook = await webhooks.get(visit.member.actor, request.params.id);
    return (
      <ConfirmPage
        context={context}
        title={t(language, 'manage.webhooks.delete.title')}
        consequence={t(language, 'manage.webhooks.delete.consequence', { url: webhook.url })}
        action={itemPath('webhooks', webhook.id, 'delete')}
        confirmLabel={t(language, 'manage.webhooks.delete.confirm')}
        back={itemPath('webhooks', webhook.id)}
        problem={problem}
      />
    );
  }

  app.get<ItemRoute>(
    '/webhooks/:id/delete',
    { schema },
    screens.page<ItemRoute>(capability, (screen) => deletionPage(screen)),
  );

  app.post<ItemRoute>(
    '/webhooks/:id/delete',
    { schema },
    screens.form<ItemRoute>(
      capability,
      async ({ visit, request }) => {
        await webhooks.delete(visit.member.actor, request.params.id);
        return withNotice(adminPaths.webhooks, 'webhook-deleted');
      },
      (screen, { problem }) => deletionPage(screen, problem),
    ),
  );
}
