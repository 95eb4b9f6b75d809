import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cleanPastedHtml, documentFromHtml } from './document-html.js';
import { documentSchema, parseDocument, type DocumentNodeJson } from './document-schema.js';

const { DOMParser } = parseHTML('<!doctype html><html><body></body></html>');
const parser = new DOMParser();
const fromHtml = (html: string) => documentFromHtml(html, parser);

const text = (value: string, marks?: DocumentNodeJson['marks']): DocumentNodeJson => ({
  type: 'text',
  text: value,
  ...(marks ? { marks } : {}),
});
const paragraph = (...content: DocumentNodeJson[]): DocumentNodeJson => ({
  type: 'paragraph',
  content,
});
const item = (value: string): DocumentNodeJson => ({
  type: 'list_item',
  content: [paragraph(text(value))],
});
const cell = (...content: DocumentNodeJson[]): DocumentNodeJson => ({
  type: 'table_cell',
  attrs: { colspan: 1, rowspan: 1 },
  content: [paragraph(...content)],
});
const strong = [{ type: 'strong' }];
const em = [{ type: 'em' }];

/** What Word for Windows puts on the clipboard for an Arabic document (trimmed, not simplified). */
const wordPaste = `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<link rel=File-List href="file:///C:/Users/layla/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	margin:0cm;
	font-size:12.0pt;
	font-family:"Calibri",sans-serif;}
-->
</style>
<!--[if gte mso 10]>
<style>
 table.MsoNormalTable {mso-style-name:"Table Normal";}
</style>
<![endif]-->
</head>
<body lang=EN-US style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<h1 dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'><span lang=AR-SA
style='font-family:"Arial",sans-serif;mso-ascii-font-family:Calibri'>توقعات الإنتاج<o:p></o:p></span></h1>
<p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'><span
lang=AR-SA style='font-family:"Arial",sans-serif'>قالت </span><b><span lang=AR-SA
style='font-family:"Arial",sans-serif'>الوكالة</span></b><span lang=AR-SA
style='font-family:"Arial",sans-serif'> إن الطلب سيرتفع </span><i><span lang=AR-SA
style='font-family:"Arial",sans-serif'>قليلاً</span></i><span lang=AR-SA
style='font-family:"Arial",sans-serif'> هذا العام.<o:p></o:p></span></p>
<p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'><span
lang=AR-SA style='font-family:"Arial",sans-serif'><o:p>&nbsp;</o:p></span></p>
<p class=MsoListParagraphCxSpFirst dir=RTL style='margin-top:0cm;margin-right:36.0pt;
margin-bottom:0cm;margin-left:0cm;text-align:right;text-indent:-18.0pt;mso-list:l0 level1 lfo1;
direction:rtl;unicode-bidi:embed'><![if !supportLists]><span style='font-family:Symbol;
mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span
dir=LTR></span><span lang=AR-SA style='font-family:"Arial",sans-serif'>زيادة الصادرات<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast dir=RTL style='margin-top:0cm;margin-right:36.0pt;
margin-bottom:0cm;margin-left:0cm;text-align:right;text-indent:-18.0pt;mso-list:l0 level1 lfo1;
direction:rtl;unicode-bidi:embed'><![if !supportLists]><span style='font-family:Symbol;
mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span
dir=LTR></span><span lang=AR-SA style='font-family:"Arial",sans-serif'>خفض المخزونات<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst dir=RTL style='margin-right:36.0pt;text-indent:-18.0pt;
mso-list:l1 level1 lfo2;direction:rtl'><![if !supportLists]><span lang=AR-SA><span
style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span
lang=AR-SA>الربع الأول<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast dir=RTL style='margin-right:36.0pt;text-indent:-18.0pt;
mso-list:l1 level1 lfo2;direction:rtl'><![if !supportLists]><span lang=AR-SA><span
style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span
lang=AR-SA>الربع الثاني<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 dir=rtl
 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;
 mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=312 valign=top style='width:233.75pt;border:solid windowtext 1.0pt;
  mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>
  <p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'><b><span
  lang=AR-SA>الدولة<o:p></o:p></span></b></p>
  </td>
  <td width=312 valign=top style='width:233.75pt;border:solid windowtext 1.0pt;
  border-right:none;mso-border-alt:solid windowtext .5pt'>
  <p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'><b><span
  lang=AR-SA>الإنتاج<o:p></o:p></span></b></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td width=312 valign=top style='width:233.75pt;border:solid windowtext 1.0pt;
  border-top:none;mso-border-top-alt:solid windowtext .5pt'>
  <p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'><span
  lang=AR-SA>العراق<o:p></o:p></span></p>
  </td>
  <td width=312 valign=top style='width:233.75pt;border-top:none;border-left:solid windowtext 1.0pt'>
  <p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'><span
  lang=EN-US dir=LTR>4.2</span></p>
  </td>
 </tr>
 <![if !supportMisalignedColumns]>
 <tr height=0>
  <td width=312 style='border:none'></td>
  <td width=312 style='border:none'></td>
 </tr>
 <![endif]>
</table>
<p class=MsoNormal dir=RTL style='text-align:right;direction:rtl;unicode-bidi:embed'><span
lang=AR-SA><o:p>&nbsp;</o:p></span></p>
<!--EndFragment-->
</body>
</html>`;

/** What Google Docs puts on the clipboard (Chrome), styles as it writes them. */
const googleDocsPaste =
  '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5c0a1b2c-7fff-3d4e-9a8b-0123456789ab">' +
  '<h2 dir="rtl" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;text-align:right;"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">الأسواق اليوم</span></h2>' +
  '<p dir="rtl" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;text-align:right;">' +
  '<span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;white-space:pre-wrap;">ارتفع المؤشر </span>' +
  '<span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;white-space:pre-wrap;">بنسبة 2%</span>' +
  '<span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;white-space:pre-wrap;"> </span>' +
  '<span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:italic;white-space:pre-wrap;">وفق البورصة</span>' +
  '<span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;white-space:pre-wrap;">.</span></p>' +
  '<br>' +
  '<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">' +
  '<li dir="rtl" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;" aria-level="1"><p dir="rtl" style="line-height:1.38;text-align:right;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:400;white-space:pre-wrap;">الأسهم</span></p></li>' +
  '<li dir="rtl" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;" aria-level="1"><p dir="rtl" style="line-height:1.38;text-align:right;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:700;white-space:pre-wrap;">السندات</span></p></li>' +
  '</ul></b><br class="Apple-interchange-newline">';

/** A news page's article copied with what surrounds it. */
const webPage = `<!-- analytics: page view -->
<header class="site-header"><nav><a href="/">الرئيسية</a> <a href="/markets">الأسواق</a></nav></header>
<article class="post">
  <h1 class="entry-title">ميزانية الخليج في عام صعب</h1>
  <p onclick="track('lead')" style="color:#333;font-size:18px">تواجه الموازنات <a href="javascript:alert(document.cookie)">ضغوطًا</a> متزايدة،
  بحسب <a href="https://example.com/report" onmouseover="steal()" target="_blank">تقرير حديث</a>.</p>
  <img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==" alt="">
  <script>window.dataLayer = window.dataLayer || []; document.write('<p>injected</p>');</script>
  <style>.ad { display: none }</style>
  <iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=K2x" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>
  <aside class="related"><h3>اقرأ أيضًا</h3><ul><li><a href="/article/9/x">خبر آخر</a></li></ul></aside>
  <form action="/subscribe" method="post"><label>بريدك<input type="email" name="email"></label><button>اشترك</button></form>
  <iframe src="https://ads.example.net/slot/728x90"></iframe>
  <blockquote class="twitter-tweet"><p lang="ar" dir="rtl">الأرقام الأولية <a href="https://t.co/AbCdEf">pic.twitter.com/AbCdEf</a></p>&mdash; وزارة المالية (@mof_example) <a href="https://twitter.com/mof_example/status/1790000000000000001?ref_src=twsrc%5Etfw">May 5, 2026</a></blockquote>
  <script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>
</article>
<footer class="site-footer"><p>© 2026 الموقع</p></footer>`;

function nodeTypes(node: DocumentNodeJson, into = new Set<string>()): Set<string> {
  into.add(node.type);
  node.marks?.forEach((mark) => into.add(`mark:${mark.type}`));
  node.content?.forEach((child) => nodeTypes(child, into));
  return into;
}

describe('cleanPastedHtml', () => {
  it("removes Word's styles, classes, o:p, conditional comments, head and typed-out bullets", () => {
    const cleaned = cleanPastedHtml(wordPaste);
    for (const leftover of ['mso', 'Mso', 'o:p', '<!--', '<![', '<style', '<meta', '<xml', '·']) {
      expect(cleaned).not.toContain(leftover);
    }
    expect(cleaned).toContain('<ul><li>');
    expect(cleaned).toContain('<ol><li>');
    expect(cleaned).toContain('<b><span>الوكالة</span></b>');
  });

  it('keeps only the bold and italic of Google Docs styles, and drops its trailing break', () => {
    const cleaned = cleanPastedHtml(googleDocsPaste);
    expect(cleaned).toContain('<span style="font-weight:700;font-style:normal">بنسبة 2%</span>');
    expect(cleaned).not.toMatch(/font-size|color|white-space|Apple-interchange-newline|<meta/);
  });

  it("removes a page's scripts, styles, handlers, forms, navigation, clutter and foreign frames", () => {
    const cleaned = cleanPastedHtml(webPage);
    for (const leftover of [
      'onclick',
      'onmouseover',
      '<script',
      'dataLayer',
      'injected',
      '<style',
      '<form',
      'اشترك',
      '<nav',
      'الرئيسية',
      'اقرأ أيضًا',
      '© 2026',
      'ads.example.net',
      'analytics',
      'target=',
    ]) {
      expect(cleaned).not.toContain(leftover);
    }
    expect(cleaned).toContain(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=K2x"></iframe>',
    );
    expect(cleaned).toContain('<blockquote class="twitter-tweet">');
  });

  it('keeps a pull-quote aside, text with a lone <, and turns broken tags into text', () => {
    expect(cleanPastedHtml('<aside class="pullquote box"><p>قالها</p></aside>')).toBe(
      '<aside class="pullquote"><p>قالها</p></aside>',
    );
    expect(cleanPastedHtml('<p>3 < 5</p>')).toBe('<p>3 &lt; 5</p>');
    expect(cleanPastedHtml('<p>نص<img src=x onerror="alert(1)</p>')).not.toContain('<img');
  });
});

describe('documentFromHtml', () => {
  it('reads a Word paste: heading, marks, both lists and the table, nothing of Word left', () => {
    expect(fromHtml(wordPaste)).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('توقعات الإنتاج')] },
        paragraph(
          text('قالت '),
          text('الوكالة', strong),
          text(' إن الطلب سيرتفع '),
          text('قليلاً', em),
          text(' هذا العام.'),
        ),
        { type: 'bullet_list', content: [item('زيادة الصادرات'), item('خفض المخزونات')] },
        { type: 'ordered_list', content: [item('الربع الأول'), item('الربع الثاني')] },
        {
          type: 'table',
          content: [
            {
              type: 'table_row',
              content: [cell(text('الدولة', strong)), cell(text('الإنتاج', strong))],
            },
            { type: 'table_row', content: [cell(text('العراق')), cell(text('4.2'))] },
          ],
        },
      ],
    });
  });

  it('reads a Google Docs paste without taking its wrapper for bold', () => {
    expect(fromHtml(googleDocsPaste)).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('الأسواق اليوم')] },
        paragraph(
          text('ارتفع المؤشر '),
          text('بنسبة 2%', strong),
          text(' '),
          text('وفق البورصة', em),
          text('.'),
        ),
        {
          type: 'bullet_list',
          content: [
            item('الأسهم'),
            { type: 'list_item', content: [paragraph(text('السندات', strong))] },
          ],
        },
      ],
    });
  });

  it("keeps a page's article: the video and the post as embeds, unsafe links as text", () => {
    expect(fromHtml(webPage)).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('ميزانية الخليج في عام صعب')] },
        paragraph(
          text('تواجه الموازنات ضغوطًا متزايدة، بحسب '),
          text('تقرير حديث', [{ type: 'link', attrs: { href: 'https://example.com/report' } }]),
          text('.'),
        ),
        { type: 'embed', attrs: { provider: 'youtube', id: 'dQw4w9WgXcQ', account: null } },
        {
          type: 'embed',
          attrs: { provider: 'x', id: '1790000000000000001', account: 'mof_example' },
        },
      ],
    });
  });

  it('keeps Arabic text with a Latin name and numbers exactly as written', () => {
    expect(
      fromHtml('<p>أعلنت شركة Saudi Aramco أرباحًا بلغت 27.3 مليار دولار في الربع الأول.</p>'),
    ).toEqual({
      type: 'doc',
      content: [
        paragraph(text('أعلنت شركة Saudi Aramco أرباحًا بلغت 27.3 مليار دولار في الربع الأول.')),
      ],
    });
  });

  it('makes ragged pasted tables rectangular, and leaves out tables with nothing in them', () => {
    const doc = fromHtml(
      '<table><tr><td>أ</td><td>ب</td><td>ج</td></tr><tr><td>د</td></tr></table>' +
        '<table><tr><td> </td></tr></table>',
    );
    expect(() => parseDocument(doc)).not.toThrow();
    const [table, ...rest] = doc.content;
    expect(rest).toEqual([]);
    expect(table?.content?.map((row) => row.content?.length)).toEqual([3, 3]);
  });

  it('never returns an empty document, and keeps nothing the schema lacks', () => {
    for (const html of ['', '   ', '<script>alert(1)</script><nav>قائمة</nav>', '<p></p><br>']) {
      expect(fromHtml(html)).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    }
    const types = nodeTypes(
      fromHtml(
        `${wordPaste}${googleDocsPaste}${webPage}<marquee>متحرك</marquee><custom-card data-x="1">بطاقة</custom-card><video src="/v.mp4"></video><object data="x.swf"></object><details><summary>ملخص</summary>تفاصيل</details>`,
      ),
    );
    const known = [
      ...Object.keys(documentSchema.nodes),
      ...Object.keys(documentSchema.marks).map((mark) => `mark:${mark}`),
    ];
    expect([...types].filter((type) => !known.includes(type))).toEqual([]);
  });
});
