import { describe, expect, it } from 'vitest';
import type { HomePageProps } from '../view-models.js';
import { HomePage } from './home-page.js';
import { renderPage } from './render.js';
import { makeContext, makePerson, makeSection, makeSummary } from './test-factories.js';
import { jsonLdBlocks, linkHref, pageTitleText, visibleText } from '../../test-support/html.js';

function homeProps(overrides: Partial<HomePageProps> = {}): HomePageProps {
  const section = makeSection({ id: 901, slug: 'الأسواق', name: 'الأسواق' });
  return {
    context: makeContext(),
    lead: makeSummary({ title: 'الخبر الرئيسي اليوم' }),
    top: [makeSummary({ type: 'analysis' }), makeSummary()],
    opinion: [
      makeSummary({
        type: 'opinion',
        title: 'لماذا تتأخر الإصلاحات؟',
        authors: [makePerson({ name: 'كريم منصور', slug: 'كريم' })],
      }),
    ],
    sectionBlocks: [
      {
        section,
        articles: [1, 2, 3, 4, 5].map((i) => makeSummary({ title: `خبر الأسواق ${'أبجده'[i]}` })),
      },
    ],
    latest: [
      makeSummary({ title: 'خبر الساعة', publishedAt: '2026-10-14T10:30:00.000Z' }),
      makeSummary({ title: 'خبر الأمس', publishedAt: '2026-10-13T10:30:00.000Z' }),
    ],
    ...overrides,
  };
}

const render = (props: HomePageProps) => renderPage(<HomePage {...props} />);

describe('HomePage', () => {
  it('is an Arabic, right-to-left document named "tagline | site name"', () => {
    const html = render(homeProps());
    expect(html.startsWith('<!doctype html><html lang="ar" dir="rtl">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8"/>');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>');
    expect(pageTitleText(html)).toBe('أخبار الاقتصاد والأسواق | مداد');
    expect(linkHref(html, 'canonical')).toBe('https://news.example/');
    expect(linkHref(html, 'stylesheet')).toBe('/assets/site.abc123.css');
  });

  it('shows no Latin letter anywhere a reader can see', () => {
    const context = makeContext({ breaking: [makeSummary({ isBreaking: true })] });
    const text = visibleText(render(homeProps({ context })));
    expect(text).toContain('مداد');
    expect(text).not.toMatch(/[A-Za-z]/);
  });

  it('describes the site to search engines, with its search and publisher', () => {
    const site = jsonLdBlocks(render(homeProps())).find((block) => block['@type'] === 'WebSite');
    expect(site).toMatchObject({
      name: 'مداد',
      url: 'https://news.example/',
      inLanguage: 'ar',
      publisher: { '@type': 'Organization', logo: { '@type': 'ImageObject' } },
      potentialAction: {
        '@type': 'SearchAction',
        target: {
          '@type': 'EntryPoint',
          urlTemplate: 'https://news.example/search?q={search_term_string}',
        },
        'query-input': 'required name=search_term_string',
      },
    });
  });

  it('points to the English home page', () => {
    const html = render(homeProps());
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://news.example/en/"/>');
    expect(html).toContain('<link rel="alternate" hreflang="ar" href="https://news.example/"/>');
    expect(html).toMatch(
      /<a class="language-switch" href="\/en\/" hreflang="en">النسخة الإنجليزية<\/a>/,
    );
  });

  it('has the masthead: skip link, wordmark, tagline, today in Arabic-Indic digits', () => {
    const html = render(homeProps());
    expect(html).toContain('<a class="skip-link" href="#main">انتقل إلى المحتوى</a>');
    expect(html).toContain('<main id="main"');
    expect(html).toMatch(/<h1 class="wordmark"><a href="\/">مداد<\/a><\/h1>/);
    expect(html).toContain(
      '<time class="masthead-date" datetime="2026-10-14">١٤ تشرين الأول/أكتوبر ٢٠٢٦</time>',
    );
    expect(html).toContain('© ٢٠٢٦ مداد. حقوق النشر محفوظة.');
  });

  it('loads the lead image first and every other image lazily', () => {
    const html = render(homeProps());
    const images = html.match(/<img [^>]*>/g) ?? [];
    expect(images[0]).toContain('loading="eager"');
    expect(images[0]).toContain('fetchpriority="high"');
    expect(images.slice(1).every((img) => img.includes('loading="lazy"'))).toBe(true);
    expect(html).toContain('<meta property="og:image" content="https://news.example/media/');
  });

  it('uses no <article> for teasers', () => {
    expect(render(homeProps())).not.toContain('<article');
  });

  it('shows the breaking bar only when there is breaking news', () => {
    const breaking = makeSummary({
      id: 4242,
      slug: 'عاجل',
      title: 'انقطاع الكهرباء',
      isBreaking: true,
    });
    const withBreaking = render(homeProps({ context: makeContext({ breaking: [breaking] }) }));
    expect(withBreaking).toContain('<strong class="breaking-label">عاجل</strong>');
    expect(withBreaking).toContain(
      `<a href="/article/4242/${encodeURIComponent('عاجل')}">انقطاع الكهرباء</a>`,
    );
    expect(render(homeProps())).not.toContain('breaking-label');
  });

  it('gives each section a linked heading and at most four stories', () => {
    const html = render(homeProps());
    expect(html).toContain(`<a href="/section/${encodeURIComponent('الأسواق')}">الأسواق</a></h2>`);
    expect(html).toContain('خبر الأسواق ب');
    expect(html).toContain('خبر الأسواق ه');
    expect(html).not.toContain('خبر الأسواق ج ');
    expect(html.match(/خبر الأسواق/g)).toHaveLength(4);
  });

  it('shows columnists with their photo and name', () => {
    const html = render(homeProps());
    expect(html).toContain('مقالات الرأي');
    expect(html).toMatch(/<li class="opinion-card"><picture class="avatar avatar-small">/);
    expect(html).toContain(
      `<a class="author-link" href="/author/${encodeURIComponent('كريم')}">كريم منصور</a>`,
    );
  });

  it('lists the latest stories with their times', () => {
    const html = render(homeProps());
    expect(html).toContain('آخر الأخبار');
    expect(html).toContain('<time datetime="2026-10-14T10:30:00.000Z">١٣:٣٠</time>');
    expect(html).toContain(
      '<time datetime="2026-10-13T10:30:00.000Z">١٣ تشرين الأول/أكتوبر ٢٠٢٦، ١٣:٣٠</time>',
    );
  });

  it('says so when nothing is published yet', () => {
    const html = render(
      homeProps({ lead: null, top: [], opinion: [], sectionBlocks: [], latest: [] }),
    );
    expect(html).toContain('لا توجد أخبار منشورة بعد.');
  });

  it('renders the English home left to right with no Arabic but the way back', () => {
    const context = makeContext({ language: 'en', navigation: [] });
    const html = render(
      homeProps({
        context,
        lead: makeSummary({
          language: 'en',
          title: 'Markets rally',
          subtitle: 'Stocks rose across the region',
          section: null,
          authors: [],
          featuredImage: null,
        }),
        top: [],
        opinion: [],
        sectionBlocks: [],
        latest: [],
      }),
    );
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(pageTitleText(html)).toBe('Economy and markets news | Midad');
    expect(html).toContain(
      '<a class="language-switch" href="/" hreflang="ar" lang="ar" dir="rtl">العربية</a>',
    );
    const withoutSwitch = visibleText(
      html.replace(/<a class="language-switch"[^>]*>[^<]*<\/a>/, ''),
    );
    expect(withoutSwitch).not.toMatch(/[\u0600-\u06FF]/);
    expect(withoutSwitch).toContain('14 October 2026');
    expect(withoutSwitch).toContain('© 2026 Midad. All rights reserved.');
  });
});
