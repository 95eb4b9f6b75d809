/**
 * What the search engines index: one plain-text record per article. The demo articles come
 * straight from the demo content modules (no database), their bodies turned into text the way
 * the site turns a stored document into text, so every engine sees the same words a reader does.
 */
import { documentText, type DocumentNodeJson } from '../../src/content/document-schema.js';
import type { Language } from '../../src/db/schema.js';
import { demoArticlesAr } from '../../src/demo/content-articles-ar.js';
import { demoArticlesEn } from '../../src/demo/content-articles-en.js';
import { demoSections } from '../../src/demo/content-sections.js';
import type { DemoArticle, DemoBlock } from '../../src/demo/types.js';
import { slugify } from '../../src/text/slug.js';

export interface SearchDocument {
  /** The article's slug: what a relevance judgement names. */
  key: string;
  language: Language;
  title: string;
  subtitle: string;
  excerpt: string;
  body: string;
  tags: string[];
  section: string;
  publishedAt: Date;
}

/**
 * The demo articles a query may expect, by a short name, each mapped to the slug the demo
 * loader gives it (derived from its title). The relevance-set test checks every one exists.
 */
export const demoArticle = {
  opecExtendsCuts: 'تحالف-أوبك-يمدد-خفض-الإنتاج-حتى-نهاية-الربع-الثالث-من-2026',
  oilPriceRange: 'لماذا-تبقى-أسعار-النفط-حبيسة-نطاق-ضيق-رغم-توترات-الإمدادات',
  gasPipeline: 'توقيع-اتفاق-لمد-خط-أنابيب-غاز-بطول-640-كيلومترا-نحو-الساحل',
  solarPlant: 'أكبر-محطة-شمسية-في-المنطقة-تبدأ-ضخ-الكهرباء-إلى-الشبكة-الوطنية',
  electricityDemand: 'تقرير-الطلب-على-الكهرباء-يرتفع-7-سنويا-ومراكز-البيانات-تدخل-على-الخط',
  windPower: 'طاقة-الرياح-تبحث-عن-مكانها-بين-الشمس-والغاز-في-مزيج-الكهرباء',
  goldRecord: 'الذهب-يسجل-مستوى-قياسيا-جديدا-مع-تزايد-الرهانات-على-خفض-الفائدة',
  emergingCurrencies: 'العملات-الناشئة-تلتقط-أنفاسها-مع-تراجع-الدولار-من-الرابح-ومن-الخاسر',
  wheatImports: 'أسعار-القمح-العالمية-تتراجع-والمستوردون-العرب-يسارعون-إلى-تعزيز-المخزون',
  stockIndexBanks: 'المؤشر-العام-للسوق-المالية-يغلق-على-ارتفاع-بدعم-من-أسهم-المصارف',
  logisticsIpo: 'طرح-عام-أولي-لشركة-لوجستية-يجمع-850-مليون-دولار-وسط-إقبال-واسع',
  quarterlyProfits: 'نتائج-الربع-الأول-أرباح-الشركات-المدرجة-تنمو-رغم-ضغوط-التكاليف',
  centralBankCut: 'المصرف-المركزي-يخفض-سعر-الفائدة-ربع-نقطة-مئوية-للمرة-الثانية-هذا-العام',
  bankMerger: 'اندماج-مصرفين-متوسطين-يعيد-رسم-خريطة-القطاع-مكاسب-الحجم-وأسئلة-المنافسة',
  greenSukuk: 'الصكوك-الخضراء-تجتذب-المستثمرين-ومصدرون-عرب-يستعدون-لإصدارات-جديدة',
  digitalPayments: 'المدفوعات-الرقمية-تتجاوز-النقد-للمرة-الأولى-في-متاجر-التجزئة',
  dataCentre: 'افتتاح-مركز-بيانات-بقدرة-200-ميغاواط-لخدمة-تطبيقات-الذكاء-الاصطناعي',
  fintechFounder: 'مؤسسة-شركة-ناشئة-في-التكنولوجيا-المالية-التمويل-المبكر-أصعب-من-بناء-المنتج',
  chipShortage: 'نقص-الرقائق-الإلكترونية-يعود-إلى-الواجهة-ما-الذي-تعلمته-المصانع-العربية',
  bankAssistants: 'المصارف-تختبر-مساعدين-بالذكاء-الاصطناعي-لخدمة-العملاء-باللغة-العربية',
  inflationSlows: 'التضخم-السنوي-يتباطأ-إلى-2-9-الشهر-الماضي-بفعل-تراجع-أسعار-الغذاء',
  revisedBudget: 'وزارة-المالية-ترفع-الإنفاق-الرأسمالي-في-موازنة-2026-المعدلة-وتتوقع-عجزا-عند-3-1',
  nonOilExports: 'وكيل-وزارة-الاقتصاد-نستهدف-مضاعفة-الصادرات-غير-النفطية-خلال-خمس-سنوات',
  youthUnemployment: 'بطالة-الشباب-تتراجع-إلى-أدنى-مستوى-منذ-عقد-بدعم-من-قطاع-الخدمات',
  reconstruction: 'إطلاق-المرحلة-الأولى-من-مشروع-لإعادة-إعمار-12-ألف-وحدة-سكنية',
  mortgageRevival: 'تراجع-الفائدة-يعيد-الحياة-إلى-التمويل-العقاري-لكن-الأسعار-تسبق-الدخول',
  rateCutOpinion: 'خفض-الفائدة-وحده-لن-يصنع-نموا-ما-لم-تتحرك-الإنتاجية',
  foodSecurityOpinion: 'حين-يصبح-الغذاء-سؤال-أمن-قومي-لا-مجرد-بند-استيراد',
  cheapSolarOpinion: 'الكهرباء-الشمسية-الرخيصة-فرصة-صناعية-قبل-أن-تكون-إنجازا-بيئيا',
  aiJobsOpinion: 'الذكاء-الاصطناعي-لن-يلغي-الوظائف-لكنه-سيعيد-توزيعها-بقسوة',
  opecCutsEnglish: 'opec-extends-voluntary-output-cuts-to-the-end-of-the-third-quarter',
  solarPlantEnglish: 'the-region-s-largest-solar-plant-begins-supplying-the-national-grid',
  householdBudgetsEnglish: 'inflation-is-slowing-so-why-do-household-budgets-still-feel-so-tight',
} as const;

const hour = 60 * 60 * 1000;
/** A fixed "now", so a run's date order (the substring baseline's ranking) never changes. */
const demoNow = Date.UTC(2026, 5, 1, 12);

/** The slug the demo loader gives an article. */
export function demoSlug(article: DemoArticle): string {
  return article.slug ?? slugify(article.title);
}

export function demoDocuments(): SearchDocument[] {
  const sectionNames = new Map(demoSections.map((section) => [section.slug, section.name]));
  return [...demoArticlesAr, ...demoArticlesEn].map((article) => ({
    key: demoSlug(article),
    language: article.language,
    title: article.title,
    subtitle: article.subtitle,
    excerpt: article.excerpt,
    body: documentText({ type: 'doc', content: article.body.map(toNode) }),
    tags: article.tags,
    section: sectionNames.get(article.section) ?? article.section,
    publishedAt: new Date(demoNow - article.hoursAgo * hour),
  }));
}

/** Blocks as document nodes, enough for documentText; figures carry no text of their own. */
function toNode(block: DemoBlock): DocumentNodeJson {
  const text = (value: string): DocumentNodeJson[] => [{ type: 'text', text: value }];
  if ('p' in block) return { type: 'paragraph', content: text(block.p) };
  if ('h' in block) return { type: 'heading', content: text(block.h) };
  if ('quote' in block) return { type: 'pullquote', content: text(block.quote) };
  if ('list' in block) {
    return {
      type: 'bullet_list',
      content: block.list.map((item) => ({
        type: 'list_item',
        content: [{ type: 'paragraph', content: text(item) }],
      })),
    };
  }
  return { type: 'figure' };
}

/** Title, subtitle, excerpt, body, tags and section: everything a reader can search. */
export function fullText(document: SearchDocument): string {
  return [
    document.title,
    document.subtitle,
    document.excerpt,
    document.body,
    document.tags.join('، '),
    document.section,
  ].join('\n');
}
