/**
 * Sitemaps as the Sitemaps protocol 0.9 writes them, with Google's image and news
 * extensions: a `<urlset>` of pages (each with its last change and its images, or its news
 * entry) and a `<sitemapindex>` of those files.
 *
 * @see https://www.sitemaps.org/protocol.html
 * @see https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap
 */
import { element, isoSeconds, textElement, xmlDeclaration } from './xml.js';

const namespaces = {
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  image: 'http://www.google.com/schemas/sitemap-image/1.1',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
};

export const sitemapContentType = 'application/xml; charset=utf-8';

/** A story's entry in the news sitemap. */
export interface NewsEntry {
  /** The publication's name, as Google News knows it. */
  publication: string;
  language: string;
  published: string;
  title: string;
}

export interface SitemapUrl {
  loc: string;
  lastmod: string | null;
  images: string[];
  news: NewsEntry | null;
}

export function urlset(urls: readonly SitemapUrl[]): string {
  const entries = urls.map((url) =>
    element(
      'url',
      {},
      textElement('loc', url.loc),
      textElement('lastmod', url.lastmod && isoSeconds(url.lastmod)),
      ...url.images.map((image) => element('image:image', {}, textElement('image:loc', image))),
      url.news
        ? element(
            'news:news',
            {},
            element(
              'news:publication',
              {},
              textElement('news:name', url.news.publication),
              textElement('news:language', url.news.language),
            ),
            textElement('news:publication_date', isoSeconds(url.news.published)),
            textElement('news:title', url.news.title),
          )
        : '',
    ),
  );
  const usesNews = urls.some((url) => url.news);
  return (
    xmlDeclaration +
    // Written out even when empty: a news sitemap with nothing from the last two days.
    `<urlset xmlns="${namespaces.sitemap}" xmlns:image="${namespaces.image}"${
      usesNews ? ` xmlns:news="${namespaces.news}"` : ''
    }>${entries.join('')}</urlset>`
  );
}

export function sitemapIndex(files: readonly { loc: string; lastmod: string | null }[]): string {
  return (
    xmlDeclaration +
    element(
      'sitemapindex',
      { xmlns: namespaces.sitemap },
      ...files.map((file) =>
        element(
          'sitemap',
          {},
          textElement('loc', file.loc),
          textElement('lastmod', file.lastmod && isoSeconds(file.lastmod)),
        ),
      ),
    )
  );
}
