import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { DocumentJson, DocumentNodeJson } from '../../content/document-schema.js';
import type { Media } from '../../content/types.js';
import { ArticleBody } from './article-body.js';
import { makeMedia } from './test-factories.js';

function render(
  content: DocumentNodeJson[],
  media = new Map<number, Media>(),
  language: 'ar' | 'en' = 'ar',
): string {
  const doc: DocumentJson = { type: 'doc', content };
  return renderToString(
    <ArticleBody doc={doc} media={media} language={language} siteUrl="https://news.example" />,
  );
}

const text = (value: string, marks?: DocumentNodeJson['marks']): DocumentNodeJson => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (...content: DocumentNodeJson[]): DocumentNodeJson => ({
  type: 'paragraph',
  content,
});

describe('ArticleBody', () => {
  it('renders paragraphs, headings of levels 2 to 4 and hard breaks', () => {
    const html = render([
      paragraph(text('سطر أول'), { type: 'hard_break' }, text('سطر ثانٍ')),
      { type: 'heading', attrs: { level: 2 }, content: [text('عنوان')] },
      { type: 'heading', attrs: { level: 3 }, content: [text('فرعي')] },
      { type: 'heading', attrs: { level: 4 }, content: [text('أصغر')] },
    ]);
    expect(html).toBe(
      '<p dir="auto">سطر أول<br/>سطر ثانٍ</p><h2 dir="auto">عنوان</h2><h3 dir="auto">فرعي</h3><h4 dir="auto">أصغر</h4>',
    );
  });

  it('renders strong and em, nested in mark order', () => {
    const html = render([paragraph(text('مهم', [{ type: 'strong' }, { type: 'em' }]))]);
    expect(html).toBe('<p dir="auto"><strong><em>مهم</em></strong></p>');
  });

  it('marks external links nofollow noopener, opens nothing in a new tab, keeps site links plain', () => {
    const html = render([
      paragraph(
        text('مصدر', [{ type: 'link', attrs: { href: 'https://other.example/a' } }]),
        text(' و'),
        text('داخلي', [{ type: 'link', attrs: { href: '/article/2/x' } }]),
        text(' و'),
        text('مطلق', [{ type: 'link', attrs: { href: 'https://news.example/tag/y' } }]),
      ),
    ]);
    expect(html).toContain('<a href="https://other.example/a" rel="nofollow noopener">مصدر</a>');
    expect(html).toContain('<a href="/article/2/x">داخلي</a>');
    expect(html).toContain('<a href="https://news.example/tag/y">مطلق</a>');
    expect(html).not.toContain('target=');
  });

  it('wraps one link across differently marked text in a single anchor', () => {
    const link = { type: 'link', attrs: { href: '/a' } };
    const html = render([paragraph(text('نص ', [link]), text('عريض', [{ type: 'strong' }, link]))]);
    expect(html).toBe('<p dir="auto"><a href="/a">نص <strong>عريض</strong></a></p>');
  });

  it('drops a link whose href is not safe, keeping its text', () => {
    const html = render([
      paragraph(text('انقر', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
    ]);
    expect(html).toBe('<p dir="auto">انقر</p>');
  });

  it('renders quotes, pullquotes with their source, lists and rules', () => {
    const html = render([
      { type: 'blockquote', content: [paragraph(text('اقتباس'))] },
      { type: 'pullquote', attrs: { cite: 'وزير المالية' }, content: [text('جملة بارزة')] },
      { type: 'bullet_list', content: [{ type: 'list_item', content: [paragraph(text('أ'))] }] },
      { type: 'ordered_list', content: [{ type: 'list_item', content: [paragraph(text('ب'))] }] },
      { type: 'horizontal_rule' },
    ]);
    expect(html).toBe(
      '<blockquote><p dir="auto">اقتباس</p></blockquote>' +
        '<figure class="pullquote"><blockquote><p dir="auto">جملة بارزة</p></blockquote><figcaption dir="auto">وزير المالية</figcaption></figure>' +
        '<ul><li dir="rtl"><p dir="auto">أ</p></li></ul><ol><li dir="rtl"><p dir="auto">ب</p></li></ol><hr/>',
    );
  });

  it('renders a figure as a responsive picture with caption and credit', () => {
    const media = makeMedia({ id: 7, width: 1000, height: 500, alt: 'مصفاة نفط' });
    const html = render([{ type: 'figure', attrs: { mediaId: 7 } }], new Map([[7, media]]));
    expect(html).toContain(
      '<source type="image/avif" srcset="/media/7/v1/320.avif 320w, /media/7/v1/640.avif 640w, /media/7/v1/960.avif 960w, /media/7/v1/1000.avif 1000w"',
    );
    expect(html).toContain('type="image/webp"');
    expect(html).toMatch(
      /<img src="\/media\/7\/v1\/640\.jpg" srcset="[^"]*\/media\/7\/v1\/1000\.jpg 1000w"/,
    );
    expect(html).toContain(
      'width="1000" height="500" alt="مصفاة نفط" loading="lazy" decoding="async"',
    );
    expect(html).toContain(
      '<figcaption dir="auto"><span class="caption">ناقلة نفط في ميناء رأس تنورة</span>',
    );
    expect(html).toContain('<span class="credit">الصورة: وكالة الأنباء</span>');
  });

  it('leaves out a figure whose media is missing', () => {
    expect(render([{ type: 'figure', attrs: { mediaId: 99 } }, paragraph(text('بعده'))])).toBe(
      '<p dir="auto">بعده</p>',
    );
  });

  it('renders nothing for unknown nodes and marks, and escapes text', () => {
    const html = render([
      { type: 'script', content: [text('alert(1)')] },
      { type: 'html', attrs: { html: '<b>x</b>' } },
      paragraph(text('<img src=x onerror=alert(1)>', [{ type: 'blink' }])),
    ]);
    expect(html).toBe('<p dir="auto">&lt;img src=x onerror=alert(1)></p>');
  });
});

const cell = (
  type: 'table_cell' | 'table_header',
  value: string,
  attrs?: Record<string, unknown>,
): DocumentNodeJson => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: [paragraph(text(value))],
});
const row = (...content: DocumentNodeJson[]): DocumentNodeJson => ({ type: 'table_row', content });

describe('ArticleBody text direction', () => {
  it('lets each block take its own direction, even one that opens with a Latin name', () => {
    const html = render([
      paragraph(text('2026 كان عامًا صعبًا على المصافي.')),
      paragraph(text('Apple تعلن اليوم عن نتائج فصلية فاقت توقعات المحللين.')),
      paragraph(text('“We will not cut output,” the minister said.')),
      { type: 'heading', attrs: { level: 2 }, content: [text('OPEC+ تمدد الخفض')] },
    ]);
    expect(html).toBe(
      '<p dir="auto">2026 كان عامًا صعبًا على المصافي.</p>' +
        '<p dir="rtl">Apple تعلن اليوم عن نتائج فصلية فاقت توقعات المحللين.</p>' +
        '<p dir="auto">“We will not cut output,” the minister said.</p>' +
        '<h2 dir="rtl">OPEC+ تمدد الخفض</h2>',
    );
  });

  it('writes out the direction of list items, whose paragraphs carry their own', () => {
    const html = render([
      {
        type: 'bullet_list',
        content: [
          { type: 'list_item', content: [paragraph(text('الأسهم'))] },
          { type: 'list_item', content: [paragraph(text('Brent crude'))] },
        ],
      },
    ]);
    expect(html).toBe(
      '<ul><li dir="rtl"><p dir="auto">الأسهم</p></li><li dir="ltr"><p dir="auto">Brent crude</p></li></ul>',
    );
  });
});

describe('ArticleBody tables', () => {
  const production: DocumentNodeJson = {
    type: 'table',
    content: [
      row(cell('table_header', 'الدولة'), cell('table_header', 'الإنتاج', { colspan: 2 })),
      row(cell('table_header', 'العراق'), cell('table_cell', '4.2'), cell('table_cell', '4.3')),
      row(cell('table_header', 'الكويت'), cell('table_cell', '2.5', { rowspan: 1, colspan: 2 })),
    ],
  };

  it('renders a head of column headers, row headers, spans, in a frame that scrolls', () => {
    expect(render([production])).toBe(
      '<div class="table-scroll" role="region" aria-label="جدول" tabindex="0"><table>' +
        '<thead><tr><th scope="col" dir="rtl"><p dir="auto">الدولة</p></th>' +
        '<th colspan="2" scope="col" dir="rtl"><p dir="auto">الإنتاج</p></th></tr></thead>' +
        '<tbody><tr><th scope="row" dir="rtl"><p dir="auto">العراق</p></th>' +
        '<td><p dir="auto">4.2</p></td><td><p dir="auto">4.3</p></td></tr>' +
        '<tr><th scope="row" dir="rtl"><p dir="auto">الكويت</p></th>' +
        '<td colspan="2"><p dir="auto">2.5</p></td></tr></tbody>' +
        '</table></div>',
    );
  });

  it('names the frame in the page language and gives a table without headers no head', () => {
    const html = render(
      [{ type: 'table', content: [row(cell('table_cell', 'one'), cell('table_cell', 'two'))] }],
      new Map(),
      'en',
    );
    expect(html).toContain('aria-label="Table"');
    expect(html).not.toContain('<thead>');
    expect(html).not.toContain('<caption');
  });
});

describe('ArticleBody embeds', () => {
  const video = { type: 'embed', attrs: { provider: 'youtube', id: 'dQw4w9WgXcQ', account: null } };

  /** The document the facade frame shows, as the browser reads it from `srcdoc`. */
  function frameDocument(html: string): string {
    const srcdoc = /srcdoc="([^"]*)"/.exec(html)?.[1] ?? '';
    return srcdoc
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  }

  it('shows a YouTube video as a frame holding only a play link, loading nothing from YouTube', () => {
    const html = render([video]);
    expect(html).toMatch(
      /^<figure class="embed embed-video"><iframe title="فيديو من يوتيوب" srcdoc="[^"]+" allow="autoplay; encrypted-media; picture-in-picture; fullscreen" loading="lazy" marginWidth="0" marginHeight="0"><\/iframe><\/figure>$/,
    );
    const frame = frameDocument(html);
    expect(frame).toContain('<html lang="ar" dir="rtl">');
    expect(frame).toContain(
      '<a href="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1" referrerpolicy="strict-origin-when-cross-origin" aria-label="شاهد الفيديو على يوتيوب">',
    );
    expect(frame).toContain('>شاهد الفيديو على يوتيوب</text>');
    expect(frame).not.toMatch(/<script|<style|<img|<link|style=|src=/);
    expect(html).not.toMatch(/ src=/);
  });

  it('words the video poster in the page language', () => {
    const frame = frameDocument(render([video], new Map(), 'en'));
    expect(frame).toContain('<html lang="en" dir="ltr">');
    expect(frame).toContain('>Watch on YouTube</text>');
  });

  it('shows an X post as a link to it, with its account', () => {
    const html = render([
      {
        type: 'embed',
        attrs: { provider: 'x', id: '1790000000000000001', account: 'mof_example' },
      },
    ]);
    expect(html).toBe(
      '<figure class="embed embed-post"><a href="https://x.com/mof_example/status/1790000000000000001" rel="nofollow noopener">' +
        '<span class="embed-account" dir="ltr">@mof_example</span>' +
        '<span class="embed-action">اعرض المنشور على إكس</span></a></figure>',
    );
  });

  it('renders nothing for an embed whose attributes were tampered with', () => {
    const html = render([
      { type: 'embed', attrs: { provider: 'youtube', id: '"><script>x</script>', account: null } },
      { type: 'embed', attrs: { provider: 'x', id: '1', account: 'a/../../evil' } },
      { type: 'embed', attrs: { provider: 'vimeo', id: '123' } },
      paragraph(text('بعدها')),
    ]);
    expect(html).toBe('<p dir="auto">بعدها</p>');
  });
});
