/**
 * The public address of each thing readers can open. Slugs keep their Arabic letters and
 * are percent-encoded here; article permalinks carry the id, so a renamed slug still
 * resolves. The site builds its links with these, and the write side its redirects.
 */
import type { ArticleSummary, Language, Person, Section, Tag } from './types.js';

export function homePath(language: Language, defaultLanguage: Language = 'ar'): string {
  return language === defaultLanguage ? '/' : `/${language}/`;
}

/** The search page of a language: `/search` in the site's own, `/en/search` in the other. */
export function searchPath(language: Language, defaultLanguage: Language = 'ar'): string {
  return language === defaultLanguage ? '/search' : `/${language}/search`;
}

export function articlePath(article: Pick<ArticleSummary, 'id' | 'slug'>): string {
  return `/article/${article.id}/${encodeURIComponent(article.slug)}`;
}

export function sectionPath(section: Pick<Section, 'slug'>): string {
  return `/section/${encodeURIComponent(section.slug)}`;
}

export function tagPath(tag: Pick<Tag, 'slug'>): string {
  return `/tag/${encodeURIComponent(tag.slug)}`;
}

export function authorPath(person: Pick<Person, 'slug'>): string {
  return `/author/${encodeURIComponent(person.slug)}`;
}

/**
 * The feed that follows a page (the home page, a section, a tag, an author): `<page>/feed`
 * in RSS, `<page>/feed/atom` and `<page>/feed/json` in the other formats.
 */
export function feedPath(pagePath: string, format: 'rss' | 'atom' | 'json' = 'rss'): string {
  return `${pagePath.replace(/\/$/, '')}/feed${format === 'rss' ? '' : `/${format}`}`;
}
