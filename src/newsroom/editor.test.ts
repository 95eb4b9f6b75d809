/**
 * The editor's pages over HTTP: who may open them, what they hand the browser code, how the
 * bundle is served, the preview of an unpublished article, and the slug check the editor
 * calls while a slug is typed. The editor itself is tried in Chromium (e2e/editor.test.ts).
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditorConfig } from './editor-config.js';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { adminApi, seedNewsroom, type Newsroom } from '../test-support/newsroom.js';
import { password, TestBrowser } from './test-factories.js';

describe.each(testDialects)('the article editor on %s', (dialect) => {
  let test: TestApp;
  let newsroom: Newsroom;
  let draftId: number;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
    newsroom = await seedNewsroom(test.services);
    const draft = await adminApi(test.app, newsroom.contributor).post<{ id: number }>('/articles', {
      title: 'مسودة عن أسعار الطاقة',
      slug: 'أسعار-الطاقة',
    });
    draftId = draft.body.id;
  });
  afterAll(() => test.close());

  async function signedIn(email: string) {
    const browser = new TestBrowser(test.app);
    const page = await browser.submit('/admin/login', '/admin/login', { email, password });
    expect(page.status).toBe(303);
    return browser;
  }

  function editorOf(html: string) {
    const { document } = parseHTML(html);
    const root = document.querySelector('#editor');
    const script = document.querySelector('script[type="module"]');
    return {
      config: JSON.parse(root?.getAttribute('data-editor') ?? 'null') as EditorConfig | null,
      script: script?.getAttribute('src') ?? null,
      heading: document.querySelector('h1')?.textContent ?? null,
    };
  }

  it('sends anyone not signed in to sign in', async () => {
    for (const path of ['/admin/articles/new', `/admin/articles/${draftId}`]) {
      const page = await new TestBrowser(test.app).get(path);
      expect(page.status).toBe(303);
      expect(page.location).toBe('/admin/login');
    }
  });

  it('opens an article with what the editor needs, and its own script', async () => {
    const browser = await signedIn(newsroom.contributor.user.email);
    const page = await browser.get(`/admin/articles/${draftId}`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const { config, script, heading } = editorOf(page.body);
    expect(heading).toBe('تحرير: مسودة عن أسعار الطاقة');
    expect(config?.article).toMatchObject({ id: draftId, slug: 'أسعار-الطاقة', status: 'draft' });
    expect(config?.csrfToken).toMatch(/\S{20,}/);
    expect(config?.language).toBe('ar');
    // A contributor may send a draft to review, never publish it.
    expect(config?.article?.actions).toContain('submit');
    expect(config?.article?.actions).not.toContain('publish');

    expect(script).toMatch(/^\/admin\/assets\/client\/editor\.[A-Z0-9]+\.js$/);
    const bundle = await test.app.inject({ url: script ?? '' });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['content-type']).toContain('text/javascript');
    expect(bundle.headers['cache-control']).toContain('immutable');
    expect(bundle.body).toContain('ProseMirror');
  });

  it('opens an empty editor for a new article', async () => {
    const browser = await signedIn(newsroom.contributor.user.email);
    const { config, heading } = editorOf((await browser.get('/admin/articles/new')).body);
    expect(heading).toBe('مقال جديد');
    expect(config?.article).toBeNull();
    expect(config?.defaultLanguage).toBe('ar');
  });

  it('answers an article that does not exist with the newsroom’s 404 page', async () => {
    const browser = await signedIn(newsroom.editor.user.email);
    for (const path of [
      '/admin/articles/999999',
      '/admin/articles/x',
      '/admin/articles/999999/preview',
    ]) {
      const page = await browser.get(path);
      expect(page.status).toBe(404);
      expect(page.body).toContain('dir="rtl"');
    }
    const missing = await test.app.inject({ url: '/admin/assets/client/editor.NOPE.js' });
    expect(missing.statusCode).toBe(404);
  });

  it('previews a draft as the public page, with the public site’s headers', async () => {
    const browser = await signedIn(newsroom.contributor.user.email);
    const page = await browser.get(`/admin/articles/${draftId}/preview`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'none'");
    expect(page.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(page.headers['cache-control']).toBe('no-store');
    const { document } = parseHTML(page.body);
    expect(document.querySelector('h1')?.textContent).toBe('مسودة عن أسعار الطاقة');
    // Readers themselves still cannot see it.
    const reader = await test.app.inject({ url: `/article/${draftId}` });
    expect(reader.statusCode).toBe(404);
  });

  it('tells the editor whether a slug is free, as it would be stored', async () => {
    const api = adminApi(test.app, newsroom.author);
    const taken = await api.get('/articles/slug-check?slug=' + encodeURIComponent('أسعار الطاقة'));
    expect(taken.body).toEqual({ slug: 'أسعار-الطاقة', available: false });
    const own = await api.get(
      `/articles/slug-check?exceptId=${draftId}&slug=` + encodeURIComponent('أسعار-الطاقة'),
    );
    expect(own.body).toEqual({ slug: 'أسعار-الطاقة', available: true });
    const empty = await api.get('/articles/slug-check?slug=' + encodeURIComponent('؟!'));
    expect(empty.body).toEqual({ slug: '', available: false });
  });
});
