/**
 * What a page says about itself in <head>: title, description, canonical URL, social
 * cards, pagination links, alternates and structured data. Pages build one `PageMeta`;
 * `Head` renders it.
 */
import type { Media } from '../../content/types.js';
import { truncate } from '../../text/index.js';
import { t } from '../i18n.js';
import { absoluteUrl, feedPath, pagePath } from '../paths.js';
import type { PageContext, Pagination } from '../view-models.js';

export interface PageMeta {
  /** The page's own name: the `<title>` becomes "name | site name". */
  name: string;
  description: string | null;
  /** Absolute canonical URL; null for pages that must not be indexed (errors). */
  canonicalUrl: string | null;
  ogType: 'website' | 'article';
  image: Media | null;
  /** Absolute URLs of the neighbouring pages of a paginated listing. */
  previousUrl: string | null;
  nextUrl: string | null;
  /** `<link rel="alternate" hreflang>` targets, absolute. */
  alternates: { hreflang: string; href: string }[];
  /** The feeds that follow this page, `<link rel="alternate" type="application/rss+xml">`… */
  feeds: { type: string; title: string; href: string }[];
  /** Extra `article:*` Open Graph properties. */
  articleProperties: { property: string; content: string }[];
  jsonLd: unknown[];
  isIndexable: boolean;
}

export const descriptionMaxLength = 160;

/** "name | site name": the brand once, the name never cut. */
export function pageTitle(context: PageContext, name: string): string {
  return withSiteName(name, context.settings.siteName[context.language]);
}

/** A page's or feed's name with the site's: "name | site name"; the site's alone for none. */
export function withSiteName(name: string | null, siteName: string): string {
  return name === null ? siteName : `${name} | ${siteName}`;
}

const feedTypes = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  json: 'application/feed+json',
} as const;

/**
 * The feeds that follow the page at `path`, one per format, as its head advertises them;
 * `name` is what they follow (a section's name), null for the whole site.
 */
export function feedLinks(context: PageContext, path: string, name: string | null) {
  const title = withSiteName(name, context.settings.siteName[context.language]);
  return (Object.keys(feedTypes) as (keyof typeof feedTypes)[]).map((format) => ({
    type: feedTypes[format],
    title: t(context.language, `feed.${format}`, { title }),
    href: absoluteUrl(context.publicUrl, feedPath(path, format)),
  }));
}

/** A meta description: whitespace folded, cut at a word boundary. */
export function metaDescription(text: string | null | undefined): string | null {
  const folded = (text ?? '').replace(/\s+/g, ' ').trim();
  return folded === '' ? null : truncate(folded, descriptionMaxLength);
}

export function pageUrl(context: PageContext, path: string = context.path): string {
  return absoluteUrl(context.publicUrl, path);
}

/**
 * The canonical URL and rel=prev/next targets of a listing page, built from the listing's
 * own path and page number: stray query parameters never reach them. Page 1 has no previous.
 */
export function paginationUrls(
  context: PageContext,
  pagination: Pagination,
): Pick<PageMeta, 'canonicalUrl' | 'previousUrl' | 'nextUrl'> {
  const { page, totalPages, basePath } = pagination;
  return {
    canonicalUrl: pageUrl(context, pagePath(basePath, page)),
    previousUrl: page > 1 ? pageUrl(context, pagePath(basePath, page - 1)) : null,
    nextUrl: page < totalPages ? pageUrl(context, pagePath(basePath, page + 1)) : null,
  };
}

/** A `PageMeta` with everything optional left empty. */
export function basicMeta(
  context: PageContext,
  fields: Pick<PageMeta, 'name' | 'description'> & Partial<PageMeta>,
): PageMeta {
  return {
    canonicalUrl: pageUrl(context),
    ogType: 'website',
    image: null,
    previousUrl: null,
    nextUrl: null,
    alternates: [],
    feeds: [],
    articleProperties: [],
    jsonLd: [],
    isIndexable: true,
    ...fields,
    description: metaDescription(fields.description),
  };
}
