/**
 * The management screens over HTTP, as each role meets them: who may open which screen (and
 * that a forged form from anyone else is refused with 403 and changes nothing), making,
 * changing, moving and deleting sections, tags and people, users and invitations, API tokens
 * and the site settings — with the services' messages in Arabic, and what was typed kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userActor } from '../accounts/presenters.js';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { makeArticle, makePerson, makeSection, makeTag } from '../test-support/factories.js';
import { htmlAttributes, visibleText } from '../test-support/html.js';
import { seedNewsroom, type Member, type Newsroom } from '../test-support/newsroom.js';
import { csrfTokenOf, fieldErrorOf, password, TestBrowser } from './test-factories.js';

describe.each(testDialects)('newsroom management screens on %s', (dialect) => {
  let test: TestApp;
  let newsroom: Newsroom;
  let address = 0;

  beforeAll(async () => {
    test = await buildTestApp(dialect, { now: new Date('2026-10-14T09:00:00.000Z') });
    newsroom = await seedNewsroom(test.services);
  });
  afterAll(() => test.close());

  /** A browser signed in as `member`, from an address of its own (sign-ins are rate limited). */
  async function signedIn(member: Member): Promise<TestBrowser> {
    address += 1;
    const browser = new TestBrowser(test.app, 'ar', `10.0.0.${address}`);
    const signIn = await browser.submit('/admin/login', '/admin/login', {
      email: member.user.email,
      password,
    });
    expect(signIn.status).toBe(303);
    return browser;
  }

  /** The visible text of the list items of a page, in order. */
  function itemTitles(html: string): string[] {
    return [...html.matchAll(/class="item-title"[^>]*>([^<]+)</g)].map((m) => m[1] ?? '');
  }

  describe('who may open what', () => {
    it('sends a visitor who is not signed in to sign in', async () => {
      for (const path of ['/admin/sections', '/admin/users', '/admin/settings', '/admin/tags']) {
        const page = await new TestBrowser(test.app).get(path);
        expect(page, path).toMatchObject({ status: 303, location: '/admin/login' });
      }
    });

    it('refuses an author the editors’ and administrators’ screens with a 403 page', async () => {
      const author = await signedIn(newsroom.author);
      for (const path of [
        '/admin/sections',
        '/admin/sections/new',
        '/admin/people',
        '/admin/users',
        '/admin/tokens',
        '/admin/tokens/new',
        '/admin/settings',
      ]) {
        const page = await author.get(path);
        expect(page.status, path).toBe(403);
        expect(page.body, path).toContain('لا تملك صلاحية القيام بهذا.');
      }
    });

    it('refuses an editor the administrators’ screens but opens sections and people', async () => {
      const editor = await signedIn(newsroom.editor);
      expect((await editor.get('/admin/users')).status).toBe(403);
      expect((await editor.get('/admin/tokens')).status).toBe(403);
      expect((await editor.get('/admin/settings')).status).toBe(403);
      expect((await editor.get('/admin/sections')).status).toBe(200);
      expect((await editor.get('/admin/people')).status).toBe(200);
    });

    it('refuses an author’s forged forms with 403 and changes nothing', async () => {
      const author = await signedIn(newsroom.author);
      const token = csrfTokenOf((await author.get('/admin/tags')).body, '/admin/logout');
      const target = newsroom.editor.user;
      const settingsBefore = await test.services.reader.getSettings();

      const role = await author.post(`/admin/users/${target.id}/role`, {
        _csrf: token,
        role: 'author',
      });
      const disable = await author.post(`/admin/users/${target.id}/disable`, { _csrf: token });
      const settings = await author.post('/admin/settings', {
        _csrf: token,
        'siteName.ar': 'موقع مخترق',
      });
      const section = await author.post('/admin/sections', { _csrf: token, name: 'قسم دخيل' });
      const tokenForm = await author.post('/admin/tokens', {
        _csrf: token,
        name: 'دخيل',
        role: 'editor',
      });
      for (const refused of [role, disable, settings, section, tokenForm]) {
        expect(refused.status).toBe(403);
      }
      const system = userActor(newsroom.administrator.user);
      const after = await test.services.accounts.getUser(system, target.id);
      expect(after).toMatchObject({ role: 'editor', isDisabled: false });
      expect(await test.services.reader.getSettings()).toEqual(settingsBefore);
      const sections = await test.services.taxonomy.sections(system);
      expect(sections.map((s) => s.name)).not.toContain('قسم دخيل');
      const tokens = await test.services.accounts.listTokens(system);
      expect(tokens.map((t) => t.name)).not.toContain('دخيل');
    });

    it('lets an author see the tags but not change them', async () => {
      const tag = await makeTag(test.services.context, { name: 'الذهب', slug: 'الذهب' });
      const author = await signedIn(newsroom.author);
      const page = await author.get(`/admin/tags?q=${encodeURIComponent('الذهب')}`);
      expect(page.status).toBe(200);
      expect(itemTitles(page.body)).toContain('الذهب');
      expect(page.body).not.toContain(`/admin/tags/${tag.id}/delete`);
      expect((await author.get(`/admin/tags/${tag.id}`)).status).toBe(403);
      expect((await author.get(`/admin/tags/${tag.id}/delete`)).status).toBe(403);
    });
  });

  describe('in each user’s language', () => {
    it('speaks English left to right to a user who chose it', async () => {
      const user = await test.services.accounts.createUserWithPassword({
        email: 'english.editor@news.example',
        name: 'Nadia',
        role: 'editor',
        password,
        language: 'en',
      });
      const browser = await signedIn({ user, token: '' });
      for (const [path, heading] of [
        ['/admin/sections', 'Sections'],
        ['/admin/people', 'Authors'],
        ['/admin/tags', 'Tags'],
      ] as const) {
        const page = await browser.get(path);
        expect(htmlAttributes(page.body), path).toEqual({ lang: 'en', dir: 'ltr' });
        expect(page.body, path).toContain(`<h1>${heading}</h1>`);
      }
      const refused = await browser.submit('/admin/sections/new', '/admin/sections', {
        name: '',
        language: 'en',
        parentId: '',
      });
      expect(fieldErrorOf(refused.body, 'section-name')).toBe('Name: this field is required.');
    });
  });

  describe('sections', () => {
    it('creates a section with its Arabic slug, then a subsection nested under it', async () => {
      const editor = await signedIn(newsroom.editor);
      const created = await editor.submit('/admin/sections/new', '/admin/sections', {
        name: 'أسواق المال',
        slug: '',
        language: 'ar',
        parentId: '',
        description: 'البورصات والأسهم.',
      });
      expect(created).toMatchObject({
        status: 303,
        location: '/admin/sections?notice=section-created',
      });
      const system = userActor(newsroom.administrator.user);
      const parent = (await test.services.taxonomy.sections(system)).find(
        (s) => s.name === 'أسواق المال',
      );
      expect(parent).toMatchObject({ slug: 'أسواق-المال', description: 'البورصات والأسهم.' });

      await editor.submit('/admin/sections/new', '/admin/sections', {
        name: 'الأسهم الخليجية',
        slug: 'أسهم-الخليج',
        language: 'ar',
        parentId: String(parent?.id),
        description: '',
      });
      const list = await editor.get('/admin/sections?notice=section-created');
      expect(list.body).toContain('أُنشئ القسم.');
      const nested = /<ol class="items items-nested">([\s\S]*?)<\/ol>/.exec(
        list.body.slice(list.body.indexOf('أسواق المال')),
      );
      expect(nested?.[1]).toContain('الأسهم الخليجية');
      expect(list.body).toContain(`href="/section/${encodeURIComponent('أسهم-الخليج')}"`);
    });

    it('shows the form again with Arabic messages and what was typed', async () => {
      const editor = await signedIn(newsroom.editor);
      const empty = await editor.submit('/admin/sections/new', '/admin/sections', {
        name: '   ',
        slug: '',
        language: 'ar',
        parentId: '',
        description: 'وصف كتبته قبل أن أنسى الاسم',
      });
      expect(empty.status).toBe(400);
      expect(fieldErrorOf(empty.body, 'section-name')).toContain('الاسم: هذا الحقل مطلوب.');
      expect(empty.body).toMatch(/<input[^>]*id="section-name"[^>]*autofocus/);
      expect(empty.body).toContain('وصف كتبته قبل أن أنسى الاسم</textarea>');

      await makeSection(test.services.context, { name: 'الطاقة', slug: 'الطاقة' });
      const taken = await editor.submit('/admin/sections/new', '/admin/sections', {
        name: 'الطاقة المتجددة',
        slug: 'الطاقة',
        language: 'ar',
        parentId: '',
        description: '',
      });
      expect(taken.status).toBe(400);
      expect(fieldErrorOf(taken.body, 'section-slug')).toContain(
        'الرابط المختصر: القيمة «الطاقة» مستعملة من قبل؛ اختر غيرها.',
      );
      expect(taken.body).toContain('value="الطاقة المتجددة"');
    });

    it('edits a section; a new slug is kept as typed', async () => {
      const section = await makeSection(test.services.context, { name: 'عقارات', slug: 'عقارات' });
      const editor = await signedIn(newsroom.editor);
      const form = await editor.get(`/admin/sections/${section.id}`);
      expect(form.body).toContain('value="عقارات"');
      const saved = await editor.submit(
        `/admin/sections/${section.id}`,
        `/admin/sections/${section.id}`,
        {
          name: 'العقارات والبناء',
          slug: 'عقارات-وبناء',
          language: 'ar',
          parentId: '',
          description: '',
        },
      );
      expect(saved.location).toBe('/admin/sections?notice=section-saved');
      const system = userActor(newsroom.editor.user);
      expect(await test.services.taxonomy.section(system, section.id)).toMatchObject({
        name: 'العقارات والبناء',
        slug: 'عقارات-وبناء',
      });
    });

    it('moves a section up and down among its siblings with buttons', async () => {
      const context = test.services.context;
      const first = await makeSection(context, { name: 'أولًا', language: 'en', position: 0 });
      const second = await makeSection(context, { name: 'ثانيًا', language: 'en', position: 0 });
      const third = await makeSection(context, { name: 'ثالثًا', language: 'en', position: 0 });
      const editor = await signedIn(newsroom.editor);
      const englishList = async () => {
        const body = (await editor.get('/admin/sections')).body;
        return itemTitles(body.slice(body.indexOf('id="sections-en"')));
      };
      expect(await englishList()).toEqual(['أولًا', 'ثانيًا', 'ثالثًا']);
      const list = await editor.get('/admin/sections');
      expect(list.body).toContain('aria-label="نقل «ثالثًا» إلى الأعلى"');
      // The first has no "up", the last no "down".
      expect(list.body).not.toContain('aria-label="نقل «أولًا» إلى الأعلى"');
      expect(list.body).not.toContain('aria-label="نقل «ثالثًا» إلى الأسفل"');

      const moved = await editor.submit('/admin/sections', `/admin/sections/${third.id}/move`, {
        direction: 'up',
      });
      expect(moved.location).toBe('/admin/sections?notice=section-moved');
      expect(await englishList()).toEqual(['أولًا', 'ثالثًا', 'ثانيًا']);
      await editor.submit('/admin/sections', `/admin/sections/${first.id}/move`, {
        direction: 'down',
      });
      expect(await englishList()).toEqual(['ثالثًا', 'أولًا', 'ثانيًا']);
      expect(second.id).toBeGreaterThan(first.id);

      // A page opened before someone else's move still offers "up" to what is now first.
      const stale = await editor.submit('/admin/sections', `/admin/sections/${third.id}/move`, {
        direction: 'up',
      });
      expect(stale.status).toBe(400);
      expect(visibleText(stale.body)).toContain(
        'القسم «ثالثًا» أول أقسام مستواه، فلا يُنقل إلى الأعلى.',
      );
      expect(await englishList()).toEqual(['ثالثًا', 'أولًا', 'ثانيًا']);
    });

    it('asks before deleting, refuses while articles use it, deletes once it is empty', async () => {
      const section = await makeSection(test.services.context, { name: 'زراعة' });
      const article = await makeArticle(test.services.context, { sectionId: section.id });
      const editor = await signedIn(newsroom.editor);
      const confirm = await editor.get(`/admin/sections/${section.id}/delete`);
      expect(confirm.status).toBe(200);
      expect(confirm.body).toContain('حذف القسم «زراعة»؟');

      const refused = await editor.submit(
        `/admin/sections/${section.id}/delete`,
        `/admin/sections/${section.id}/delete`,
        {},
      );
      expect(refused.status).toBe(409);
      expect(refused.body).toContain('لا يمكن حذفه لأنه مستخدم: مقال واحد.');
      const system = userActor(newsroom.editor.user);
      expect(await test.services.taxonomy.section(system, section.id)).toMatchObject({
        name: 'زراعة',
      });

      await test.services.articles.delete(userActor(newsroom.editor.user), article, null);
      const deleted = await editor.submit(
        `/admin/sections/${section.id}/delete`,
        `/admin/sections/${section.id}/delete`,
        {},
      );
      expect(deleted.location).toBe('/admin/sections?notice=section-deleted');
      expect((await editor.get(`/admin/sections/${section.id}`)).status).toBe(404);
    });

    it('refuses a form without the session’s token, and keeps nothing of it', async () => {
      const editor = await signedIn(newsroom.editor);
      const forged = await editor.post('/admin/sections', {
        _csrf: 'not-the-token',
        name: 'قسم مزوّر',
        language: 'ar',
      });
      expect(forged.status).toBe(403);
      expect(forged.body).toContain('رُفض الطلب لأنه لا يحمل رمز الحماية الصحيح.');
      const sections = await test.services.taxonomy.sections(userActor(newsroom.editor.user));
      expect(sections.map((s) => s.name)).not.toContain('قسم مزوّر');
    });
  });

  describe('tags', () => {
    it('finds tags by name, in pages of fifty', async () => {
      for (let n = 1; n <= 51; n += 1) {
        await makeTag(test.services.context, { name: `تضخم ${n}`, slug: `تضخم-${n}` });
      }
      const author = await signedIn(newsroom.author);
      const first = await author.get(`/admin/tags?q=${encodeURIComponent('تضخم')}`);
      expect(first.body).toContain('٥١ وسمًا فيها «تضخم»');
      expect(itemTitles(first.body)).toHaveLength(50);
      expect(first.body).toContain('الصفحة ١ من ٢');
      const next = `/admin/tags?q=${encodeURIComponent('تضخم')}&amp;page=2`;
      expect(first.body).toContain(`href="${next}"`);
      const second = await author.get(`/admin/tags?q=${encodeURIComponent('تضخم')}&page=2`);
      expect(itemTitles(second.body)).toHaveLength(1);
      const none = await author.get(`/admin/tags?q=${encodeURIComponent('لا شيء كهذا')}`);
      expect(none.body).toContain('لا وسوم فيها «لا شيء كهذا»');
    });

    it('lets an editor rename a tag and delete one after asking', async () => {
      const tag = await makeTag(test.services.context, { name: 'نفط', slug: 'نفط' });
      const editor = await signedIn(newsroom.editor);
      const empty = await editor.submit(`/admin/tags/${tag.id}`, `/admin/tags/${tag.id}`, {
        name: '',
        slug: 'نفط-خام',
      });
      expect(empty.status).toBe(400);
      expect(fieldErrorOf(empty.body, 'tag-name')).toContain('هذا الحقل مطلوب');
      expect(empty.body).toContain('value="نفط-خام"');

      const renamed = await editor.submit(`/admin/tags/${tag.id}`, `/admin/tags/${tag.id}`, {
        name: 'النفط الخام',
        slug: 'نفط-خام',
      });
      expect(renamed.location).toBe('/admin/tags?notice=tag-saved');
      const actor = userActor(newsroom.editor.user);
      expect(await test.services.taxonomy.tag(actor, tag.id)).toMatchObject({
        name: 'النفط الخام',
        slug: 'نفط-خام',
      });

      const confirm = await editor.get(`/admin/tags/${tag.id}/delete`);
      expect(confirm.body).toContain('حذف الوسم «النفط الخام»؟');
      const deleted = await editor.submit(
        `/admin/tags/${tag.id}/delete`,
        `/admin/tags/${tag.id}/delete`,
        {},
      );
      expect(deleted.location).toBe('/admin/tags?notice=tag-deleted');
      await expect(test.services.taxonomy.tag(actor, tag.id)).rejects.toMatchObject({
        code: 'not_found',
      });
    });
  });

  describe('merging tags', () => {
    /** The options of the select named `name`: value and label. */
    function optionsOf(html: string, name: string): [string, string][] {
      const select = new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
      return [...(select?.[1] ?? '').matchAll(/<option value="([^"]*)"[^>]*>([^<]*)</g)].map(
        (m) => [m[1] ?? '', m[2] ?? ''],
      );
    }

    it('chooses a tag of the same language, confirms with both names and the count, then merges', async () => {
      const context = test.services.context;
      const from = await makeTag(context, { name: 'بن عربي', slug: 'بن-عربي' });
      const into = await makeTag(context, { name: 'قهوة', slug: 'قهوة' });
      const other = await makeTag(context, { name: 'قهوة مختصة', slug: 'قهوة-مختصة' });
      // The same word as a tag of the English site, slugged as the editor makes it.
      await makeTag(context, { name: 'قهوة', slug: 'قهوة-en', language: 'en' });
      const onlyFrom = await makeArticle(context, { tagIds: [from.id] });
      const both = await makeArticle(context, { tagIds: [into.id, from.id] });
      const editor = await signedIn(newsroom.editor);

      const list = await editor.get(`/admin/tags?q=${encodeURIComponent('بن عربي')}`);
      expect(list.body).toContain(`href="/admin/tags/${from.id}/merge"`);
      expect(list.body).toContain('aria-label="دمج «بن عربي» في وسم آخر"');

      const search = await editor.get(
        `/admin/tags/${from.id}/merge?q=${encodeURIComponent('قهوة')}`,
      );
      expect(search.status).toBe(200);
      expect(search.body).toContain('<h1>دمج الوسم «بن عربي» في وسم آخر</h1>');
      expect(optionsOf(search.body, 'into')).toEqual([
        [String(into.id), 'قهوة'],
        [String(other.id), 'قهوة مختصة'],
      ]);

      const confirm = await editor.get(`/admin/tags/${from.id}/merge?into=${into.id}`);
      expect(confirm.status).toBe(200);
      expect(confirm.body).toContain('<h1>دمج «بن عربي» في «قهوة»؟</h1>');
      expect(visibleText(confirm.body)).toContain(
        'مقالان يحملان «بن عربي» سيحملان «قهوة» بدلًا منه.',
      );

      const merged = await editor.submit(
        `/admin/tags/${from.id}/merge?into=${into.id}`,
        `/admin/tags/${from.id}/merge`,
        { into: String(into.id) },
      );
      expect(merged.status).toBe(200);
      expect(visibleText(merged.body)).toContain(
        'دُمج «بن عربي» في «قهوة»: انتقل مقالان، وعنوان «بن عربي» القديم يحوّل القرّاء الآن إلى صفحة «قهوة».',
      );
      const actor = userActor(newsroom.editor.user);
      await expect(test.services.taxonomy.tag(actor, from.id)).rejects.toMatchObject({
        code: 'not_found',
      });
      const tags = await test.services.articles.get(actor, onlyFrom);
      expect(tags.tagIds).toEqual([into.id]);
      expect((await test.services.articles.get(actor, both)).tagIds).toEqual([into.id]);
      const oldPage = await test.app.inject({ url: `/tag/${encodeURIComponent('بن-عربي')}` });
      expect(oldPage.statusCode).toBe(301);
      expect(oldPage.headers.location).toBe(`/tag/${encodeURIComponent('قهوة')}`);
    });

    it('refuses a tag of another language or the tag itself on the choice page, changing nothing', async () => {
      const context = test.services.context;
      const from = await makeTag(context, { name: 'شاي', slug: 'شاي' });
      const english = await makeTag(context, { name: 'Tea', slug: 'tea', language: 'en' });
      const editor = await signedIn(newsroom.editor);

      const across = await editor.get(`/admin/tags/${from.id}/merge?into=${english.id}`);
      expect(across.status).toBe(400);
      expect(fieldErrorOf(across.body, 'merge-into')).toBe(
        'الوسم الذي يُدمج فيه: الوسم «Tea» بلغة أخرى؛ لا يُدمج الوسم إلا في وسم بلغته.',
      );
      const token = csrfTokenOf(across.body, '/admin/logout');
      const itself = await editor.post(`/admin/tags/${from.id}/merge`, {
        _csrf: token,
        into: String(from.id),
      });
      expect(itself.status).toBe(400);
      expect(fieldErrorOf(itself.body, 'merge-into')).toBe(
        'الوسم الذي يُدمج فيه: لا يُدمج وسم في نفسه؛ اختر وسمًا آخر.',
      );
      const actor = userActor(newsroom.editor.user);
      expect(await test.services.taxonomy.tag(actor, from.id)).toEqual(from);
      expect(await test.services.taxonomy.tag(actor, english.id)).toEqual(english);
    });

    it('refuses an author the merge pages and a forged merge with 403', async () => {
      const context = test.services.context;
      const from = await makeTag(context, { name: 'سكر', slug: 'سكر' });
      const into = await makeTag(context, { name: 'سكر أبيض', slug: 'سكر-أبيض' });
      const article = await makeArticle(context, { tagIds: [from.id] });
      const author = await signedIn(newsroom.author);
      expect((await author.get(`/admin/tags/${from.id}/merge`)).status).toBe(403);
      const token = csrfTokenOf((await author.get('/admin/tags')).body, '/admin/logout');
      const forged = await author.post(`/admin/tags/${from.id}/merge`, {
        _csrf: token,
        into: String(into.id),
      });
      expect(forged.status).toBe(403);
      const actor = userActor(newsroom.editor.user);
      expect(await test.services.taxonomy.tag(actor, from.id)).toEqual(from);
      expect((await test.services.articles.get(actor, article)).tagIds).toEqual([from.id]);
    });
  });

  describe('people', () => {
    it('adds a person with links, naming a bad link by the row it was typed in', async () => {
      const editor = await signedIn(newsroom.editor);
      const fields = {
        name: 'هالة منصور',
        slug: '',
        jobTitle: 'محررة الطاقة',
        language: 'ar',
        bio: 'تكتب عن النفط والغاز.',
        'links.0.label': '',
        'links.0.url': '',
        'links.1.label': 'موقعها',
        'links.1.url': 'javascript:alert(1)',
      };
      const refused = await editor.submit('/admin/people/new', '/admin/people', fields);
      expect(refused.status).toBe(400);
      expect(fieldErrorOf(refused.body, 'person-links-1-url')).toContain(
        'يجب أن يكون رابطًا يبدأ بـ http:// أو https:// أو mailto:',
      );
      expect(refused.body).toContain('value="هالة منصور"');
      const actor = userActor(newsroom.editor.user);
      expect((await test.services.taxonomy.people(actor)).map((p) => p.name)).not.toContain(
        'هالة منصور',
      );

      const created = await editor.submit('/admin/people/new', '/admin/people', {
        ...fields,
        'links.1.url': 'mailto:hala@news.example',
      });
      expect(created.location).toBe('/admin/people?notice=person-created');
      const person = (await test.services.taxonomy.people(actor)).find(
        (p) => p.name === 'هالة منصور',
      );
      expect(person).toMatchObject({
        slug: 'هالة-منصور',
        jobTitle: 'محررة الطاقة',
        links: [{ label: 'موقعها', url: 'mailto:hala@news.example' }],
      });
      const edit = await editor.get(`/admin/people/${person?.id}`);
      expect(edit.body).toContain('value="mailto:hala@news.example"');
    });

    it('refuses to delete a person with bylines, and deletes one without', async () => {
      const context = test.services.context;
      const bylined = await makePerson(context, { name: 'كاتب له مقالات' });
      await makeArticle(context, { authorIds: [bylined.id] });
      const idle = await makePerson(context, { name: 'كاتب بلا مقالات' });
      const editor = await signedIn(newsroom.editor);
      const refused = await editor.submit(
        `/admin/people/${bylined.id}/delete`,
        `/admin/people/${bylined.id}/delete`,
        {},
      );
      expect(refused.status).toBe(409);
      expect(refused.body).toContain('لا يمكن حذفه لأنه مستخدم: مقال واحد.');
      const deleted = await editor.submit(
        `/admin/people/${idle.id}/delete`,
        `/admin/people/${idle.id}/delete`,
        {},
      );
      expect(deleted.location).toBe('/admin/people?notice=person-deleted');
      const names = (await test.services.taxonomy.people(userActor(newsroom.editor.user))).map(
        (p) => p.name,
      );
      expect(names).toContain('كاتب له مقالات');
      expect(names).not.toContain('كاتب بلا مقالات');
    });
  });

  describe('users and invitations', () => {
    it('changes a role, disables and enables an account', async () => {
      const admin = await signedIn(newsroom.administrator);
      const target = newsroom.otherAuthor.user;
      const page = await admin.get('/admin/users');
      expect(page.body).toContain(`<span dir="ltr">${target.email}</span>`);
      expect(page.body).toContain('دور سامر الخطيب');

      const changed = await admin.submit('/admin/users', `/admin/users/${target.id}/role`, {
        role: 'editor',
      });
      expect(changed.location).toBe('/admin/users?notice=role-changed');
      const actor = userActor(newsroom.administrator.user);
      expect(await test.services.accounts.getUser(actor, target.id)).toMatchObject({
        role: 'editor',
      });

      const victim = await signedIn(newsroom.otherAuthor);
      await admin.submit('/admin/users', `/admin/users/${target.id}/disable`, {});
      expect(await test.services.accounts.getUser(actor, target.id)).toMatchObject({
        isDisabled: true,
      });
      expect((await victim.get('/admin/tags')).location).toBe('/admin/login');
      const enabled = await admin.submit('/admin/users', `/admin/users/${target.id}/enable`, {});
      expect(enabled.location).toBe('/admin/users?notice=user-enabled');
      expect(await test.services.accounts.getUser(actor, target.id)).toMatchObject({
        isDisabled: false,
      });
    });

    it('keeps the last administrator, saying why in Arabic', async () => {
      const admin = await signedIn(newsroom.administrator);
      const self = newsroom.administrator.user;
      const page = await admin.get('/admin/users');
      // No form on one's own row: nobody demotes themselves by a slip.
      expect(page.body).not.toContain(`action="/admin/users/${self.id}/role"`);
      const token = csrfTokenOf(page.body, '/admin/logout');
      const demoted = await admin.post(`/admin/users/${self.id}/role`, {
        _csrf: token,
        role: 'author',
      });
      expect(demoted.status).toBe(400);
      expect(visibleText(demoted.body)).toContain('لا بد أن يبقى مدير واحد على الأقل.');
      const actor = userActor(self);
      expect(await test.services.accounts.getUser(actor, self.id)).toMatchObject({
        role: 'administrator',
      });
    });

    it('invites by e-mail, shows the link once, lists it as waiting, and withdraws it', async () => {
      const admin = await signedIn(newsroom.administrator);
      const bad = await admin.submit('/admin/users', '/admin/users/invitations', {
        email: 'ليس بريدًا',
        name: '',
        role: 'author',
      });
      expect(bad.status).toBe(400);
      expect(fieldErrorOf(bad.body, 'invite-email')).toContain('ليس عنوان بريد إلكتروني صحيحًا');
      expect(bad.body).toContain('value="ليس بريدًا"');

      const sent = await admin.submit('/admin/users', '/admin/users/invitations', {
        email: 'Rana@News.example',
        name: 'رنا',
        role: 'author',
      });
      expect(sent.status).toBe(200);
      const link = /id="invitation-link"[^>]*value="([^"]+)"/.exec(sent.body)?.[1] ?? '';
      expect(link).toMatch(/^https:\/\/news\.example\/admin\/invitations\/mdi_/);
      expect(sent.body).toContain('لن يُعرض هذا الرابط مرة أخرى');
      expect(sent.body).toContain('لم تُرسل الدعوة إلى \u2068rana@news.example\u2069 بالبريد');
      expect((await new TestBrowser(test.app).get(new URL(link).pathname)).status).toBe(200);

      const list = await admin.get('/admin/users');
      expect(list.body).toContain('rana@news.example');
      expect(list.body).not.toContain(link);
      const invitation = (
        await test.services.accounts.listInvitations(userActor(newsroom.administrator.user))
      ).find((i) => i.email === 'rana@news.example');
      const revoked = await admin.submit(
        '/admin/users',
        `/admin/users/invitations/${invitation?.id}/revoke`,
        {},
      );
      expect(revoked.location).toBe('/admin/users?notice=invitation-revoked');
      expect((await new TestBrowser(test.app).get(new URL(link).pathname)).status).toBe(404);
      expect((await admin.get('/admin/users')).body).not.toContain('rana@news.example');
    });
  });

  describe('API tokens', () => {
    it('shows a new token once, lists it without its secret, and revokes it after asking', async () => {
      const admin = await signedIn(newsroom.administrator);
      const refused = await admin.submit('/admin/tokens/new', '/admin/tokens', {
        name: 'نشرة الوكالة',
        role: 'author',
        userId: '',
        expiresAt: '',
      });
      expect(refused.status).toBe(400);
      expect(fieldErrorOf(refused.body, 'token-userId')).toContain(
        'رموز المؤلفين والمساهمين تعمل باسم مستخدم',
      );
      expect(refused.body).toContain('value="نشرة الوكالة"');

      const past = await admin.submit('/admin/tokens/new', '/admin/tokens', {
        name: 'نشرة الوكالة',
        role: 'editor',
        userId: '',
        expiresAt: '٢٠٢٠-٠١-٠١T10:00',
      });
      expect(fieldErrorOf(past.body, 'token-expiresAt')).toContain('يجب أن يكون الوقت في المستقبل');

      const created = await admin.submit('/admin/tokens/new', '/admin/tokens', {
        name: 'نشرة الوكالة',
        role: 'editor',
        userId: '',
        expiresAt: '2999-01-01T10:00',
      });
      expect(created.status).toBe(200);
      const secret = /id="token-secret"[^>]*value="([^"]+)"/.exec(created.body)?.[1] ?? '';
      expect(await test.services.accounts.authenticateToken(secret)).toMatchObject({
        role: 'editor',
      });
      expect(created.body).toContain('لن يُعرض مرة أخرى');

      const list = await admin.get('/admin/tokens');
      expect(list.body).toContain('نشرة الوكالة');
      expect(list.body).toContain(`${secret.slice(0, 10)}…`);
      expect(list.body).not.toContain(secret);
      const record = (
        await test.services.accounts.listTokens(userActor(newsroom.administrator.user))
      ).find((token) => token.name === 'نشرة الوكالة');
      const confirm = await admin.get(`/admin/tokens/${record?.id}/revoke`);
      expect(confirm.body).toContain('إلغاء الرمز «نشرة الوكالة»؟');
      const revoked = await admin.submit(
        `/admin/tokens/${record?.id}/revoke`,
        `/admin/tokens/${record?.id}/revoke`,
        {},
      );
      expect(revoked.location).toBe('/admin/tokens?notice=token-revoked');
      expect(await test.services.accounts.authenticateToken(secret)).toBeNull();
    });
  });

  describe('site settings', () => {
    it('saves the settings, and refuses a bad time zone or an empty name field by field', async () => {
      const admin = await signedIn(newsroom.administrator);
      const before = await test.services.reader.getSettings();
      const form = await admin.get('/admin/settings');
      expect(form.body).toContain(`value="${before.siteName.ar}"`);
      expect(form.body).toContain('كلتاهما: ١٤ تشرين الأول/أكتوبر ٢٠٢٦');
      expect(form.body).toContain('المقتطف وحده');

      const wrong = await admin.submit('/admin/settings', '/admin/settings', {
        'siteName.ar': '',
        'siteName.en': 'The Ledger',
        'tagline.ar': before.tagline.ar,
        'tagline.en': before.tagline.en,
        locale: 'ar',
        monthStyle: 'egyptian',
        digits: 'western',
        timeZone: 'Mars/Olympus',
      });
      expect(wrong.status).toBe(400);
      expect(fieldErrorOf(wrong.body, 'settings-siteName-ar')).toContain(
        'اسم الموقع بالعربية: هذا الحقل مطلوب.',
      );
      expect(wrong.body).toContain('value="The Ledger"');
      expect(wrong.body).toContain('value="Mars/Olympus"');
      expect(await test.services.reader.getSettings()).toEqual(before);

      const zone = await admin.submit('/admin/settings', '/admin/settings', {
        'siteName.ar': 'الدفتر',
        'siteName.en': 'The Ledger',
        'tagline.ar': before.tagline.ar,
        'tagline.en': before.tagline.en,
        locale: 'ar',
        monthStyle: 'egyptian',
        digits: 'western',
        timeZone: 'Mars/Olympus',
      });
      expect(fieldErrorOf(zone.body, 'settings-timeZone')).toContain(
        'المنطقة الزمنية: ليست منطقة زمنية معروفة',
      );
      expect(await test.services.reader.getSettings()).toEqual(before);

      const saved = await admin.submit('/admin/settings', '/admin/settings', {
        'siteName.ar': 'الدفتر',
        'siteName.en': 'The Ledger',
        'tagline.ar': before.tagline.ar,
        'tagline.en': before.tagline.en,
        locale: 'ar',
        monthStyle: 'egyptian',
        digits: 'western',
        timeZone: 'Africa/Cairo',
        feedContent: 'excerpt',
      });
      expect(saved.location).toBe('/admin/settings?notice=settings-saved');
      expect(await test.services.reader.getSettings()).toMatchObject({
        siteName: { ar: 'الدفتر', en: 'The Ledger' },
        monthStyle: 'egyptian',
        digits: 'western',
        timeZone: 'Africa/Cairo',
        feedContent: 'excerpt',
      });
      const page = await admin.get('/admin/settings?notice=settings-saved');
      expect(page.body).toContain('حُفظت الإعدادات.');
      await test.services.taxonomy.updateSettings(userActor(newsroom.administrator.user), before);
    });
  });
});
