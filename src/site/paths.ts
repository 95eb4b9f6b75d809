/**
 * Every public URL Midad makes, in one place. Slugs keep their Arabic letters and are
 * percent-encoded here; permalinks carry the article id so a renamed slug still resolves.
 */
export {
  articlePath,
  authorPath,
  feedPath,
  homePath,
  searchPath,
  sectionPath,
  tagPath,
} from '../content/permalinks.js';
export {
  heightAt,
  imageFormats,
  imageWidths,
  mediaUrl,
  widthsFor,
  type ImageFormat,
  type ImageWidth,
} from '../media/urls.js';

/** A listing's page N: page 1 is the bare path. */
export function pagePath(basePath: string, page: number): string {
  if (page <= 1) return basePath;
  return `${basePath}${basePath.includes('?') ? '&' : '?'}page=${page}`;
}

export function absoluteUrl(publicUrl: string, path: string): string {
  return new URL(path, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`).href;
}
