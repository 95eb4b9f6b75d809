/**
 * One saved page made a story: HTML through Readability with everything hostile dropped on
 * the way in, the section and the source found, written as a draft (or published) through
 * the newsroom's own command — and the public page shows none of what was dropped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../core/actor.js';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { makeSection } from '../test-support/factories.js';
import { importPage, PageImportError, readPage } from './page-import.js';

const hostilePage = `<!doctype html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>ارتفاع صادرات الفوسفات في الربع الثالث | جريدة المرفأ</title>
  <meta property="og:site_name" content="جريدة المرفأ">
  <meta property="article:section" content="اقتصاد">
  <link rel="canonical" href="https://almarfa.example/news/phosphate">
  <script>document.cookie = 'stolen'</script>
</head>
<body>
  <nav><a href="/">الرئيسية</a> <a href="/politics">سياسة</a> <a href="/contact">اتصل بنا</a></nav>
  <aside class="ads">إعلان: اشترك الآن واحصل على خصم</aside>
  <article>
    <h1>ارتفاع صادرات الفوسفات في الربع الثالث</h1>
    <p onclick="alert('x')" style="color:red">ارتفعت صادرات الفوسفات خلال الربع الثالث بنسبة ملحوظة مقارنة بالفترة نفسها من العام الماضي، وفق بيانات رسمية نشرت اليوم.</p>
    <p>وقال مسؤولون في القطاع إن الطلب الآسيوي المتزايد على الأسمدة كان المحرك الأساسي لهذا النمو، مع توقعات باستمراره حتى نهاية العام.</p>
    <p>وأشار التقرير إلى أن <a href="javascript:alert(1)">الأسعار العالمية</a> بقيت مستقرة نسبياً، ما ساعد المصدّرين على تثبيت عقودهم طويلة الأجل مع المشترين الرئيسيين.</p>
    <iframe src="https://evil.example/frame"></iframe>
    <p>ويتوقع محللون أن تسهم هذه العائدات في تحسين الميزان التجاري للبلاد خلال الأشهر المقبلة، خاصة مع تراجع فاتورة استيراد الطاقة.<img src="x" onerror="alert(2)"></p>
  </article>
  <footer>جميع الحقوق محفوظة</footer>
</body>
</html>`;

describe('reading a saved page', () => {
  it('finds the story in HTML and drops scripts, handlers, styles, frames and unsafe links', () => {
    const story = readPage(hostilePage, { url: null, contentType: null });
    expect(story).toMatchObject({
      title: 'ارتفاع صادرات الفوسفات في الربع الثالث',
      section: 'اقتصاد',
      sourceName: 'جريدة المرفأ',
      sourceUrl: 'https://almarfa.example/news/phosphate',
      language: 'ar',
    });
    // The headline is the title, not the body's first line too.
    expect(story.body.content[0]?.type).toBe('paragraph');
    const body = JSON.stringify(story.body);
    expect(body).toContain('ارتفعت صادرات الفوسفات');
    expect(body).toContain('تراجع فاتورة استيراد الطاقة');
    for (const dropped of [
      'script',
      'alert',
      'onclick',
      'color:red',
      'evil.example',
      'cookie',
      'اشترك الآن',
      'اتصل بنا',
      'javascript',
    ]) {
      expect(body, dropped).not.toContain(dropped);
    }
  });

  it('says so when there is nothing to import', () => {
    expect(() => readPage('\n\n', { url: null, contentType: 'text/plain' })).toThrow(
      PageImportError,
    );
    expect(() =>
      readPage('<html><body><nav>x</nav></body></html>', { url: null, contentType: 'text/html' }),
    ).toThrow(PageImportError);
  });
});

describe.each(testDialects)('importing a page on %s', (dialect) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
    await makeSection(test.services.context, { slug: 'economy', name: 'اقتصاد' });
  });
  afterAll(() => test.close());

  it('writes a draft for review by default, in the section the page names', async () => {
    const story = readPage(hostilePage, { url: null, contentType: null });
    const imported = await importPage(test.services, story, { publish: false });
    expect(imported).toMatchObject({ status: 'draft', publicPath: null, unknownSection: null });
    const article = await test.services.articles.get(systemActor('cli'), imported.id);
    const sections = await test.services.taxonomy.sections(systemActor('cli'), 'ar');
    expect(article).toMatchObject({
      status: 'draft',
      title: 'ارتفاع صادرات الفوسفات في الربع الثالث',
      sectionId: sections.find((section) => section.name === 'اقتصاد')?.id,
      sourceName: 'جريدة المرفأ',
      sourceUrl: 'https://almarfa.example/news/phosphate',
    });
  });

  it('publishes at once when asked, and the public page shows none of what was dropped', async () => {
    const story = readPage(hostilePage.replace('content="اقتصاد"', 'content="منوعات"'), {
      url: null,
      contentType: null,
    });
    const imported = await importPage(test.services, story, { publish: true });
    expect(imported.status).toBe('published');
    expect(imported.unknownSection).toBe('منوعات');
    const page = await test.app.inject({ method: 'GET', url: imported.publicPath ?? '' });
    expect(page.statusCode).toBe(200);
    const article = page.body.slice(page.body.indexOf('<article'), page.body.indexOf('</article>'));
    expect(article).toContain('ارتفعت صادرات الفوسفات');
    expect(article).toContain('المصدر:');
    for (const dropped of [
      'alert',
      'onclick',
      'onerror',
      'color:red',
      'evil.example',
      'javascript:',
    ]) {
      expect(article, dropped).not.toContain(dropped);
    }
  });
});
