/**
 * Merging tags through the admin API, as an editor tidying the tag list does it: every article
 * of the merged tag ends up under the surviving one (once), the old tag page answers with a
 * redirect, and a merge that breaks a rule — or comes from an author — changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test-support/app.js';
import { testDialects } from '../../test-support/databases.js';
import { makeArticle, makeTag } from '../../test-support/factories.js';
import { adminApi, seedNewsroom, type Newsroom } from '../../test-support/newsroom.js';

interface Tag {
  id: number;
  slug: string;
  name: string;
  language: string;
  url: string;
}
interface Answer {
  tagIds: number[];
  error: {
    code: string;
    message: string;
    fields?: { field: string; rule: string; message: string }[];
  };
}

describe.each(testDialects)('merging tags through the admin API on %s', (dialect) => {
  let test: TestApp;
  let newsroom: Newsroom;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
    newsroom = await seedNewsroom(test.services);
  });
  afterAll(() => test.close());

  const as = (member: keyof Newsroom, language = 'ar') =>
    adminApi(test.app, newsroom[member], language);
  const tagsOf = async (articleId: number) =>
    (await as('editor').get<Answer>(`/articles/${articleId}`)).body.tagIds;

  it('moves every article to the surviving tag, once, and redirects the old tag page', async () => {
    const context = test.services.context;
    const merged = await makeTag(context, { name: 'الطاقة الشمسية', slug: 'طاقة-شمسية' });
    const survivor = await makeTag(context, { name: 'الطاقة المتجددة', slug: 'طاقة-متجددة' });
    const hadMerged = await makeArticle(context, { tagIds: [merged.id] });
    const hadBoth = await makeArticle(context, { tagIds: [survivor.id, merged.id] });

    const response = await as('editor').post<Tag>(`/tags/${merged.id}/merge`, {
      into: survivor.id,
    });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: survivor.id,
      slug: 'طاقة-متجددة',
      name: 'الطاقة المتجددة',
      language: 'ar',
      url: `/tag/${encodeURIComponent('طاقة-متجددة')}`,
    });
    expect(await tagsOf(hadMerged)).toEqual([survivor.id]);
    expect(await tagsOf(hadBoth)).toEqual([survivor.id]);
    expect((await as('editor').get(`/tags/${merged.id}`)).status).toBe(404);
    const oldPage = await test.app.inject({
      url: `/tag/${encodeURIComponent('طاقة-شمسية')}`,
    });
    expect(oldPage.statusCode).toBe(301);
    expect(oldPage.headers.location).toBe(`/tag/${encodeURIComponent('طاقة-متجددة')}`);
  });

  it('refuses a merge into itself or into another language, in Arabic, changing nothing', async () => {
    const context = test.services.context;
    const tag = await makeTag(context, { name: 'أوبك', slug: 'أوبك' });
    const english = await makeTag(context, { name: 'OPEC', slug: 'opec', language: 'en' });
    const article = await makeArticle(context, { tagIds: [tag.id] });

    const itself = await as('editor').post<Answer>(`/tags/${tag.id}/merge`, { into: tag.id });
    expect(itself.status).toBe(400);
    expect(itself.body.error.fields).toEqual([
      {
        field: 'into',
        rule: 'merge_into_itself',
        params: {},
        message: 'الوسم الذي يُدمج فيه: لا يُدمج وسم في نفسه؛ اختر وسمًا آخر.',
      },
    ]);
    const across = await as('editor', 'en').post<Answer>(`/tags/${tag.id}/merge`, {
      into: english.id,
    });
    expect(across.status).toBe(400);
    expect(across.body.error.fields?.[0]?.message).toBe(
      'Tag to merge into: “OPEC” is in another language; a tag merges only into a tag of its own language.',
    );
    const empty = await as('editor').post<Answer>(`/tags/${tag.id}/merge`, {});
    expect(empty.body.error.fields?.map((f) => [f.field, f.rule])).toEqual([['into', 'required']]);

    expect((await as('editor').get<Tag>(`/tags/${tag.id}`)).body).toMatchObject({ name: 'أوبك' });
    expect((await as('editor').get(`/tags/${english.id}`)).status).toBe(200);
    expect(await tagsOf(article)).toEqual([tag.id]);
    const page = await test.app.inject({ url: `/tag/${encodeURIComponent('أوبك')}` });
    expect(page.statusCode).not.toBe(301);
  });

  it('refuses authors and contributors with 403, changing nothing', async () => {
    const context = test.services.context;
    const from = await makeTag(context, { name: 'القمح', slug: 'القمح' });
    const into = await makeTag(context, { name: 'الحبوب', slug: 'الحبوب' });
    const article = await makeArticle(context, { tagIds: [from.id] });
    for (const member of ['author', 'contributor'] as const) {
      const refused = await as(member).post<Answer>(`/tags/${from.id}/merge`, { into: into.id });
      expect(refused.status, member).toBe(403);
      expect(refused.body.error.message).toBe('لا تملك صلاحية القيام بهذا.');
    }
    expect((await as('editor').get(`/tags/${from.id}`)).status).toBe(200);
    expect(await tagsOf(article)).toEqual([from.id]);
  });

  it('describes the merge in the OpenAPI document', async () => {
    const response = await test.app.inject({ url: '/api/v1/admin/openapi.json' });
    const document = JSON.parse(response.body) as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const merge = document.paths['/api/v1/admin/tags/{id}/merge']?.post;
    expect(Object.keys(merge?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '403', '404']),
    );
  });
});
