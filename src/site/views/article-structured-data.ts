/**
 * schema.org data for an article page: NewsArticle and BreadcrumbList.
 * @see https://developers.google.com/search/docs/appearance/structured-data/article
 */
import type { Article } from '../../content/types.js';
import { cropRatios, cropUrl } from '../../media/urls.js';
import { absoluteUrl, authorPath, homePath } from '../paths.js';
import type { PageContext } from '../view-models.js';
import type { Crumb } from './common.js';

export function articleJsonLd(context: PageContext, article: Article, canonicalUrl: string) {
  const url = (path: string) => absoluteUrl(context.publicUrl, path);
  const image = article.featuredImage;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.subtitle ? { alternativeHeadline: article.subtitle } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    dateModified: article.updatedAt,
    author: article.authors.map((person) => ({
      '@type': 'Person',
      name: person.name,
      url: url(authorPath(person)),
    })),
    // The three shapes Google asks for, cut from the featured image.
    ...(image ? { image: cropRatios.map((ratio) => url(cropUrl(image, ratio))) } : {}),
    publisher: publisherJsonLd(context),
    ...(article.section ? { articleSection: article.section.name } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name) } : {}),
    inLanguage: article.language,
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonicalUrl },
  };
}

/** The publication, as an Organization with its logo (the site's icon). */
export function publisherJsonLd(context: PageContext) {
  const url = (path: string) => absoluteUrl(context.publicUrl, path);
  return {
    '@type': 'Organization',
    name: context.settings.siteName[context.language],
    url: url(homePath(context.language, context.settings.locale)),
    logo: { '@type': 'ImageObject', url: url('/apple-touch-icon.png'), width: 180, height: 180 },
  };
}

export function breadcrumbJsonLd(context: PageContext, crumbs: Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(context.publicUrl, crumb.href),
    })),
  };
}
