import { describe, expect, it } from 'vitest';
import type { ArticlePageProps } from '../view-models.js';
import { ArticlePage } from './article-page.js';
import { renderPage } from './render.js';
import {
  makeArticle,
  makeContext,
  makeMedia,
  makePerson,
  makeSection,
  makeSummary,
  makeTag,
} from './test-factories.js';
import {
  jsonLdBlocks,
  linkHref,
  metaContent,
  pageTitleText,
  visibleText,
} from '../../test-support/html.js';

const parent = makeSection({ id: 700, slug: 'الاقتصاد', name: 'الاقتصاد' });
const section = makeSection({ id: 701, slug: 'الطاقة', name: 'الطاقة', parentId: 700 });

function articleProps(overrides: Partial<ArticlePageProps> = {}): ArticlePageProps {
  return {
    context: makeContext({ path: '/article/42/خبر' }),
    article: makeArticle({
      id: 42,
      slug: 'خبر',
      section,
      authors: [
        makePerson({ slug: 'سلمى', name: 'سلمى الحداد' }),
        makePerson({ slug: 'كريم', name: 'كريم منصور' }),
      ],
      featuredImage: makeMedia({ id: 5, width: 1600, height: 900 }),
    }),
    parentSection: parent,
    related: [makeSummary({ title: 'خبر ذو صلة' })],
    ...overrides,
  };
}

const render = (props: ArticlePageProps) => renderPage(<ArticlePage {...props} />);
const enc = encodeURIComponent;

describe('ArticlePage', () => {
  it('is titled with the full headline and the brand once', () => {
    const long =
      'وزراء المالية العرب يتفقون على إطار مشترك لإعادة هيكلة الديون السيادية وإعادة جدولة القروض الميسرة للدول الأكثر تضررًا من تقلبات أسعار الطاقة والغذاء';
    const props = articleProps();
    const html = render({ ...props, article: { ...props.article, title: long } });
    expect(pageTitleText(html)).toBe(`${long} | مداد`);
    expect(html).toContain(`<h1 class="headline">${long}</h1>`);
  });

  it('prefers the SEO title and description when the newsroom set them', () => {
    const props = articleProps();
    const html = render({
      ...props,
      article: { ...props.article, seoTitle: 'عنوان البحث', seoDescription: 'وصف البحث' },
    });
    expect(pageTitleText(html)).toBe('عنوان البحث | مداد');
    expect(metaContent(html, 'description')).toBe('وصف البحث');
  });

  it('cuts a long description at a word boundary', () => {
    const props = articleProps();
    const excerpt = 'كلمة '.repeat(60).trim();
    const html = render({ ...props, article: { ...props.article, excerpt } });
    const description = metaContent(html, 'description') ?? '';
    expect([...description].length).toBeLessThanOrEqual(160);
    expect(description.endsWith('كلمة…')).toBe(true);
  });

  it('escapes a hostile headline everywhere', () => {
    const props = articleProps();
    const title = '</script><script>alert(1)</script>';
    const html = render({ ...props, article: { ...props.article, title } });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).toContain('&lt;/script>&lt;script>alert(1)&lt;/script>');
    const article = jsonLdBlocks(html).find((block) => block['@type'] === 'NewsArticle');
    expect(article?.headline).toBe(title);
  });

  it('uses <article> exactly once, for the article itself', () => {
    const html = render(articleProps());
    expect(html.match(/<article[\s>]/g)).toHaveLength(1);
  });

  it('shows the breadcrumb home › parent section › section', () => {
    const html = render(articleProps());
    expect(html).toContain(
      '<nav class="breadcrumb" aria-label="مسار التنقل"><ol>' +
        '<li><a href="/">الرئيسية</a></li>' +
        `<li><a href="/section/${enc('الاقتصاد')}">الاقتصاد</a></li>` +
        `<li><a href="/section/${enc('الطاقة')}">الطاقة</a></li></ol></nav>`,
    );
    const crumbs = jsonLdBlocks(html).find((block) => block['@type'] === 'BreadcrumbList');
    expect(crumbs?.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'الرئيسية', item: 'https://news.example/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'الاقتصاد',
        item: `https://news.example/section/${enc('الاقتصاد')}`,
      },
      {
        '@type': 'ListItem',
        position: 3,
        name: 'الطاقة',
        item: `https://news.example/section/${enc('الطاقة')}`,
      },
    ]);
  });

  it('bylines with linked author names', () => {
    const html = render(articleProps());
    expect(html).toContain(
      `<p class="byline">بقلم <a class="author-link" href="/author/${enc('سلمى')}">سلمى الحداد</a>` +
        ` و<a class="author-link" href="/author/${enc('كريم')}">كريم منصور</a></p>`,
    );
  });

  it('shows an opinion columnist with photo, name and job title', () => {
    const props = articleProps();
    const columnist = makePerson({
      slug: 'ليلى',
      name: 'ليلى عبد الله',
      jobTitle: 'أستاذة الاقتصاد',
    });
    const html = render({
      ...props,
      article: { ...props.article, type: 'opinion', authors: [columnist] },
    });
    expect(html).toContain('<span class="label label-opinion">رأي</span>');
    expect(html).toMatch(/<li class="columnist"><picture class="avatar avatar-large">/);
    expect(html).toContain(
      `<a class="columnist-name author-link" href="/author/${enc('ليلى')}">ليلى عبد الله</a>`,
    );
    expect(html).toContain('<p class="columnist-title">أستاذة الاقتصاد</p>');
  });

  it('labels the publication date, and the update only when it came over a minute later', () => {
    const props = articleProps();
    const publishedAt = '2026-10-14T09:00:00.000Z';
    const same = render({
      ...props,
      article: { ...props.article, publishedAt, updatedAt: '2026-10-14T09:00:45.000Z' },
    });
    expect(same).toContain(
      `نُشر في <time datetime="${publishedAt}">١٤ تشرين الأول/أكتوبر ٢٠٢٦، ١٢:٠٠</time>`,
    );
    expect(same).not.toContain('حُدّث في');
    const updated = render({
      ...props,
      article: { ...props.article, publishedAt, updatedAt: '2026-10-14T11:30:00.000Z' },
    });
    expect(updated).toContain(
      'حُدّث في <time datetime="2026-10-14T11:30:00.000Z">١٤ تشرين الأول/أكتوبر ٢٠٢٦، ١٤:٣٠</time>',
    );
  });

  it('marks breaking news and the article type', () => {
    const props = articleProps();
    const html = render({
      ...props,
      article: { ...props.article, type: 'analysis', isBreaking: true },
    });
    expect(html).toContain(
      '<p class="kicker"><span class="label label-breaking">عاجل</span><span class="label label-analysis">تحليل</span></p>',
    );
  });

  it('shows the featured image eagerly with its caption and credit', () => {
    const html = render(articleProps());
    expect(html).toMatch(/<figure class="lead-figure"><picture><source type="image\/avif"/);
    expect(html).toMatch(
      /<img src="\/media\/5\/v1\/640\.jpg"[^>]*loading="eager"[^>]*fetchpriority="high"/,
    );
    expect(html).toContain(
      '<figcaption><span class="caption">ناقلة نفط في ميناء رأس تنورة</span><span class="credit">الصورة: وكالة الأنباء</span></figcaption>',
    );
  });

  it('renders the body, the source line, linked tags and related stories', () => {
    const props = articleProps();
    const tag = makeTag({ slug: 'أوبك', name: 'أوبك' });
    const html = render({
      ...props,
      article: {
        ...props.article,
        tags: [tag],
        sourceName: 'وكالة الأنباء',
        sourceUrl: 'https://agency.example/story',
      },
    });
    expect(html).toContain('<strong>الأسواق</strong>');
    expect(html).toContain(
      '<p class="source">المصدر: <a href="https://agency.example/story" rel="nofollow noopener">وكالة الأنباء</a></p>',
    );
    expect(html).toContain(`<a href="/tag/${enc('أوبك')}" rel="tag">أوبك</a>`);
    expect(html).toContain('اقرأ أيضًا');
    expect(html).toContain('خبر ذو صلة');
  });

  it('describes itself to search engines and social networks', () => {
    const html = render(articleProps());
    expect(linkHref(html, 'canonical')).toBe(`https://news.example/article/42/${enc('خبر')}`);
    expect(metaContent(html, 'og:type')).toBe('article');
    expect(metaContent(html, 'og:image')).toBe('https://news.example/media/5/v1/1280.jpg');
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(html, 'article:published_time')).toBe('2026-10-14T09:00:00.000Z');

    const article = jsonLdBlocks(html).find((block) => block['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: 'أسعار النفط ترتفع بعد قرار خفض الإنتاج',
      datePublished: '2026-10-14T09:00:00.000Z',
      dateModified: '2026-10-14T09:00:00.000Z',
      inLanguage: 'ar',
      author: [
        {
          '@type': 'Person',
          name: 'سلمى الحداد',
          url: `https://news.example/author/${enc('سلمى')}`,
        },
        {
          '@type': 'Person',
          name: 'كريم منصور',
          url: `https://news.example/author/${enc('كريم')}`,
        },
      ],
      publisher: {
        '@type': 'Organization',
        name: 'مداد',
        logo: { '@type': 'ImageObject', url: 'https://news.example/apple-touch-icon.png' },
      },
      mainEntityOfPage: {
        '@type': 'WebPage',
        '@id': `https://news.example/article/42/${enc('خبر')}`,
      },
    });
    expect(article?.image).toEqual([
      'https://news.example/media/5/v1/16x9.jpg',
      'https://news.example/media/5/v1/4x3.jpg',
      'https://news.example/media/5/v1/1x1.jpg',
    ]);
    expect(metaContent(html, 'robots')).toBe('max-image-preview:large');
  });

  it('honours the canonical URL of a syndicated article', () => {
    const props = articleProps();
    const html = render({
      ...props,
      article: { ...props.article, canonicalUrl: 'https://origin.example/story' },
    });
    expect(linkHref(html, 'canonical')).toBe('https://origin.example/story');
  });

  it('escapes < in structured data so no value can end the script', () => {
    const props = articleProps();
    const html = render({
      ...props,
      article: { ...props.article, seoTitle: null, title: 'أ <!-- ب </script> ج' },
    });
    const scripts = html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g) ?? [];
    expect(scripts.length).toBe(2);
    for (const script of scripts) {
      const body = script.slice(script.indexOf('>') + 1, -'</script>'.length);
      expect(body).not.toContain('<');
    }
    expect(html).toContain('\\u003c/script\\u003e');
  });

  it('shows no Latin letter to an Arabic reader', () => {
    const props = articleProps();
    const html = render({
      ...props,
      article: {
        ...props.article,
        type: 'interview',
        sourceName: 'وكالة الأنباء',
        sourceUrl: 'https://agency.example/story',
        updatedAt: '2026-10-14T11:30:00.000Z',
      },
    });
    expect(visibleText(html)).not.toMatch(/[A-Za-z]/);
  });
});
