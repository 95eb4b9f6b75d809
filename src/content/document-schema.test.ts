import { parseHTML } from 'linkedom';
import { DOMParser, DOMSerializer } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import {
  documentSchema,
  documentText,
  embedFromUrl,
  InvalidDocumentError,
  parseDocument,
  type DocumentNodeJson,
} from './document-schema.js';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

const text = (value: string, marks?: DocumentNodeJson['marks']): DocumentNodeJson => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (value: string): DocumentNodeJson => ({
  type: 'paragraph',
  content: [text(value)],
});
const cell = (value: string, attrs?: Record<string, unknown>): DocumentNodeJson => ({
  type: 'table_cell',
  ...(attrs ? { attrs } : {}),
  content: [paragraph(value)],
});
const header = (value: string): DocumentNodeJson => ({
  type: 'table_header',
  content: [paragraph(value)],
});
const row = (...cells: DocumentNodeJson[]): DocumentNodeJson => ({
  type: 'table_row',
  content: cells,
});
const table = (...rows: DocumentNodeJson[]): DocumentNodeJson => ({ type: 'table', content: rows });
const doc = (...content: DocumentNodeJson[]) => ({ type: 'doc', content });

const video = { type: 'embed', attrs: { provider: 'youtube', id: 'dQw4w9WgXcQ', account: null } };
const post = {
  type: 'embed',
  attrs: { provider: 'x', id: '1790000000000000001', account: 'midad' },
};

/** Every node and mark of the schema, once. */
const everything = doc(
  { type: 'heading', attrs: { level: 2 }, content: [text('النفط')] },
  {
    type: 'paragraph',
    content: [
      text('قال '),
      text('الوزير', [{ type: 'strong' }]),
      { type: 'hard_break' },
      text('إن ', [{ type: 'em' }]),
      text('الأسعار', [{ type: 'link', attrs: { href: 'https://example.com/a' } }]),
    ],
  },
  { type: 'blockquote', content: [paragraph('اقتباس')] },
  { type: 'pullquote', attrs: { cite: 'وزير المالية' }, content: [text('جملة بارزة')] },
  { type: 'pullquote', attrs: { cite: null }, content: [text('بلا قائل')] },
  {
    type: 'bullet_list',
    content: [{ type: 'list_item', content: [paragraph('أ')] }],
  },
  {
    type: 'ordered_list',
    content: [{ type: 'list_item', content: [paragraph('ب')] }],
  },
  { type: 'horizontal_rule' },
  { type: 'figure', attrs: { mediaId: 7 } },
  video,
  post,
  table(row(header('الدولة'), header('الإنتاج')), row(cell('العراق', { colspan: 2 }))),
);

function toHtml(json: unknown): string {
  const container = document.createElement('div');
  const fragment = DOMSerializer.fromSchema(documentSchema).serializeFragment(
    parseDocument(json).content,
    { document },
  );
  container.appendChild(fragment);
  return container.innerHTML;
}

function fromHtml(html: string): unknown {
  const container = document.createElement('div');
  container.innerHTML = html;
  return DOMParser.fromSchema(documentSchema).parse(container).toJSON();
}

function rejection(json: unknown): string {
  try {
    parseDocument(json);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidDocumentError);
    return (error as Error).message;
  }
  throw new Error('the document was accepted');
}

describe('parseDocument', () => {
  it('accepts every node and mark, and stores them as they were given', () => {
    expect(parseDocument(everything).toJSON()).toEqual(
      parseDocument(JSON.parse(JSON.stringify(everything))).toJSON(),
    );
    expect(documentText(everything)).toContain('الدولة\n\nالإنتاج\n\nالعراق');
  });

  it('keeps the bodies stored before tables and embeds existed valid', () => {
    const stored = doc(
      { type: 'paragraph', content: [text('فقرة')] },
      { type: 'heading', attrs: { level: 2 }, content: [text('عنوان')] },
      { type: 'pullquote', attrs: { cite: 'مصدر' }, content: [text('اقتباس')] },
      { type: 'bullet_list', content: [{ type: 'list_item', content: [paragraph('بند')] }] },
      { type: 'figure', attrs: { mediaId: 3 } },
      { type: 'paragraph' },
    );
    expect(parseDocument(stored).toJSON()).toEqual(stored);
  });

  it('stores no column widths or other attributes the schema does not have', () => {
    const widths = doc(
      table(row({ ...cell('أ'), attrs: { colspan: 1, rowspan: 1, colwidth: [120] } })),
    );
    expect(JSON.stringify(parseDocument(widths).toJSON())).not.toContain('colwidth');
  });

  it.each([
    [0, 'table cell colspan must be a whole number from 1 to 50'],
    [1.5, 'table cell colspan must be a whole number from 1 to 50'],
    [51, 'table cell colspan must be a whole number from 1 to 50'],
    ['2', 'table cell colspan must be a whole number from 1 to 50'],
  ])('refuses a colspan of %j', (colspan, message) => {
    expect(rejection(doc(table(row(cell('أ', { colspan, rowspan: 1 })))))).toBe(message);
  });

  it('refuses tables whose rows do not fill the columns, or with no cells', () => {
    expect(rejection(doc(table(row(cell('أ'), cell('ب')), row(cell('ج')))))).toBe(
      "table 1: row 2 has 1 cell(s) fewer than the table's 2 columns",
    );
    expect(rejection(doc(table(row(cell('أ', { colspan: 1, rowspan: 3 })))))).toBe(
      'table 1: a cell spans 2 row(s) past the last row',
    );
    expect(rejection(doc(paragraph('قبل'), table(row())))).toBe('table 1 has no cells');
  });

  it('refuses table parts out of place and cells holding anything but paragraphs', () => {
    expect(rejection(doc(row(cell('أ'))))).toMatch(/Invalid content for node doc/);
    expect(
      rejection(
        doc(
          table(
            row({
              type: 'table_cell',
              content: [{ type: 'heading', attrs: { level: 2 }, content: [text('ع')] }],
            }),
          ),
        ),
      ),
    ).toMatch(/Invalid content for node table_cell/);
  });

  it('accepts a YouTube video and an X post', () => {
    expect(parseDocument(doc(video, post)).toJSON()).toEqual(doc(video, post));
  });

  it.each([
    [{ provider: 'vimeo', id: '123', account: null }, 'embed.provider must be "youtube" or "x"'],
    [
      { provider: 'youtube', id: 'short', account: null },
      'embed.id must be a YouTube video id (11 letters, digits, - or _) or an X post id (digits)',
    ],
    [
      { provider: 'youtube', id: '12345', account: null },
      'a YouTube embed needs an 11-character video id and no account (got "12345")',
    ],
    [
      { provider: 'youtube', id: 'dQw4w9WgXcQ', account: 'midad' },
      'a YouTube embed needs an 11-character video id and no account (got "dQw4w9WgXcQ")',
    ],
    [
      { provider: 'x', id: '1790000000000000001', account: null },
      'an X embed needs a numeric post id and an account (got "1790000000000000001")',
    ],
    [
      { provider: 'x', id: '1', account: 'not a name' },
      'embed.account must be null or an X account name (1–15 letters, digits or _)',
    ],
    [{ provider: 'youtube', account: null }, 'No value supplied for attribute id'],
  ])('refuses the embed %j', (attrs, message) => {
    expect(rejection(doc({ type: 'embed', attrs }))).toBe(message);
  });
});

describe('embedFromUrl', () => {
  const youtube = { provider: 'youtube', id: 'dQw4w9WgXcQ', account: null };

  it.each([
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
    'https://youtu.be/dQw4w9WgXcQ?si=abc',
    'https://www.youtube.com/shorts/dQw4w9WgXcQ',
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0',
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
  ])('recognises the YouTube video at %s', (url) => {
    expect(embedFromUrl(url)).toEqual(youtube);
  });

  it.each([
    ['https://x.com/midad_news/status/1790000000000000001', 'midad_news'],
    ['https://twitter.com/MidadNews/status/1790000000000000001?ref_src=twsrc%5Etfw', 'MidadNews'],
    ['https://mobile.twitter.com/midad/status/1790000000000000001/photo/1', 'midad'],
  ])('recognises the X post at %s', (url, account) => {
    expect(embedFromUrl(url)).toEqual({ provider: 'x', id: '1790000000000000001', account });
  });

  it.each([
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/channel/UC1234567890',
    'https://youtu.be/dQw4w9WgXcQ/extra',
    'https://vimeo.com/123456',
    'https://x.com/midad',
    'https://x.com/i/status/1790000000000000001',
    'https://x.com/midad/status/not-a-number',
    'javascript:alert(1)//youtu.be/dQw4w9WgXcQ',
    'ftp://youtu.be/dQw4w9WgXcQ',
    'youtu.be/dQw4w9WgXcQ',
  ])('does not take %s for an embed', (url) => {
    expect(embedFromUrl(url)).toBeNull();
  });
});

describe('the schema as HTML', () => {
  it('writes every node and mark to HTML and reads the same document back', () => {
    const html = toHtml(everything);
    expect(fromHtml(html)).toEqual(parseDocument(everything).toJSON());
  });

  it('gives text blocks dir="auto", but not list items and cells, whose paragraphs have one', () => {
    const html = toHtml(everything);
    expect(html).toContain('<h2 dir="auto">النفط</h2>');
    expect(html).toContain('<li><p dir="auto">أ</p></li>');
    expect(html).toContain('<td colspan="2"><p dir="auto">العراق</p></td>');
    expect(html).toContain(
      '<figure class="pullquote"><blockquote><p dir="auto">جملة بارزة</p></blockquote><figcaption dir="auto">وزير المالية</figcaption></figure>',
    );
  });

  it('reads h1 and h2 as level 2, h3 as 3, and h4 to h6 as 4', () => {
    const levels = fromHtml('<h1>أ</h1><h2>ب</h2><h3>ج</h3><h4>د</h4><h5>ه</h5><h6>و</h6>') as {
      content: { attrs: { level: number } }[];
    };
    expect(levels.content.map((node) => node.attrs.level)).toEqual([2, 2, 3, 4, 4, 4]);
  });

  it('links only safe addresses, keeping the text of the others', () => {
    expect(
      fromHtml('<p><a href="javascript:alert(1)">انقر</a> <a href="/article/2/x">داخلي</a></p>'),
    ).toEqual(
      doc({
        type: 'paragraph',
        content: [
          text('انقر '),
          text('داخلي', [{ type: 'link', attrs: { href: '/article/2/x' } }]),
        ],
      }),
    );
  });

  it('reads the pull-quotes that pages write as asides, blockquotes or figures', () => {
    const quotes = fromHtml(
      '<aside class="pullquote"><p>أولى</p><cite>— الوزير</cite></aside>' +
        '<blockquote class="pullquote"><p>ثانية</p></blockquote>' +
        '<figure class="pullquote"><blockquote><p>ثالثة</p></blockquote><figcaption>المحافظ</figcaption></figure>',
    );
    expect(quotes).toEqual(
      doc(
        { type: 'pullquote', attrs: { cite: 'الوزير' }, content: [text('أولى')] },
        { type: 'pullquote', attrs: { cite: null }, content: [text('ثانية')] },
        { type: 'pullquote', attrs: { cite: 'المحافظ' }, content: [text('ثالثة')] },
      ),
    );
  });

  it('reads library images by their id and leaves other images out', () => {
    expect(
      fromHtml(
        '<figure data-media-id="12"><img src="/media/12/640.jpg" alt="x"><figcaption>تعليق</figcaption></figure>' +
          '<p>بينهما</p><img data-media-id="13" src="/media/13/640.jpg">' +
          '<img src="https://elsewhere.example/a.jpg"><img data-media-id="0" src="/x.jpg">',
      ),
    ).toEqual(
      doc({ type: 'figure', attrs: { mediaId: 12 } }, paragraph('بينهما'), {
        type: 'figure',
        attrs: { mediaId: 13 },
      }),
    );
  });

  it('reads YouTube frames and X embed markup as embeds, and drops other frames', () => {
    const embeds = fromHtml(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="x"></iframe>' +
        '<iframe src="https://ads.example/frame"></iframe>' +
        '<blockquote class="twitter-tweet"><p lang="ar">نص المنشور <a href="https://t.co/abc">pic</a></p>' +
        '&mdash; مداد (@midad) <a href="https://twitter.com/midad/status/1790000000000000001">May 5, 2026</a></blockquote>',
    );
    expect(embeds).toEqual(doc(video, post));
  });

  it('keeps a table whole when cells hold lists and headings, as Word writes them', () => {
    const parsed = fromHtml(
      '<table><tr><th><h3>البند</h3></th><th>القيمة</th></tr>' +
        '<tr><td><ul><li>أول</li><li>ثان</li></ul></td><td>١٠</td></tr></table>',
    );
    expect(parsed).toEqual(
      doc({
        type: 'table',
        content: [
          {
            type: 'table_row',
            content: [
              {
                type: 'table_header',
                attrs: { colspan: 1, rowspan: 1 },
                content: [paragraph('البند')],
              },
              {
                type: 'table_header',
                attrs: { colspan: 1, rowspan: 1 },
                content: [paragraph('القيمة')],
              },
            ],
          },
          {
            type: 'table_row',
            content: [
              {
                type: 'table_cell',
                attrs: { colspan: 1, rowspan: 1 },
                content: [paragraph('أول'), paragraph('ثان')],
              },
              { type: 'table_cell', attrs: { colspan: 1, rowspan: 1 }, content: [paragraph('١٠')] },
            ],
          },
        ],
      }),
    );
  });

  it('reads spans of cells, and reads out-of-range spans as 1', () => {
    const parsed = fromHtml(
      '<table><tr><td colspan="2" rowspan="1">أ</td></tr><tr><td colspan="999">ب</td><td colspan="x">ج</td></tr></table>',
    ) as { content: { content: { content: { attrs: unknown }[] }[] }[] };
    const rows = parsed.content[0]?.content ?? [];
    expect(rows.map((r) => r.content.map((c) => c.attrs))).toEqual([
      [{ colspan: 2, rowspan: 1 }],
      [
        { colspan: 1, rowspan: 1 },
        { colspan: 1, rowspan: 1 },
      ],
    ]);
  });
});
