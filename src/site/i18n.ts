/**
 * Every string the public site shows, in Arabic and English, under the same keys.
 * Views never write UI text inline: an Arabic page must not leak an English word.
 *
 * Placeholders look like `{name}`. Numbers a reader sees (page numbers, years) should be
 * passed already formatted with `formatInteger(n, digits)` so they follow the site's digits.
 */
import type { ArticleType, Language } from '../content/types.js';

const ar = {
  'site.skipToContent': 'انتقل إلى المحتوى',
  'site.home': 'الرئيسية',
  'site.primaryNav': 'القائمة الرئيسية',
  'site.subsectionsNav': 'الأقسام الفرعية',
  'site.breadcrumb': 'مسار التنقل',
  'site.languageSwitch': 'النسخة الإنجليزية',
  'breaking.label': 'عاجل',
  'breaking.region': 'أخبار عاجلة',
  'home.lead': 'الخبر الرئيسي',
  'home.top': 'الأكثر أهمية',
  'home.latest': 'آخر الأخبار',
  'home.opinion': 'مقالات الرأي',
  'home.empty': 'لا توجد أخبار منشورة بعد.',
  'article.publishedAt': 'نُشر في',
  'article.updatedAt': 'حُدّث في',
  'article.by': 'بقلم',
  'article.source': 'المصدر:',
  'article.tags': 'الوسوم',
  'article.related': 'اقرأ أيضًا',
  'article.imageCredit': 'الصورة: {credit}',
  'list.separator': '، ',
  'list.lastSeparator': ' و',
  'listing.articles': 'المقالات',
  'listing.empty': 'لا توجد مقالات منشورة هنا بعد.',
  'listing.tagKicker': 'وسم',
  'listing.tagDescription': 'كل الأخبار والمقالات الموسومة بـ«{name}».',
  'listing.authorArticles': 'مقالات {name}',
  'listing.authorLinks': 'روابط',
  'pagination.label': 'التنقل بين الصفحات',
  'pagination.previous': 'الصفحة السابقة',
  'pagination.next': 'الصفحة التالية',
  'pagination.status': 'صفحة {page} من {total}',
  'type.news': 'خبر',
  'type.analysis': 'تحليل',
  'type.opinion': 'رأي',
  'type.interview': 'مقابلة',
  'type.report': 'تقرير',
  'error.404.title': 'الصفحة غير موجودة',
  'error.404.message': 'ربما نُقلت هذه الصفحة أو حُذفت، أو أن الرابط غير صحيح.',
  'error.500.title': 'حدث خطأ غير متوقع',
  'error.500.message': 'تعذّر عرض هذه الصفحة الآن. نعمل على إصلاح المشكلة، فحاول مرة أخرى بعد قليل.',
  'error.backHome': 'العودة إلى الصفحة الرئيسية',
  'footer.sections': 'الأقسام',
  'footer.copyright': '© {year} {site}. حقوق النشر محفوظة.',
} as const;

export type MessageKey = keyof typeof ar;

const en: Record<MessageKey, string> = {
  'site.skipToContent': 'Skip to content',
  'site.home': 'Home',
  'site.primaryNav': 'Main menu',
  'site.subsectionsNav': 'Subsections',
  'site.breadcrumb': 'Breadcrumb',
  'site.languageSwitch': 'العربية',
  'breaking.label': 'Breaking',
  'breaking.region': 'Breaking news',
  'home.lead': 'Top story',
  'home.top': 'Top stories',
  'home.latest': 'Latest news',
  'home.opinion': 'Opinion',
  'home.empty': 'No stories have been published yet.',
  'article.publishedAt': 'Published',
  'article.updatedAt': 'Updated',
  'article.by': 'By',
  'article.source': 'Source:',
  'article.tags': 'Tags',
  'article.related': 'Read also',
  'article.imageCredit': 'Photo: {credit}',
  'list.separator': ', ',
  'list.lastSeparator': ' and ',
  'listing.articles': 'Articles',
  'listing.empty': 'Nothing has been published here yet.',
  'listing.tagKicker': 'Tag',
  'listing.tagDescription': 'All stories tagged “{name}”.',
  'listing.authorArticles': 'Articles by {name}',
  'listing.authorLinks': 'Links',
  'pagination.label': 'Pagination',
  'pagination.previous': 'Previous page',
  'pagination.next': 'Next page',
  'pagination.status': 'Page {page} of {total}',
  'type.news': 'News',
  'type.analysis': 'Analysis',
  'type.opinion': 'Opinion',
  'type.interview': 'Interview',
  'type.report': 'Report',
  'error.404.title': 'Page not found',
  'error.404.message': 'This page may have moved or been removed, or the link may be wrong.',
  'error.500.title': 'Something went wrong',
  'error.500.message':
    'We could not show this page just now. We are fixing the problem; please try again shortly.',
  'error.backHome': 'Back to the front page',
  'footer.sections': 'Sections',
  'footer.copyright': '© {year} {site}. All rights reserved.',
};

export const messages: Record<Language, Record<MessageKey, string>> = { ar, en };

/** The message for `key` in `language`, with `{placeholders}` filled from `params`. */
export function t(
  language: Language,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  const template = messages[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

const typeKeys: Record<ArticleType, MessageKey> = {
  news: 'type.news',
  analysis: 'type.analysis',
  opinion: 'type.opinion',
  interview: 'type.interview',
  report: 'type.report',
};

/** The label of an article type: «تحليل», "Analysis"… */
export function typeLabel(language: Language, type: ArticleType): string {
  return t(language, typeKeys[type]);
}
