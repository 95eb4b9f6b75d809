/**
 * The webhooks screen over HTTP, as an administrator meets it: registering an endpoint (a
 * private address refused unless allowed, with the reason in Arabic), the secret shown once,
 * the deliveries' log after a publish, switching the webhook off and deleting it — and no one
 * else may open it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userActor } from '../accounts/presenters.js';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { makeArticle } from '../test-support/factories.js';
import { visibleText } from '../test-support/html.js';
import { seedNewsroom, type Newsroom } from '../test-support/newsroom.js';
import { fieldErrorOf, password, TestBrowser } from './test-factories.js';

describe('the webhooks screen', () => {
  let test: TestApp;
  let newsroom: Newsroom;
  let server: Server;
  let endpoint = '';
  let heard = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        heard += 1;
        response.writeHead(202).end('قُبل');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/midad`;
    test = await buildTestApp('sqlite');
    newsroom = await seedNewsroom(test.services);
  });
  afterAll(async () => {
    await test.close();
    server.close();
  });

  async function signedIn(member: Newsroom['administrator'], address: string) {
    const browser = new TestBrowser(test.app, 'ar', address);
    await browser.submit('/admin/login', '/admin/login', { email: member.user.email, password });
    return browser;
  }

  it('registers a webhook, shows its secret once, and logs what it was sent', async () => {
    const admin = await signedIn(newsroom.administrator, '10.0.1.1');
    const empty = await admin.get('/admin/webhooks');
    expect(empty.status).toBe(200);
    expect(visibleText(empty.body)).toContain('لا خطافات بعد');

    const refused = await admin.submit('/admin/webhooks/new', '/admin/webhooks', {
      url: endpoint,
      description: 'تطبيق الهاتف',
      'events.article.published': 'on',
    });
    expect(refused.status).toBe(400);
    expect(fieldErrorOf(refused.body, 'webhook-url')).toContain('العنوان في شبكة داخلية');
    expect(refused.body).toContain('value="تطبيق الهاتف"');

    const noEvents = await admin.submit('/admin/webhooks/new', '/admin/webhooks', {
      url: endpoint,
      allowPrivate: 'on',
    });
    expect(noEvents.status).toBe(400);

    const created = await admin.submit('/admin/webhooks/new', '/admin/webhooks', {
      url: endpoint,
      description: 'تطبيق الهاتف',
      'events.article.published': 'on',
      allowPrivate: 'on',
    });
    expect(created.status).toBe(200);
    const secret = /id="webhook-secret"[^>]*value="([^"]+)"/.exec(created.body)?.[1] ?? '';
    expect(secret).toMatch(/^whsec_/);
    expect(visibleText(created.body)).toContain('لن يظهر مرة أخرى');

    const [webhook] = await test.services.webhooks.list(userActor(newsroom.administrator.user));
    const list = await admin.get('/admin/webhooks');
    expect(list.body).toContain(endpoint);
    expect(visibleText(list.body)).toContain('نُشر خبر');
    expect(list.body).not.toContain(secret);

    await makeArticle(test.services.context, { title: 'خبر للتطبيق' });
    await test.services.jobs.runDue();
    expect(heard).toBe(1);
    const page = await admin.get(`/admin/webhooks/${webhook?.id}`);
    expect(page.status).toBe(200);
    const text = visibleText(page.body);
    expect(text).toContain('وصل');
    expect(text).toContain('محاولة واحدة');
    expect(text).toContain('202');
    expect(text).toContain('قُبل');

    const off = await admin.submit(
      `/admin/webhooks/${webhook?.id}`,
      `/admin/webhooks/${webhook?.id}/disable`,
      {},
    );
    expect(off.location).toBe(`/admin/webhooks/${webhook?.id}?notice=webhook-disabled`);
    await makeArticle(test.services.context, { title: 'خبر ثان' });
    await test.services.jobs.runDue();
    expect(heard).toBe(1);

    const confirm = await admin.get(`/admin/webhooks/${webhook?.id}/delete`);
    expect(visibleText(confirm.body)).toContain('حذف هذا الخطاف؟');
    const deleted = await admin.submit(
      `/admin/webhooks/${webhook?.id}/delete`,
      `/admin/webhooks/${webhook?.id}/delete`,
      {},
    );
    expect(deleted.location).toBe('/admin/webhooks?notice=webhook-deleted');
    expect(await test.services.webhooks.list(userActor(newsroom.administrator.user))).toEqual([]);
  });

  it('is the administrators’ alone', async () => {
    const editor = await signedIn(newsroom.editor, '10.0.1.2');
    expect((await editor.get('/admin/webhooks')).status).toBe(403);
    expect((await editor.get('/admin/webhooks/new')).status).toBe(403);
    const home = await editor.get('/admin');
    expect(home.body).not.toContain('/admin/webhooks');
  });
});
