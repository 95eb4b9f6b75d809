/**
 * schema.org data for an article page: NewsArticle and BreadcrumbList.
 * @see https://developers.google.com/search/docs/appearance/structured-data/article
 */
import type { Article } from '../../content/types.js';
import { absoluteUrl, authorPath, homePath, mediaUrl, widthsFor } from '../paths.js';
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
    ...(image
      ? {
          image: widthsFor(image)
            .map((width) => url(mediaUrl(image, width, 'jpeg')))
            .reverse(),
        }
      : {}),
    publisher: {
      '@type': 'Organization',
      name: context.settings.siteName[context.language],
      url: url(homePath(context.language, context.settings.locale)),
    },
    ...(article.section ? { articleSection: article.section.name } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name) } : {}),
    inLanguage: article.language,
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonicalUrl },
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
