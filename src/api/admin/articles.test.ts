/**
 * The article lifecycle through the admin API, as a newsroom lives it: a contributor writes
 * and submits, an editor schedules, the scheduler publishes on time, two editors save at
 * once, someone restores an older revision — and bad input never leaves anything half-saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../core/unit-of-work.js';
import { buildTestApp, type TestApp } from '../../test-support/app.js';
import { testDialects } from '../../test-support/databases.js';
import { makeImage, makePerson, makeSection } from '../../test-support/factories.js';
import { adminApi, doc, seedNewsroom, type Newsroom } from '../../test-support/newsroom.js';

interface Article {
  id: number;
  status: string;
  version: number;
  slug: string;
  title: string;
  url: string | null;
  publishedAt: string | null;
  scheduledAt: string | null;
  updatedAt: string;
  ownerUserId: number | null;
  authorIds: number[];
  tagIds: number[];
  sectionId: number | null;
  actions: string[];
}
interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields?: { field: string; rule: string; message: string; params: Record<string, unknown> }[];
    [detail: string]: unknown;
  };
}

const minute = 60_000;

describe.each(testDialects)('the article lifecycle on %s', (dialect) => {
  let test: TestApp;
  let newsroom: Newsroom;
  let now = Date.parse('2026-12-02T08:00:00.000Z');
  let sectionId: number;

  beforeAll(async () => {
    test = await buildTestApp(dialect, { now: () => new Date(now) });
    newsroom = await seedNewsroom(test.services);
    sectionId = (await makeSection(test.services.context, { slug: 'energy', name: 'طاقة' })).id;
  });
  afterAll(() => test.close());

  const as = (member: keyof Newsroom, language = 'ar') =>
    adminApi(test.app, newsroom[member], language);
  const page = (path: string) => test.app.inject({ method: 'GET', url: path });
  const count = async () =>
    (
      await test.services.db.kysely
        .selectFrom('article')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;

  it('goes from a contributor’s draft to a story published on schedule', async () => {
    const created = await as('contributor').post<Article>('/articles', {
      title: 'روسيا وسوريا توقّعان اتفاقًا للطاقة',
      subtitle: 'اتفاق يشمل الكهرباء والنفط',
      body: doc('وقّع البلدان اتفاقًا جديدًا.', 'ويشمل الاتفاق إعادة تأهيل محطات الكهرباء.'),
      sectionId,
      tagNames: ['الطاقة', 'سوريا'],
    });
    expect(created.status).toBe(201);
    const article = created.body;
    expect(article).toMatchObject({
      status: 'draft',
      version: 1,
      slug: 'روسيا-وسوريا-توقعان-اتفاقا-للطاقة',
      ownerUserId: newsroom.contributor.user.id,
      url: null,
      actions: ['submit'],
    });
    expect(article.tagIds).toHaveLength(2);

    const refused = await as('contributor').post<ErrorBody>(`/articles/${article.id}/publish`);
    expect(refused.status).toBe(403);
    expect(
      (await as('contributor').post<Article>(`/articles/${article.id}/submit`)).body.status,
    ).toBe('in_review');

    // Two minutes ahead, written as the site's clock shows it (Beirut, UTC+2 in December).
    const scheduled = await as('editor').post<Article>(`/articles/${article.id}/schedule`, {
      scheduledAt: '2026-12-02T10:02',
    });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body).toMatchObject({
      status: 'scheduled',
      scheduledAt: '2026-12-02T08:02:00.000Z',
    });
    const permalink = `/article/${article.id}/${encodeURIComponent(article.slug)}`;
    expect((await page(permalink)).statusCode).toBe(404);

    // Not yet: nothing is due.
    now += minute;
    await test.services.jobs.runDue();
    expect((await page(permalink)).statusCode).toBe(404);

    now += minute + 1000;
    expect(await test.services.jobs.runDue()).toBe(1);
    const live = await page(permalink);
    expect(live.statusCode).toBe(200);
    expect(live.body).toContain('روسيا وسوريا توقّعان اتفاقًا للطاقة');
    const published = await as('editor').get<Article>(`/articles/${article.id}`);
    expect(published.body).toMatchObject({
      status: 'published',
      publishedAt: '2026-12-02T08:02:01.000Z',
      scheduledAt: null,
      url: permalink,
    });
    // Running the queue again publishes nothing twice.
    expect(await test.services.jobs.runDue()).toBe(0);
    const history = await as('editor').get<{ items: { kind: string; actorName: string }[] }>(
      `/articles/${article.id}/revisions`,
    );
    expect(history.body.items.map((r) => [r.kind, r.actorName])).toEqual([
      ['status', '@scheduler'],
      ['status', 'رئيس التحرير'],
      ['status', 'مراسل متعاون'],
      ['created', 'مراسل متعاون'],
    ]);
  });

  it('keeps one of two concurrent saves, refuses the other with a clear 409, and loses nothing', async () => {
    const { body: article } = await as('editor').post<Article>('/articles', {
      title: 'أسعار الذهب اليوم',
      body: doc('استقرت أسعار الذهب.'),
    });
    const [first, second] = await Promise.all(
      [
        as('editor').patch<Article>(`/articles/${article.id}`, {
          version: 1,
          body: doc('ارتفعت أسعار الذهب بعد بيانات التضخم.'),
        }),
        as('author').patch<Article>(`/articles/${article.id}`, {
          version: 1,
          title: 'الذهب يرتفع',
        }),
      ].map(async (call, i) => ({ i, ...(await call) })),
    );
    const statuses = [first?.status, second?.status].sort();
    // The author may not edit the editor's article: check the real race between equals below.
    expect(statuses).toContain(200);

    const { body: shared } = await as('editor').post<Article>('/articles', {
      title: 'تقرير سوق العمل',
      body: doc('النص الأول.'),
    });
    const results = await Promise.all([
      as('editor').patch<Article & ErrorBody>(`/articles/${shared.id}`, {
        version: 1,
        body: doc('نسخة رئيس التحرير.'),
      }),
      as('administrator').patch<Article & ErrorBody>(`/articles/${shared.id}`, {
        version: 1,
        body: doc('نسخة مديرة الموقع.'),
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const saved = results.find((r) => r.status === 200);
    const conflict = results.find((r) => r.status === 409);
    const winner = saved === results[0] ? 'رئيس التحرير' : 'مديرة الموقع';
    expect(conflict?.body.error.code).toBe('version_conflict');
    expect(conflict?.body.error.message).toContain(`حفظ ${winner} نسخة أحدث`);
    expect(conflict?.body.error).toMatchObject({ currentVersion: 2, yourVersion: 1 });
    const refusedId = conflict?.body.error.refusedRevisionId as number;
    const kept = await as('editor').get<{ kind: string; article: { body: unknown } }>(
      `/articles/${shared.id}/revisions/${refusedId}`,
    );
    expect(kept.body.kind).toBe('refused');
    expect(JSON.stringify(kept.body.article.body)).toContain(
      winner === 'رئيس التحرير' ? 'نسخة مديرة الموقع' : 'نسخة رئيس التحرير',
    );
    expect((await as('editor').get<Article>(`/articles/${shared.id}`)).body.version).toBe(2);
  });

  it('lists revisions, diffs two word by word, and restores one as a new revision', async () => {
    const { body: article } = await as('author').post<Article>('/articles', {
      title: 'البنك المركزي يرفع الفائدة',
      body: doc('رفع البنك المركزي سعر الفائدة نصف نقطة.'),
    });
    await as('author').patch(`/articles/${article.id}`, {
      version: 1,
      title: 'البنك المركزي يثبّت الفائدة',
      body: doc('أبقى البنك المركزي سعر الفائدة دون تغيير.'),
    });
    const { body: history } = await as('author').get<{ items: { id: number; version: number }[] }>(
      `/articles/${article.id}/revisions`,
    );
    const [latest, original] = history.items;
    const diff = await as('author').get<{
      title: { kind: string; text: string }[];
      changedFields: string[];
    }>(`/articles/${article.id}/revisions/${original?.id}/diff?to=${latest?.id}`);
    expect(diff.status).toBe(200);
    expect(diff.body.title).toEqual([
      { kind: 'equal', text: 'البنك المركزي ' },
      { kind: 'deleted', text: 'يرفع' },
      { kind: 'inserted', text: 'يثبّت' },
      { kind: 'equal', text: ' الفائدة' },
    ]);
    expect(diff.body.changedFields).toEqual(['title', 'body']);

    const stale = await as('author').post<ErrorBody>(
      `/articles/${article.id}/revisions/${original?.id}/restore`,
      { version: 1 },
    );
    expect(stale.status).toBe(409);
    const restored = await as('author').post<Article>(
      `/articles/${article.id}/revisions/${original?.id}/restore`,
      { version: 2 },
    );
    expect(restored.body).toMatchObject({ title: 'البنك المركزي يرفع الفائدة', version: 3 });
    const after = await as('author').get<{ items: { kind: string }[] }>(
      `/articles/${article.id}/revisions`,
    );
    expect(after.body.items[0]?.kind).toBe('restored');
  });

  it('sends the body back whole, every node with its marks and attributes', async () => {
    const body = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'الأسعار' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'ارتفع ' },
            { type: 'text', marks: [{ type: 'strong' }], text: 'الذهب' },
          ],
        },
      ],
    };
    const { body: created } = await as('author').post<Article & { body: unknown }>('/articles', {
      title: 'الذهب يرتفع',
      body,
    });
    expect(created.body).toEqual(body);
    const { body: read } = await as('author').get<{ body: unknown }>(`/articles/${created.id}`);
    expect(read.body).toEqual(body);
  });

  it('keeps one revision per sitting: saves minutes apart by one person replace it', async () => {
    const { body: article } = await as('author').post<Article>('/articles', {
      title: 'مسودة تُحفظ تلقائيًا',
      body: doc('السطر الأول.'),
    });
    const save = async (member: keyof Newsroom, version: number, text: string) => {
      const saved = await as(member).patch<Article>(`/articles/${article.id}`, {
        version,
        body: doc(text),
      });
      expect(saved.status).toBe(200);
      now += 3 * minute;
    };
    await save('author', 1, 'السطر الأول، وسطر ثانٍ.');
    await save('author', 2, 'السطر الأول، وسطر ثانٍ، وثالث.');
    await save('editor', 3, 'تدقيق المحرر.');
    now += 20 * minute;
    await save('editor', 4, 'تدقيق المحرر بعد استراحة.');
    const { body: history } = await as('author').get<{
      items: { id: number; kind: string; version: number }[];
    }>(`/articles/${article.id}/revisions`);
    expect(history.items.map((r) => [r.kind, r.version])).toEqual([
      ['saved', 5],
      ['saved', 4],
      ['saved', 3],
      ['created', 1],
    ]);
    // The author's sitting is one revision, holding its last save.
    const sitting = await as('author').get<{ article: { body: unknown } }>(
      `/articles/${article.id}/revisions/${history.items[2]?.id}`,
    );
    expect(JSON.stringify(sitting.body.article.body)).toContain('وثالث');
  });

  it('refuses to publish while an image lacks alt text, naming the image, and changes nothing', async () => {
    const { context, mediaStore } = test.services;
    const image = await makeImage(context, mediaStore, { alt: '' });
    const { body: article } = await as('editor').post<Article>('/articles', {
      title: 'محطة شمسية جديدة',
      body: doc('افتُتحت محطة شمسية.'),
      featuredImageId: image.id,
    });
    const refused = await as('editor').post<ErrorBody>(`/articles/${article.id}/publish`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({
        field: 'featuredImageId',
        rule: 'missing_alt',
        message: `الصورة رقم ${new Intl.NumberFormat('ar-u-nu-arab').format(image.id)} تحتاج إلى نص بديل يصف ما فيها قبل النشر.`,
      }),
    ]);
    expect((await as('editor').get<Article>(`/articles/${article.id}`)).body).toMatchObject({
      status: 'draft',
      version: 1,
    });
  });

  it('stamps the publication time once; a later edit only marks an update', async () => {
    const { body: article } = await as('editor').post<Article>('/articles', {
      title: 'خبر يُنشر ثم يُحدّث',
      body: doc('النص.'),
    });
    const published = await as('editor').post<Article>(`/articles/${article.id}/publish`);
    const firstTime = published.body.publishedAt;
    now += 10 * minute;
    await as('editor').post(`/articles/${article.id}/unpublish`);
    now += 10 * minute;
    const again = await as('editor').post<Article>(`/articles/${article.id}/publish`);
    expect(again.body.publishedAt).toBe(firstTime);
    now += 10 * minute;
    const edited = await as('editor').patch<Article>(`/articles/${article.id}`, {
      version: again.body.version,
      subtitle: 'تحديث',
    });
    expect(edited.body.publishedAt).toBe(firstTime);
    expect(edited.body.updatedAt).toBe(new Date(now).toISOString());
  });

  it('keeps an old address working when the slug changes', async () => {
    const { body: article } = await as('editor').post<Article>('/articles', {
      title: 'عنوان أول',
      body: doc('النص.'),
      status: 'published',
    });
    const renamed = await as('editor').patch<Article>(`/articles/${article.id}`, {
      version: article.version,
      slug: 'عنوان ثان',
    });
    expect(renamed.body.slug).toBe('عنوان-ثان');
    const old = await page(`/article/${article.id}/${encodeURIComponent('عنوان-أول')}`);
    expect(old.statusCode).toBe(301);
    expect(old.headers.location).toBe(`/article/${article.id}/${encodeURIComponent('عنوان-ثان')}`);
    const taken = await as('editor').post<ErrorBody>('/articles', {
      title: 'آخر',
      slug: 'عنوان ثان',
    });
    expect(taken.status).toBe(400);
    expect(taken.body.error.fields?.[0]).toMatchObject({ field: 'slug', rule: 'taken' });
    // A slug made from a title that is taken gets a number instead.
    const twin = await as('editor').post<Article>('/articles', { title: 'عنوان ثان' });
    expect(twin.body.slug).toBe('عنوان-ثان-2');
  });

  it('answers bad input with every field at fault, in the caller’s language, and writes nothing', async () => {
    const before = await count();
    const bad = await as('editor').post<ErrorBody>('/articles', {
      title: '',
      subtitle: 12,
      sectionId: 'energy',
      tagIds: [0],
      titel: 'typo',
      body: { type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_input');
    expect(bad.body.error.fields?.map((f) => [f.field, f.rule])).toEqual(
      expect.arrayContaining([
        ['title', 'required'],
        ['subtitle', 'wrong_type'],
        ['sectionId', 'wrong_type'],
        ['tagIds.0', 'too_small'],
        ['titel', 'unknown_field'],
      ]),
    );
    expect(bad.body.error.fields?.find((f) => f.field === 'title')?.message).toBe(
      'العنوان: هذا الحقل مطلوب.',
    );
    const english = await as('editor', 'en').post<ErrorBody>('/articles', {
      title: 'x'.repeat(301),
    });
    expect(english.body.error.fields?.[0]?.message).toBe('Title: at most 300 characters.');
    const rules = await as('editor').post<ErrorBody>('/articles', {
      title: 'خبر',
      body: { type: 'doc', content: [{ type: 'script', text: 'alert(1)' }] },
      sectionId: 424242,
      sourceUrl: 'javascript:alert(1)',
      authorIds: [424242],
    });
    expect(rules.body.error.fields?.map((f) => [f.field, f.rule])).toEqual([
      ['body', 'invalid_document'],
      ['sourceUrl', 'unsafe_url'],
      ['sectionId', 'not_found'],
      ['authorIds.0', 'not_found'],
    ]);
    const past = await as('editor').post<ErrorBody>('/articles', {
      title: 'خبر',
      body: doc('نص.'),
      status: 'scheduled',
      scheduledAt: '2001-01-01T00:00',
    });
    expect(past.body.error.fields?.[0]).toMatchObject({ field: 'scheduledAt', rule: 'in_past' });
    const when = await as('editor').post<ErrorBody>('/articles', {
      title: 'خبر',
      status: 'scheduled',
      scheduledAt: 'غدًا صباحًا',
    });
    expect(when.body.error.fields?.[0]).toMatchObject({
      field: 'scheduledAt',
      rule: 'invalid_datetime',
    });
    expect(await count()).toBe(before);
  });

  it('answers every failure as JSON with the catalogue’s status, never HTML', async () => {
    const anonymous = adminApi(test.app);
    expect((await anonymous.get<ErrorBody>('/articles')).body.error.code).toBe('unauthenticated');
    const badToken = await test.app.inject({
      url: '/api/v1/admin/articles',
      headers: { authorization: 'Bearer mdt_nope' },
    });
    expect(badToken.statusCode).toBe(401);
    expect(badToken.headers['www-authenticate']).toBe('Bearer realm="midad"');
    const headers = { authorization: `Bearer ${newsroom.editor.token}` };
    const textBody = await test.app.inject({
      method: 'POST',
      url: '/api/v1/admin/articles',
      headers: { ...headers, 'content-type': 'text/plain' },
      payload: 'title=x',
    });
    expect([textBody.statusCode, (JSON.parse(textBody.body) as ErrorBody).error.code]).toEqual([
      415,
      'unsupported_media_type',
    ]);
    const huge = await test.app.inject({
      method: 'POST',
      url: '/api/v1/admin/articles',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ title: 'x', body: doc('ن'.repeat(2_000_000)) }),
    });
    expect([huge.statusCode, (JSON.parse(huge.body) as ErrorBody).error.code]).toEqual([
      413,
      'payload_too_large',
    ]);
    const broken = await test.app.inject({
      method: 'POST',
      url: '/api/v1/admin/articles',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: '{"title": ',
    });
    expect([broken.statusCode, (JSON.parse(broken.body) as ErrorBody).error.code]).toEqual([
      400,
      'malformed_request',
    ]);
    for (const url of [
      '/api/v1/nothing',
      '/api/v1/admin/nothing',
      '/api/v1/admin/articles/999999',
    ]) {
      const response = await test.app.inject({ url, headers });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/json');
    }
    const notANumber = await test.app.inject({ url: '/api/v1/admin/articles/abc', headers });
    expect(notANumber.statusCode).toBe(400);
  });

  it('lists articles for the desk with filters, sorting and totals', async () => {
    const person = await makePerson(test.services.context, { name: 'كاتبة الفلاتر' });
    for (const title of ['أول للفلترة', 'ثان للفلترة', 'ثالث للفلترة']) {
      await as('editor').post('/articles', { title, authorIds: [person.id], sectionId });
    }
    const list = await as('editor').get<{ items: Article[]; total: number; perPage: number }>(
      `/articles?authorId=${person.id}&sort=title&perPage=2&status=draft,in_review`,
    );
    expect(list.body.total).toBe(3);
    expect(list.body.items.map((a) => a.title)).toEqual(['أول للفلترة', 'ثالث للفلترة']);
    const q = await as('editor').get<{ items: Article[] }>(
      `/articles?q=${encodeURIComponent('ثان للفلترة')}`,
    );
    expect(q.body.items.map((a) => a.title)).toEqual(['ثان للفلترة']);
    const bad = await as('editor').get<ErrorBody>('/articles?status=lost&perPage=1000');
    expect(bad.body.error.fields?.map((f) => f.field).sort()).toEqual(['perPage', 'status.0']);
  });

  it('records each change as one event, written with it', async () => {
    const heard: string[] = [];
    const stop = test.services.bus.on('*', (event) => void heard.push(event.type));
    const { body: article } = await as('editor').post<Article>('/articles', {
      title: 'خبر للأحداث',
      body: doc('نص.'),
      sectionId,
    });
    await as('editor').post(`/articles/${article.id}/publish`);
    await as('editor').post(`/articles/${article.id}/unpublish`);
    await as('editor').delete(`/articles/${article.id}`);
    stop();
    expect(heard).toEqual([
      'article.created',
      'article.published',
      'article.unpublished',
      'article.deleted',
    ]);
    const stored = await inTransaction(test.services.context, (uow) =>
      uow.events.listAfter(0, 10_000),
    );
    const published = stored.find(
      (e) =>
        e.type === 'article.published' &&
        'articleId' in e.payload &&
        e.payload.articleId === article.id,
    );
    expect(published?.payload).toMatchObject({
      sectionIds: [sectionId],
      isPublic: true,
      wasPublic: false,
    });
  });
});
