/**
 * Every public URL Midad makes, in one place. Slugs keep their Arabic letters and are
 * percent-encoded here; permalinks carry the article id so a renamed slug still resolves.
 */
import type { ArticleSummary, Language, Media, Person, Section, Tag } from '../content/types.js';

export const imageWidths = [320, 640, 960, 1280] as const;
export type ImageWidth = (typeof imageWidths)[number];
export const imageFormats = ['avif', 'webp', 'jpeg'] as const;
export type ImageFormat = (typeof imageFormats)[number];

export function homePath(language: Language, defaultLanguage: Language = 'ar'): string {
  return language === defaultLanguage ? '/' : `/${language}/`;
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

/** A listing's page N: page 1 is the bare path. */
export function pagePath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}?page=${page}`;
}

/** The widths worth offering for an image: those below its own width, plus its own. */
export function widthsFor(media: Pick<Media, 'width'>): number[] {
  const smaller = imageWidths.filter((w) => w < media.width);
  return media.width <= (imageWidths.at(-1) ?? 0) ? [...smaller, media.width] : [...imageWidths];
}

export function mediaUrl(media: Pick<Media, 'id'>, width: number, format: ImageFormat): string {
  return `/media/${media.id}/${width}.${format === 'jpeg' ? 'jpg' : format}`;
}

export function absoluteUrl(publicUrl: string, path: string): string {
  return new URL(path, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`).href;
}
