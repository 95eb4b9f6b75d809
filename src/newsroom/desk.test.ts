/**
 * The desk in a browser without JavaScript: the menu each role gets, the dashboard's four
 * lists, the article list's filters, Arabic-aware search and pages, and its workflow buttons —
 * offered only when the article service would allow them, refused (and nothing changed) when
 * forged or sent without the session's token, and confirmed first when they take something away.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userActor, type User } from '../accounts/presenters.js';
import type { ArticleCreateInput } from '../content/article-input.js';
import type { Person, Section } from '../content/types.js';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { makePerson, makeSection, paragraphs } from '../test-support/factories.js';
import { htmlAttributes, visibleText } from '../test-support/html.js';
import { csrfTokenOf, password, TestBrowser } from './test-factories.js';

const start = Date.parse('2026-10-14T09:00:00.000Z');

/** The menu's links, in order. */
function menuLinks(html: string): string[] {
  const menu = /<ul class="menu-list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...menu.matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? '');
}

/** One of the dashboard's panels. */
function panelOf(html: string, list: string): string {
  const opening = `aria-labelledby="dashboard-${list}"`;
  const from = html.indexOf(opening);
  if (from < 0) throw new Error(`no ${list} panel`);
  return html.slice(from, html.indexOf('</section>', from));
}

/** The workflow buttons the list offers for an article, by their action. */
function actionsOffered(html: string, id: number): string[] {
  return html
    .split('<form')
    .filter((form) => form.includes(`name="id" value="${id}"`))
    .map((form) => /name="action" value="([a-z]+)"/.exec(form)?.[1] ?? '');
}

/** The titles of the list's rows, in order. */
function rowTitles(html: string): string[] {
  return [
    ...html.matchAll(/<th scope="row"[^>]*><a href="\/admin\/articles\/\d+"[^>]*>([^<]+)</g),
  ].map((match) => match[1] ?? '');
}

describe.each(testDialects)('the desk on %s', (dialect) => {
  let test: TestApp;
  let n = 0;
  let section: Section;
  let pagedSection: Section;
  let writer: Person;
  const people = {} as Record<User['role'], { user: User; browser: TestBrowser }>;

  beforeAll(async () => {
    let tick = 0;
    test = await buildTestApp(dialect, { now: () => new Date(start + 1000 * tick++) });
    section = await makeSection(test.services.context, { name: 'طاقة' });
    pagedSection = await makeSection(test.services.context, { name: 'أسواق' });
    writer = await makePerson(test.services.context, { name: 'ريم سالم' });
    for (const role of ['administrator', 'editor', 'author', 'contributor'] as const) {
      people[role] = await signedIn(role);
    }
  });
  afterAll(() => test.close());

  async function signedIn(role: User['role'], language: User['language'] = 'ar') {
    n += 1;
    const user = await test.services.accounts.createUserWithPassword({
      email: `desk-${n}@news.example`,
      name: `عضو ${n}`,
      role,
      language,
      password,
    });
    const browser = new TestBrowser(test.app, 'ar', `198.51.100.${n}`);
    await browser.submit('/admin/login', '/admin/login', { email: user.email, password });
    return { user, browser };
  }

  function write(role: User['role'], input: Partial<ArticleCreateInput> & { title: string }) {
    return test.services.articles.create(userActor(people[role].user), { ...input });
  }

  const publishable = (title: string) => ({
    title,
    body: paragraphs('نص الخبر.'),
    sectionId: section.id,
  });

  /** Sends the list's button for `action` on article `id`, with the page's own token. */
  async function press(
    browser: TestBrowser,
    id: number,
    action: string,
    extra: Record<string, string> = {},
  ) {
    const article = await test.services.articles.get(userActor(people.administrator.user), id);
    const page = await browser.get(`/admin/articles?sectionId=${article.sectionId ?? ''}`);
    return browser.post('/admin/articles/actions', {
      _csrf: csrfTokenOf(page.body, '/admin/articles/actions'),
      id: String(id),
      version: String(article.version),
      action,
      ...extra,
    });
  }

  const statusOf = async (id: number) =>
    (await test.services.articles.get(userActor(people.administrator.user), id)).status;

  it('shows each role the screens it may use, and marks the one it is on', async () => {
    const everyone = [
      '/admin',
      '/admin/articles',
      '/admin/articles/new',
      '/admin/media',
      '/admin/tags',
      '/admin/account',
    ];
    const dashboard = (await people.contributor.browser.get('/admin')).body;
    const contributor = menuLinks(dashboard);
    expect(contributor.filter((href) => href.startsWith('/admin'))).toEqual(everyone);
    expect(contributor).toContain('/');
    // An Arabic page has no Latin word, its empty lists neither.
    const emptyList = (await people.contributor.browser.get('/admin/articles')).body;
    for (const page of [dashboard, emptyList]) {
      expect(visibleText(page)).not.toMatch(/[A-Za-z]/);
    }
    expect(emptyList).toContain('لا مقالات بعد.');

    const editor = menuLinks((await people.editor.browser.get('/admin')).body);
    expect(editor).toContain('/admin/sections');
    expect(editor).toContain('/admin/people');
    expect(editor).not.toContain('/admin/users');
    expect(editor).not.toContain('/admin/settings');

    const administrator = menuLinks((await people.administrator.browser.get('/admin')).body);
    for (const screen of ['/admin/users', '/admin/tokens', '/admin/settings']) {
      expect(administrator).toContain(screen);
    }

    const list = (await people.author.browser.get('/admin/articles?status=draft')).body;
    expect(list).toContain('<a href="/admin/articles" aria-current="page">المقالات</a>');
    expect(list).toContain('<a href="/admin">لوحة التحرير</a>');
    expect(list).toContain('<summary class="menu-toggle">القائمة</summary>');
  });

  it('puts what waits, what is scheduled, what went out and my own drafts on the dashboard', async () => {
    const empty = (await people.administrator.browser.get('/admin')).body;
    expect(panelOf(empty, 'drafts')).toContain('ليست لديك مسودات.');

    const inReview = await write('author', publishable('تقرير الطاقة الشهري'));
    await test.services.articles.transition(
      userActor(people.author.user),
      inReview.id,
      'submit',
      {},
    );
    for (const [title, scheduledAt] of [
      ['موازنة العام المقبل', '2026-10-20T09:00:00.000Z'],
      ['نتائج الربع الثالث', '2026-10-16T09:00:00.000Z'],
    ] as const) {
      await write('editor', { ...publishable(title), status: 'scheduled', scheduledAt });
    }
    await write('editor', { ...publishable('البورصة تغلق مرتفعة'), status: 'published' });
    await write('editor', { title: 'مسودة رئيس التحرير' });
    const contributorDraft = await write('contributor', { title: 'مسودة المراسل' });

    const page = await people.editor.browser.get('/admin');
    expect(page.status).toBe(200);
    expect(visibleText(page.body)).toContain('لوحة التحرير');
    const waiting = panelOf(page.body, 'inReview');
    expect(waiting).toContain(`href="/admin/articles/${inReview.id}"`);
    expect(waiting).toContain('تقرير الطاقة الشهري');
    expect(waiting).toContain('<span class="count">مقال واحد</span>');
    // 09:00 UTC is noon in Beirut in October, in the site's date style and digits.
    const scheduled = panelOf(page.body, 'scheduled');
    expect(scheduled).toContain(
      '<time datetime="2026-10-20T09:00:00.000Z">٢٠ تشرين الأول/أكتوبر ٢٠٢٦، ١٢:٠٠</time>',
    );
    // The soonest first.
    expect(scheduled.indexOf('نتائج الربع الثالث')).toBeLessThan(
      scheduled.indexOf('موازنة العام المقبل'),
    );
    expect(scheduled).toContain('<span class="count">مقالان</span>');
    expect(panelOf(page.body, 'published')).toContain('البورصة تغلق مرتفعة');
    const drafts = panelOf(page.body, 'drafts');
    expect(drafts).toContain('مسودة رئيس التحرير');
    expect(drafts).not.toContain('مسودة المراسل');

    const own = panelOf((await people.contributor.browser.get('/admin')).body, 'drafts');
    expect(own).toContain(`href="/admin/articles/${contributorDraft.id}"`);
  });

  it('filters the list by status, section, author and language, in a shareable address', async () => {
    const bylined = await write('editor', { title: 'حوار مع وزير الطاقة', authorIds: [writer.id] });
    const english = await write('editor', { title: 'Oil prices steady', language: 'en' });
    const browser = people.editor.browser;

    const byAuthor = await browser.get(`/admin/articles?authorId=${writer.id}&status=&language=`);
    expect(rowTitles(byAuthor.body)).toEqual(['حوار مع وزير الطاقة']);
    expect(byAuthor.body).toContain('مقال واحد، الصفحة ١ من ١');
    expect(byAuthor.body).toContain(`<option value="${writer.id}" selected>ريم سالم</option>`);
    expect(byAuthor.body).toContain('ريم سالم</td>');

    const inEnglish = (await browser.get('/admin/articles?language=en')).body;
    expect(rowTitles(inEnglish)).toEqual(['Oil prices steady']);
    // An English title on an Arabic page says so, for screen readers and for its direction.
    expect(inEnglish).toContain(
      `<a href="/admin/articles/${english.id}" lang="en" dir="ltr">Oil prices steady</a>`,
    );

    const drafts = rowTitles((await browser.get('/admin/articles?status=draft')).body);
    expect(drafts).toContain('حوار مع وزير الطاقة');
    expect(drafts).not.toContain('البورصة تغلق مرتفعة');

    const inSection = rowTitles(
      (await browser.get(`/admin/articles?sectionId=${section.id}`)).body,
    );
    expect(inSection).toContain('تقرير الطاقة الشهري');
    expect(inSection).not.toContain(bylined.title);

    const mine = rowTitles((await people.contributor.browser.get('/admin/articles?mine=1')).body);
    expect(mine).toEqual(['مسودة المراسل']);
  });

  it('finds a title however its Arabic is spelled: hamza, teh marbuta, tashkeel, digits', async () => {
    await write('editor', { title: 'أسعار الطّاقة تقفز في ٢٠٢٦' });
    await write('editor', { title: 'إنتاج القمح يتراجع' });
    const search = async (q: string) =>
      rowTitles(
        (await people.editor.browser.get(`/admin/articles?q=${encodeURIComponent(q)}`)).body,
      );
    for (const q of ['اسعار الطاقه', 'أَسْعَارُ', 'الطاقة 2026', 'اسعار ٢٠٢٦']) {
      expect(await search(q), q).toEqual(['أسعار الطّاقة تقفز في ٢٠٢٦']);
    }
    expect(await search('انتاج')).toEqual(['إنتاج القمح يتراجع']);
    const none = await people.editor.browser.get(
      `/admin/articles?q=${encodeURIComponent('زلزال')}`,
    );
    expect(none.body).toContain('لا مقال يطابق هذه التصفية.');
    expect(none.body).toContain('value="زلزال"');
  });

  it('pages through a long list, with the total, and sorts it', async () => {
    for (let i = 1; i <= 23; i += 1) {
      await write('editor', { title: `خبر الأسواق رقم ${i}`, sectionId: pagedSection.id });
    }
    const browser = people.editor.browser;
    const first = (await browser.get(`/admin/articles?sectionId=${pagedSection.id}`)).body;
    expect(first).toContain('٢٣ مقالًا، الصفحة ١ من ٢');
    expect(rowTitles(first)).toHaveLength(20);
    // Newest change first.
    expect(rowTitles(first)[0]).toBe('خبر الأسواق رقم 23');
    expect(first).toContain(
      `href="/admin/articles?sectionId=${pagedSection.id}&amp;page=2" rel="next"`,
    );
    expect(first).not.toContain('rel="prev"');

    const second = (await browser.get(`/admin/articles?sectionId=${pagedSection.id}&page=2`)).body;
    expect(rowTitles(second)).toEqual([
      'خبر الأسواق رقم 3',
      'خبر الأسواق رقم 2',
      'خبر الأسواق رقم 1',
    ]);
    expect(second).toContain(`href="/admin/articles?sectionId=${pagedSection.id}" rel="prev"`);

    const byTitle = await browser.get(`/admin/articles?sectionId=${pagedSection.id}&sort=title`);
    expect(rowTitles(byTitle.body).slice(0, 3)).toEqual([
      'خبر الأسواق رقم 1',
      'خبر الأسواق رقم 10',
      'خبر الأسواق رقم 11',
    ]);

    const beyond = (await browser.get(`/admin/articles?sectionId=${pagedSection.id}&page=9`)).body;
    expect(beyond).toContain('لا مقالات في هذه الصفحة.');
    expect(beyond).toContain(
      `href="/admin/articles?sectionId=${pagedSection.id}">إلى الصفحة الأولى`,
    );
  });

  it('offers each user only the workflow actions the article service allows them', async () => {
    const draft = await write('contributor', publishable('خبر من المراسل'));
    const published = await write('editor', {
      ...publishable('خبر منشور للتجربة'),
      status: 'published',
    });

    const asContributor = (
      await people.contributor.browser.get(`/admin/articles?sectionId=${section.id}`)
    ).body;
    expect(actionsOffered(asContributor, draft.id)).toEqual(['submit', 'delete']);
    expect(actionsOffered(asContributor, published.id)).toEqual([]);
    expect(asContributor).toContain('لا إجراءات متاحة لك');

    const asEditor = (await people.editor.browser.get(`/admin/articles?sectionId=${section.id}`))
      .body;
    expect(actionsOffered(asEditor, draft.id)).toEqual(['submit', 'publish', 'archive', 'delete']);
    expect(actionsOffered(asEditor, published.id)).toEqual(['unpublish', 'archive', 'delete']);
    // Each button names its article for a screen reader.
    expect(asEditor).toContain('انشر الآن<span class="visually-hidden"> «خبر من المراسل»</span>');
  });

  it('refuses a contributor’s forged publish (403) and changes nothing', async () => {
    const draft = await write('contributor', publishable('مسودة لا تُنشر'));
    const forged = await press(people.contributor.browser, draft.id, 'publish');
    expect(forged.status).toBe(403);
    expect(forged.body).toContain('لا تملك صلاحية القيام بهذا.');
    // The list comes back under the refusal, still marked as inside the articles screen.
    expect(forged.body).toContain('<a href="/admin/articles" aria-current="true">المقالات</a>');
    const after = await test.services.articles.get(userActor(people.editor.user), draft.id);
    expect(after).toMatchObject({ status: 'draft', version: draft.version });
  });

  it('refuses a button sent without the session’s token (403) and changes nothing', async () => {
    const article = await write('editor', publishable('خبر بلا رمز'));
    const browser = people.editor.browser;
    const fields = { id: String(article.id), version: String(article.version), action: 'publish' };
    const missing = await browser.post('/admin/articles/actions', fields);
    expect(missing.status).toBe(403);
    const wrong = await browser.post('/admin/articles/actions', {
      ...fields,
      _csrf: 'x'.repeat(43),
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body).toContain('role="alert"');
    expect(await statusOf(article.id)).toBe('draft');
  });

  it('publishes from the list and goes back to the same filtered page, saying so', async () => {
    const article = await write('author', publishable('خبر ينتظر النشر'));
    await test.services.articles.transition(
      userActor(people.author.user),
      article.id,
      'submit',
      {},
    );
    const published = await press(people.editor.browser, article.id, 'publish', {
      back: 'status=in_review&sort=title',
    });
    expect(published.status).toBe(303);
    expect(published.location).toBe(
      '/admin/articles?status=in_review&sort=title&notice=article-published',
    );
    expect(await statusOf(article.id)).toBe('published');
    const page = await people.editor.browser.get(published.location ?? '');
    expect(page.body).toContain('<div class="notice" role="status"><p>نُشر المقال.</p></div>');
    expect(rowTitles(page.body)).not.toContain('خبر ينتظر النشر');
  });

  it('says why a publish was refused and leaves the article as it was', async () => {
    const empty = await write('editor', { title: 'مسودة بلا نص', sectionId: section.id });
    const refused = await press(people.editor.browser, empty.id, 'publish');
    expect(refused.status).toBe(400);
    expect(refused.body).toContain('نص المقال: لا يمكن نشر مقال بلا نص.');
    expect(await statusOf(empty.id)).toBe('draft');

    const stale = await write('editor', publishable('خبر تغيّر في الأثناء'));
    await test.services.articles.update(userActor(people.editor.user), stale.id, {
      version: stale.version,
      subtitle: 'عنوان فرعي جديد',
    });
    const page = await people.editor.browser.get('/admin/articles');
    const outdated = await people.editor.browser.post('/admin/articles/actions', {
      _csrf: csrfTokenOf(page.body, '/admin/articles/actions'),
      id: String(stale.id),
      version: String(stale.version),
      action: 'publish',
    });
    expect(outdated.status).toBe(409);
    expect(await statusOf(stale.id)).toBe('draft');
  });

  it('asks before deleting or unpublishing, and does it only when confirmed', async () => {
    const doomed = await write('editor', publishable('خبر سيُحذف'));
    const asked = await press(people.editor.browser, doomed.id, 'delete', { back: 'q=سيحذف' });
    expect(asked.status).toBe(200);
    expect(asked.body).toContain('<h1>حذف المقال</h1>');
    expect(asked.body).toContain('هل تحذف «\u2068خبر سيُحذف\u2069» نهائيًا؟');
    expect(asked.body).toContain('name="confirmed" value="yes"');
    expect(asked.body).toContain('href="/admin/articles?q=%D8%B3%D9%8A%D8%AD%D8%B0%D9%81"');
    expect(await statusOf(doomed.id)).toBe('draft');

    const deleted = await people.editor.browser.post('/admin/articles/actions', {
      _csrf: csrfTokenOf(asked.body, '/admin/articles/actions'),
      id: String(doomed.id),
      version: String(doomed.version),
      action: 'delete',
      back: 'q=سيحذف',
      confirmed: 'yes',
    });
    expect(deleted.location).toBe(
      '/admin/articles?q=%D8%B3%D9%8A%D8%AD%D8%B0%D9%81&notice=article-deleted',
    );
    await expect(statusOf(doomed.id)).rejects.toThrow('not_found');

    const live = await write('editor', { ...publishable('خبر سيتوقف نشره'), status: 'published' });
    const unpublish = await press(people.editor.browser, live.id, 'unpublish');
    expect(unpublish.body).toContain('<h1>إيقاف نشر المقال</h1>');
    expect(await statusOf(live.id)).toBe('published');
  });

  it('says which filter it could not read (400), and lists nothing', async () => {
    const page = await people.editor.browser.get('/admin/articles?status=lost&page=0');
    expect(page.status).toBe(400);
    expect(page.body).toContain('role="alert"');
    expect(page.body).toContain('الحالة: يجب أن تكون القيمة إحدى هذه');
    expect(page.body).toContain('رقم الصفحة: الصيغة غير صحيحة.');
    expect(page.body).not.toContain('<table');
  });

  it('sends a signed-out visitor to sign in', async () => {
    const visitor = new TestBrowser(test.app);
    expect((await visitor.get('/admin/articles')).location).toBe('/admin/login');
    const posted = await visitor.post('/admin/articles/actions', { id: '1', action: 'delete' });
    expect(posted).toMatchObject({ status: 303, location: '/admin/login' });
  });

  it('speaks English left to right to a user who chose it, Arabic titles marked as such', async () => {
    const { browser } = await signedIn('editor', 'en');
    const list = (await browser.get(`/admin/articles?sectionId=${section.id}`)).body;
    expect(htmlAttributes(list)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(list).toContain('<th scope="col">Last changed</th>');
    expect(list).toMatch(/<a href="\/admin\/articles\/\d+" lang="ar" dir="rtl">/);
    const dashboard = (await browser.get('/admin')).body;
    expect(dashboard).toContain('<h1>Dashboard</h1>');
    expect(panelOf(dashboard, 'drafts')).toContain('You have no drafts.');
  });
});
