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
    expect(html).toBe('<p>سطر أول<br/>سطر ثانٍ</p><h2>عنوان</h2><h3>فرعي</h3><h4>أصغر</h4>');
  });

  it('renders strong and em, nested in mark order', () => {
    const html = render([paragraph(text('مهم', [{ type: 'strong' }, { type: 'em' }]))]);
    expect(html).toBe('<p><strong><em>مهم</em></strong></p>');
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
    expect(html).toBe('<p><a href="/a">نص <strong>عريض</strong></a></p>');
  });

  it('drops a link whose href is not safe, keeping its text', () => {
    const html = render([
      paragraph(text('انقر', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])),
    ]);
    expect(html).toBe('<p>انقر</p>');
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
      '<blockquote><p>اقتباس</p></blockquote>' +
        '<figure class="pullquote"><blockquote><p>جملة بارزة</p></blockquote><figcaption>وزير المالية</figcaption></figure>' +
        '<ul><li><p>أ</p></li></ul><ol><li><p>ب</p></li></ol><hr/>',
    );
  });

  it('renders a figure as a responsive picture with caption and credit', () => {
    const media = makeMedia({ id: 7, width: 1000, height: 500, alt: 'مصفاة نفط' });
    const html = render([{ type: 'figure', attrs: { mediaId: 7 } }], new Map([[7, media]]));
    expect(html).toContain(
      '<source type="image/avif" srcset="/media/7/320.avif 320w, /media/7/640.avif 640w, /media/7/960.avif 960w, /media/7/1000.avif 1000w"',
    );
    expect(html).toContain('type="image/webp"');
    expect(html).toMatch(
      /<img src="\/media\/7\/640\.jpg" srcset="[^"]*\/media\/7\/1000\.jpg 1000w"/,
    );
    expect(html).toContain(
      'width="1000" height="500" alt="مصفاة نفط" loading="lazy" decoding="async"',
    );
    expect(html).toContain('<span class="caption">ناقلة نفط في ميناء رأس تنورة</span>');
    expect(html).toContain('<span class="credit">الصورة: وكالة الأنباء</span>');
  });

  it('leaves out a figure whose media is missing', () => {
    expect(render([{ type: 'figure', attrs: { mediaId: 99 } }, paragraph(text('بعده'))])).toBe(
      '<p>بعده</p>',
    );
  });

  it('renders nothing for unknown nodes and marks, and escapes text', () => {
    const html = render([
      { type: 'script', content: [text('alert(1)')] },
      { type: 'html', attrs: { html: '<b>x</b>' } },
      paragraph(text('<img src=x onerror=alert(1)>', [{ type: 'blink' }])),
    ]);
    expect(html).toBe('<p>&lt;img src=x onerror=alert(1)></p>');
  });
});
