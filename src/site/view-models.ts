/**
 * What the site's routes hand to its views. Routes gather these with the content service;
 * views (`views/*.tsx`) only render them.
 */
import type {
  Article,
  ArticleSummary,
  Language,
  Person,
  Section,
  SiteSettings,
  Tag,
  TranslationLink,
} from '../content/types.js';

/** Everything every page needs besides its own content. */
export interface PageContext {
  settings: SiteSettings;
  /** The page's language: drives lang/dir, fonts and every UI string. */
  language: Language;
  /** Absolute base URL of the site, e.g. `https://news.example` (no trailing slash). */
  publicUrl: string;
  /** The path of this page, e.g. `/section/energy?page=2`, for canonical links. */
  path: string;
  /** Top-level sections of this language, in order, each with its subsections. */
  navigation: { section: Section; children: Section[] }[];
  /** Breaking stories of this language, newest first (may be empty). */
  breaking: ArticleSummary[];
  /** URL of the stylesheet (content-hashed, cached immutably). */
  stylesheetHref: string;
  /** Font files the first screen needs, preloaded (content-hashed like the stylesheet). */
  fontPreloads: readonly string[];
  /** When the page was rendered: the masthead shows today's date. */
  now: Date;
}

export interface Pagination {
  page: number;
  totalPages: number;
  /** Path of page 1, without query string. */
  basePath: string;
}

export interface HomePageProps {
  context: PageContext;
  lead: ArticleSummary | null;
  top: ArticleSummary[];
  /** Latest opinion pieces, with their columnists. */
  opinion: ArticleSummary[];
  /** For each top-level section with published articles: its latest few. */
  sectionBlocks: { section: Section; articles: ArticleSummary[] }[];
  latest: ArticleSummary[];
}

export interface SectionPageProps {
  context: PageContext;
  section: Section;
  parent: Section | null;
  subsections: Section[];
  articles: ArticleSummary[];
  pagination: Pagination;
}

export interface TagPageProps {
  context: PageContext;
  tag: Tag;
  articles: ArticleSummary[];
  pagination: Pagination;
}

export interface AuthorPageProps {
  context: PageContext;
  person: Person;
  articles: ArticleSummary[];
  pagination: Pagination;
}

export interface ArticlePageProps {
  context: PageContext;
  article: Article;
  /** The section's parent, for the breadcrumb, when the section is a subsection. */
  parentSection: Section | null;
  related: ArticleSummary[];
  /** The story in the other language, published: an hreflang alternate and a link. */
  translation?: TranslationLink | null;
}

export interface ErrorPageProps {
  context: PageContext;
  /** 404, another client error (4xx), or a server error (5xx). */
  status: number;
}
