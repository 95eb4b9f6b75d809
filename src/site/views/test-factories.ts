/**
 * Small builders of view data for the site's view tests (and screenshots). Every default
 * is Arabic, so an Arabic page built from them must show no Latin letter.
 */
import type { DocumentJson } from '../../content/document-schema.js';
import {
  defaultSettings,
  type Article,
  type ArticleSummary,
  type Language,
  type Media,
  type Person,
  type Section,
  type Tag,
} from '../../content/types.js';
import type { PageContext, Pagination } from '../view-models.js';

let nextId = 1;
const newId = (): number => nextId++;

export function makeMedia(overrides: Partial<Media> = {}): Media {
  const id = overrides.id ?? newId();
  return {
    id,
    storageKey: `media/${id}.jpg`,
    mime: 'image/jpeg',
    width: 1600,
    height: 900,
    alt: 'ناقلة نفط راسية في ميناء عند الغروب',
    caption: 'ناقلة نفط في ميناء رأس تنورة',
    credit: 'وكالة الأنباء',
    version: 1,
    ...overrides,
  };
}

export function makeSection(overrides: Partial<Section> = {}): Section {
  const id = overrides.id ?? newId();
  return {
    id,
    slug: `قسم-${id}`,
    name: 'الطاقة',
    description: 'أخبار النفط والغاز والطاقة المتجددة.',
    language: 'ar',
    parentId: null,
    position: id,
    ...overrides,
  };
}

export function makeTag(overrides: Partial<Tag> = {}): Tag {
  const id = overrides.id ?? newId();
  return { id, slug: `وسم-${id}`, name: 'أوبك', language: 'ar', ...overrides };
}

export function makePerson(overrides: Partial<Person> = {}): Person {
  const id = overrides.id ?? newId();
  return {
    id,
    slug: `كاتب-${id}`,
    name: 'سلمى الحداد',
    jobTitle: 'محررة الشؤون الاقتصادية',
    bio: 'صحفية تغطي أسواق الطاقة والسياسات النقدية في المنطقة.',
    avatar: makeMedia({ width: 400, height: 400, alt: 'صورة سلمى الحداد' }),
    links: [{ label: 'صفحتها الشخصية', url: 'https://example.org/salma' }],
    language: 'ar',
    ...overrides,
  };
}

export function makeSummary(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  const id = overrides.id ?? newId();
  return {
    id,
    type: 'news',
    slug: `خبر-${id}`,
    title: 'أسعار النفط ترتفع بعد قرار خفض الإنتاج',
    subtitle: 'المنتجون يتفقون على تمديد الخفض حتى نهاية العام',
    excerpt: 'ارتفعت أسعار الخام في التعاملات المبكرة بعد إعلان المنتجين تمديد خفض الإنتاج.',
    language: 'ar',
    publishedAt: '2026-10-14T09:00:00.000Z',
    updatedAt: '2026-10-14T09:00:00.000Z',
    section: makeSection({ id: 900, slug: 'الطاقة', name: 'الطاقة' }),
    authors: [makePerson({ id: 800 })],
    featuredImage: makeMedia(),
    isBreaking: false,
    isFeatured: false,
    ...overrides,
  };
}

export function makeBody(): DocumentJson {
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'قال وزير الطاقة إن ' },
          { type: 'text', text: 'الأسواق', marks: [{ type: 'strong' }] },
          { type: 'text', text: ' ستبقى مستقرة.' },
        ],
      },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'ماذا بعد؟' }] },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'ويتوقع المحللون مزيدًا من التقلب في الربع الأخير.' }],
      },
    ],
  };
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    ...makeSummary(),
    status: 'published',
    body: makeBody(),
    bodyMedia: new Map(),
    tags: [makeTag()],
    sourceName: null,
    sourceUrl: null,
    seoTitle: null,
    seoDescription: null,
    canonicalUrl: null,
    version: 1,
    ...overrides,
  };
}

export function makeContext(overrides: Partial<PageContext> = {}): PageContext {
  const language: Language = overrides.language ?? 'ar';
  const energy = makeSection({ id: 900, slug: 'الطاقة', name: 'الطاقة', language });
  const markets = makeSection({ id: 901, slug: 'الأسواق', name: 'الأسواق', language });
  return {
    settings: defaultSettings,
    language,
    publicUrl: 'https://news.example',
    path: '/',
    navigation: [
      { section: energy, children: [] },
      { section: markets, children: [] },
    ],
    breaking: [],
    stylesheetHref: '/assets/site.abc123.css',
    fontPreloads: [],
    now: new Date('2026-10-14T12:00:00.000Z'),
    ...overrides,
  };
}

export function makePagination(overrides: Partial<Pagination> = {}): Pagination {
  return { page: 1, totalPages: 1, basePath: '/section/x', ...overrides };
}
