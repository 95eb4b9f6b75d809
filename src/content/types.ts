/**
 * The content model as services and views see it: rows joined into the shapes a page
 * shows. Flags are booleans here; times are ISO-8601 UTC strings.
 */
import type { ArticleStatus, ArticleType } from '../db/schema.js';
import type { DigitStyle, Language, MonthStyle } from '../text/language.js';
import type { DocumentJson } from './document-schema.js';

export type { ArticleStatus, ArticleType, DigitStyle, Language, MonthStyle };
export { digitStyles, monthStyles } from '../text/language.js';

export const feedContents = ['full', 'excerpt'] as const;
export type FeedContent = (typeof feedContents)[number];

export interface Media {
  id: number;
  storageKey: string;
  mime: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  /** Raised whenever the image itself changes; its addresses carry it. */
  version: number;
}

/** An image as the media library shows it: what pages need, and where it came from. */
export interface MediaItem extends Media {
  /** The uploaded file's name, shown to the newsroom; never used as a path. */
  originalName: string | null;
  byteSize: number;
  uploadedBy: { userId: number; name: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface Section {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  language: Language;
  parentId: number | null;
  position: number;
}

export interface Tag {
  id: number;
  slug: string;
  name: string;
  language: Language;
}

export interface PersonLink {
  label: string;
  url: string;
}

export interface Person {
  id: number;
  slug: string;
  name: string;
  jobTitle: string | null;
  bio: string | null;
  avatar: Media | null;
  links: PersonLink[];
  language: Language;
}

/** What a list (home, section, tag, author) shows of an article. */
export interface ArticleSummary {
  id: number;
  type: ArticleType;
  slug: string;
  title: string;
  subtitle: string | null;
  excerpt: string | null;
  language: Language;
  publishedAt: string | null;
  updatedAt: string;
  section: Section | null;
  authors: Person[];
  featuredImage: Media | null;
  isBreaking: boolean;
  isFeatured: boolean;
}

/** The same story in the other language, published: what a link to it needs. */
export interface TranslationLink {
  id: number;
  slug: string;
  language: Language;
  title: string;
}

/** A whole article, as its page shows it. */
export interface Article extends ArticleSummary {
  status: ArticleStatus;
  body: DocumentJson;
  /** Images the body refers to, by media id. */
  bodyMedia: Map<number, Media>;
  tags: Tag[];
  sourceName: string | null;
  sourceUrl: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  canonicalUrl: string | null;
  version: number;
}

export interface SiteSettings {
  siteName: Record<Language, string>;
  /** Site description, shown under the masthead and in the home page's meta description. */
  tagline: Record<Language, string>;
  /** The site's default language: the home page at `/` is in it. */
  locale: Language;
  monthStyle: MonthStyle;
  digits: DigitStyle;
  timeZone: string;
  /** What feeds carry of each story: its whole text, or its excerpt. */
  feedContent: FeedContent;
}

export const defaultSettings: SiteSettings = {
  siteName: { ar: 'مداد', en: 'Midad' },
  tagline: { ar: 'أخبار الاقتصاد والأسواق', en: 'Economy and markets news' },
  locale: 'ar',
  monthStyle: 'both',
  digits: 'arabic-indic',
  timeZone: 'Asia/Beirut',
  feedContent: 'full',
};
