/**
 * Saved pages read back into stories: pages written for these tests with other sites'
 * boilerplate (menus, bylines, dates, share buttons, picture names), and — when the shared
 * fixtures are there — a real page as a text scraper saved it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScrapedText } from './scraped-text.js';

const arabicPage = `الرئيسية
سياسة
اقتصاد
رياضة
اتصل بنا
Login
صحيفة الأفق
أسواق
ارتفاع مؤشر البورصة بدعم من أسهم المصارف والاتصالات
الأفق - بيروت
٣ كانون الأول ٢٠٢٦
IMG_2041.JPG
أغلق المؤشر العام للبورصة جلسة اليوم على ارتفاع واضح، مدعوماً بمشتريات المستثمرين في أسهم المصارف الكبرى.

وقال متعاملون إن نتائج الربع الثالث شجّعت على الشراء، فيما بقيت أحجام التداول قريبة من متوسطها الشهري.

وتراجعت أسهم قطاع العقارات بشكل طفيف بعد موجة صعود استمرت أسبوعين.

اقرأ أيضاً
شارك المقال
صحيفة الأفق
ارتفاع مؤشر البورصة بدعم من أسهم المصارف... - صحيفة الأفق`;

const englishPage = `Home
World
Business
Markets
Subscribe
The Daily Ledger
Business
Central bank holds rates steady as inflation cools
By Jane Roe
hero_image-2026_rates.jpg
The central bank kept its main interest rate unchanged on Thursday, saying price growth was slowing faster than expected.

Officials signalled that a cut could come early next year if the trend holds through the winter months.

Share this article
Central bank holds rates steady as inflation... | The Daily Ledger`;

describe('a page as a text scraper saved it', () => {
  it('finds an Arabic story among the menu, byline, date and picture name', () => {
    expect(readScrapedText(arabicPage)).toEqual({
      title: 'ارتفاع مؤشر البورصة بدعم من أسهم المصارف والاتصالات',
      section: 'أسواق',
      paragraphs: [
        'أغلق المؤشر العام للبورصة جلسة اليوم على ارتفاع واضح، مدعوماً بمشتريات المستثمرين في أسهم المصارف الكبرى.',
        'وقال متعاملون إن نتائج الربع الثالث شجّعت على الشراء، فيما بقيت أحجام التداول قريبة من متوسطها الشهري.',
        'وتراجعت أسهم قطاع العقارات بشكل طفيف بعد موجة صعود استمرت أسبوعين.',
      ],
      sourceName: 'صحيفة الأفق',
      language: 'ar',
    });
  });

  it('reads an English page the same way', () => {
    const story = readScrapedText(englishPage);
    expect(story).toMatchObject({
      title: 'Central bank holds rates steady as inflation cools',
      section: 'Business',
      sourceName: 'The Daily Ledger',
      language: 'en',
    });
    expect(story.paragraphs).toHaveLength(2);
    expect(story.paragraphs.join(' ')).not.toMatch(/Share this|By Jane|hero_image/);
  });

  it('still finds a headline when the page has no browser title', () => {
    const story = readScrapedText(arabicPage.split('\n').slice(0, -1).join('\n'));
    expect(story.title).toBe('ارتفاع مؤشر البورصة بدعم من أسهم المصارف والاتصالات');
    expect(story.paragraphs).toHaveLength(3);
  });

  const fixture = path.resolve('..', 'shared', 'fixtures', 'scraped-page-ar-economy.txt');
  it.skipIf(!existsSync(fixture))('reads the shared fixture: a real page, saved as text', () => {
    const story = readScrapedText(readFileSync(fixture, 'utf8'));
    expect(story.title).toBe('روسيا وسوريا تعززان التعاون في مجالات الطاقة والأمن وإعادة الإعمار');
    expect(story.section).toBe('اقتصاد');
    expect(story.sourceName).toBe('Ektisadi.com');
    expect(story.paragraphs).toHaveLength(8);
    expect(story.paragraphs[0]).toMatch(/^أكدت روسيا/);
    expect(story.paragraphs[7]).toMatch(/^ويُظهر هذا الحراك/);
    const body = story.paragraphs.join('\n');
    expect(body).not.toMatch(/Contact Us|Ektisadi|freepik/);
  });
});
