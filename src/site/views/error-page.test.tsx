import { describe, expect, it } from 'vitest';
import { ErrorPage } from './error-page.js';
import { renderPage } from './render.js';
import { makeContext } from './test-factories.js';
import { metaContent, pageTitleText, visibleText } from '../../test-support/html.js';

describe('ErrorPage', () => {
  it('tells an Arabic reader the page is missing and links home', () => {
    const html = renderPage(<ErrorPage context={makeContext({ path: '/nope' })} status={404} />);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(pageTitleText(html)).toBe('الصفحة غير موجودة | مداد');
    expect(html).toContain('<h1 class="page-title">الصفحة غير موجودة</h1>');
    expect(html).toContain('<a class="button" href="/">العودة إلى الصفحة الرئيسية</a>');
    expect(html).toContain('٤٠٤');
    expect(metaContent(html, 'robots')).toBe('noindex');
    expect(html).not.toContain('rel="canonical"');
    expect(visibleText(html)).not.toMatch(/[A-Za-z]/);
  });

  it('apologises for a server error in the same layout', () => {
    const html = renderPage(<ErrorPage context={makeContext()} status={500} />);
    expect(pageTitleText(html)).toBe('حدث خطأ غير متوقع | مداد');
    expect(html).toContain('class="masthead"');
    expect(html).toContain('class="site-footer"');
  });

  it('speaks English on English pages', () => {
    const html = renderPage(
      <ErrorPage context={makeContext({ language: 'en', navigation: [] })} status={404} />,
    );
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(pageTitleText(html)).toBe('Page not found | Midad');
    expect(html).toContain('<a class="button" href="/en/">Back to the front page</a>');
  });
});
