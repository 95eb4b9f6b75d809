import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../content/types.js';
import { AuthorPage } from './author-page.js';
import { renderPage } from './render.js';
import { SectionPage } from './section-page.js';
import { TagPage } from './tag-page.js';
import {
  makeContext,
  makeMedia,
  makePagination,
  makePerson,
  makeSection,
  makeSummary,
  makeTag,
} from './test-factories.js';
import { linkHref, metaContent, pageTitleText, visibleText } from '../../test-support/html.js';

const enc = encodeURIComponent;
const energy = makeSection({ id: 900, slug: 'الطاقة', name: 'الطاقة' });
const basePath = `/section/${enc('الطاقة')}`;

function renderSection(page: number, totalPages: number, articles = [makeSummary()]) {
  return renderPage(
    <SectionPage
      context={makeContext({ path: page > 1 ? `${basePath}?page=${page}` : basePath })}
      section={energy}
      parent={null}
      subsections={[makeSection({ slug: 'النفط', name: 'النفط', parentId: 900 })]}
      articles={articles}
      pagination={makePagination({ page, totalPages, basePath })}
    />,
  );
}

describe('SectionPage', () => {
  it('is titled "section | site name" and describes the section', () => {
    const html = renderSection(1, 1);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(pageTitleText(html)).toBe('الطاقة | مداد');
    expect(html).toContain('<h1 class="page-title">الطاقة</h1>');
    expect(metaContent(html, 'description')).toBe('أخبار النفط والغاز والطاقة المتجددة.');
    expect(html).toContain(`<a href="/section/${enc('النفط')}">النفط</a>`);
    expect(html).toMatch(/<a href="[^"]*" aria-current="true">الطاقة<\/a>/);
  });

  it('links the previous and next pages in the head and the page', () => {
    const html = renderSection(2, 5);
    expect(linkHref(html, 'prev')).toBe(`https://news.example${basePath}`);
    expect(linkHref(html, 'next')).toBe(`https://news.example${basePath}?page=3`);
    expect(linkHref(html, 'canonical')).toBe(`https://news.example${basePath}?page=2`);
    expect(html).toContain(
      `<a class="pagination-link" rel="prev" href="${basePath}">الصفحة السابقة</a>`,
    );
    expect(html).toContain(
      `<a class="pagination-link" rel="next" href="${basePath}?page=3">الصفحة التالية</a>`,
    );
    expect(html).toContain('صفحة ٢ من ٥');
  });

  it('has no previous page on page 1 and no next page on the last', () => {
    const first = renderSection(1, 5);
    expect(linkHref(first, 'prev')).toBeNull();
    expect(linkHref(first, 'next')).toBe(`https://news.example${basePath}?page=2`);
    const last = renderSection(5, 5);
    expect(linkHref(last, 'next')).toBeNull();
    expect(linkHref(last, 'prev')).toBe(`https://news.example${basePath}?page=4`);
    expect(renderSection(1, 1)).not.toContain('class="pagination"');
  });

  it('writes page numbers in Western digits when the site is set so', () => {
    const html = renderPage(
      <SectionPage
        context={makeContext({ settings: { ...defaultSettings, digits: 'western' } })}
        section={energy}
        parent={null}
        subsections={[]}
        articles={[makeSummary()]}
        pagination={makePagination({ page: 2, totalPages: 5, basePath })}
      />,
    );
    expect(html).toContain('صفحة 2 من 5');
    expect(html).toContain('14 تشرين الأول/أكتوبر 2026');
  });

  it('shows teasers with thumbnail, type, title, excerpt, date and authors, never as <article>', () => {
    const article = makeSummary({
      id: 31,
      slug: 'تحليل',
      type: 'analysis',
      title: 'تحليل: إلى أين تتجه الأسعار؟',
      authors: [makePerson({ slug: 'سلمى', name: 'سلمى الحداد' })],
      featuredImage: makeMedia({ id: 77, width: 800, height: 450 }),
    });
    const html = renderSection(1, 1, [article]);
    expect(html).not.toContain('<article');
    expect(html).toMatch(/<li class="teaser"><div class="thumb"><picture>/);
    expect(html).toContain('<span class="label label-analysis">تحليل</span>');
    expect(html).toContain(
      `<a class="teaser-link" href="/article/31/${enc('تحليل')}">تحليل: إلى أين تتجه الأسعار؟</a>`,
    );
    expect(html).toContain('<p class="teaser-excerpt">ارتفعت أسعار الخام');
    expect(html).toContain(
      '<time datetime="2026-10-14T09:00:00.000Z">١٤ تشرين الأول/أكتوبر ٢٠٢٦</time>',
    );
    expect(html).toContain(`<a class="author-link" href="/author/${enc('سلمى')}">سلمى الحداد</a>`);
    expect(html).toContain('src="/media/77/v1/640.jpg"');
  });

  it('says so when the section is empty', () => {
    expect(renderSection(1, 1, [])).toContain('لا توجد مقالات منشورة هنا بعد.');
  });

  it('shows the parent section in a breadcrumb for a subsection', () => {
    const economy = makeSection({ id: 800, slug: 'الاقتصاد', name: 'الاقتصاد' });
    const html = renderPage(
      <SectionPage
        context={makeContext()}
        section={energy}
        parent={economy}
        subsections={[]}
        articles={[]}
        pagination={makePagination()}
      />,
    );
    expect(html).toContain(`<li><a href="/section/${enc('الاقتصاد')}">الاقتصاد</a></li>`);
  });

  it('shows no Latin letter', () => {
    expect(visibleText(renderSection(2, 5))).not.toMatch(/[A-Za-z]/);
  });
});

describe('TagPage', () => {
  it('names the tag in the title and heading, and paginates', () => {
    const tag = makeTag({ slug: 'أوبك', name: 'أوبك' });
    const html = renderPage(
      <TagPage
        context={makeContext()}
        tag={tag}
        articles={[makeSummary()]}
        pagination={makePagination({ page: 1, totalPages: 2, basePath: `/tag/${enc('أوبك')}` })}
      />,
    );
    expect(pageTitleText(html)).toBe('أوبك | مداد');
    expect(html).toContain('<h1 class="page-title">أوبك</h1>');
    expect(linkHref(html, 'next')).toBe(`https://news.example/tag/${enc('أوبك')}?page=2`);
    expect(html).toContain('صفحة ١ من ٢');
    expect(html).not.toContain('<article');
    expect(visibleText(html)).not.toMatch(/[A-Za-z]/);
  });
});

describe('AuthorPage', () => {
  const person = makePerson({
    slug: 'سلمى',
    name: 'سلمى الحداد',
    jobTitle: 'محررة الشؤون الاقتصادية',
    bio: 'تغطي أسواق الطاقة.',
    links: [
      { label: 'موقعها', url: 'https://salma.example' },
      { label: 'رابط سيئ', url: 'javascript:alert(1)' },
    ],
  });

  it('introduces the author with photo, job title, bio and links', () => {
    const html = renderPage(
      <AuthorPage
        context={makeContext()}
        person={person}
        articles={[makeSummary()]}
        pagination={makePagination()}
      />,
    );
    expect(pageTitleText(html)).toBe('سلمى الحداد | مداد');
    expect(html).toContain('<h1 class="page-title">سلمى الحداد</h1>');
    expect(html).toMatch(/<picture class="avatar avatar-large">/);
    expect(html).toContain('<p class="author-job">محررة الشؤون الاقتصادية</p>');
    expect(html).toContain('تغطي أسواق الطاقة.');
    expect(html).toContain('<a href="https://salma.example" rel="me noopener">موقعها</a>');
    expect(html).not.toContain('javascript:');
    expect(metaContent(html, 'description')).toBe('تغطي أسواق الطاقة.');
    expect(visibleText(html)).not.toMatch(/[A-Za-z]/);
  });

  it('says so when the author has published nothing yet', () => {
    const html = renderPage(
      <AuthorPage
        context={makeContext()}
        person={person}
        articles={[]}
        pagination={makePagination()}
      />,
    );
    expect(html).toContain('لا توجد مقالات منشورة هنا بعد.');
  });
});
