/**
 * The site's feeds as a `Feed` (see feed-formats.ts): the newest stories of the whole site
 * in a language, or of one section (with its subsections), tag or author; each with its
 * whole text or its excerpt, as the site's settings say.
 */
import { renderToString } from 'preact-render-to-string';
import type { FeedArticle, FeedSubject } from '../content/reader-service.js';
import type { DocumentJson } from '../content/document-schema.js';
import type { Language, Media, SiteSettings } from '../content/types.js';
import {
  absoluteUrl,
  articlePath,
  authorPath,
  feedPath,
  heightAt,
  homePath,
  mediaUrl,
  sectionPath,
  tagPath,
} from '../site/paths.js';
import { ArticleBody } from '../site/views/article-body.js';
import { withSiteName } from '../site/views/page-meta.js';
import { largestWidth } from '../site/views/picture.js';
import type { Feed, FeedImage } from './feed-formats.js';

export function subjectLanguage(subject: FeedSubject): Language {
  switch (subject.kind) {
    case 'site':
      return subject.language;
    case 'section':
      return subject.section.language;
    case 'tag':
      return subject.tag.language;
    case 'author':
      return subject.person.language;
  }
}

/** The address of the page a feed follows. */
export function subjectPath(subject: FeedSubject, settings: SiteSettings): string {
  switch (subject.kind) {
    case 'site':
      return homePath(subject.language, settings.locale);
    case 'section':
      return sectionPath(subject.section);
    case 'tag':
      return tagPath(subject.tag);
    case 'author':
      return authorPath(subject.person);
  }
}

/** What a feed is called in readers' lists: the site's name, or "Energy | Midad". */
export function feedTitle(subject: FeedSubject, settings: SiteSettings): string {
  const siteName = settings.siteName[subjectLanguage(subject)];
  const name =
    subject.kind === 'section'
      ? subject.section.name
      : subject.kind === 'tag'
        ? subject.tag.name
        : subject.kind === 'author'
          ? subject.person.name
          : null;
  return withSiteName(name, siteName);
}

function feedDescription(subject: FeedSubject, settings: SiteSettings): string | null {
  const tagline = settings.tagline[subjectLanguage(subject)];
  if (subject.kind === 'section') return subject.section.description ?? tagline;
  if (subject.kind === 'author') return subject.person.bio ?? subject.person.jobTitle ?? tagline;
  return tagline;
}

/**
 * Addresses in a body rendered for the site (`/media/…`, `/article/…`) made absolute: a feed
 * is read away from the site. Only the attributes the body renderer writes are touched.
 */
export function absoluteAddresses(html: string, publicUrl: string): string {
  const absolute = (url: string) => (url.startsWith('/') ? absoluteUrl(publicUrl, url) : url);
  return html.replace(/ (src|href|srcset|srcSet)="([^"]*)"/g, (_, name: string, value: string) => {
    const rewritten =
      name.toLowerCase() === 'srcset'
        ? value
            .split(',')
            .map((candidate) => candidate.trim().replace(/^\S+/, absolute))
            .join(', ')
        : absolute(value);
    return ` ${name}="${rewritten}"`;
  });
}

/**
 * An article's body as HTML to be read away from the site (a feed, an app): the article
 * page's own rendering, with every address absolute.
 */
export function articleHtml(
  body: DocumentJson,
  media: Map<number, Media>,
  language: Language,
  publicUrl: string,
): string {
  return absoluteAddresses(
    renderToString(
      <ArticleBody doc={body} media={media} language={language} siteUrl={publicUrl} />,
    ),
    publicUrl,
  );
}

function feedImage(image: Media, publicUrl: string): FeedImage {
  const width = largestWidth(image);
  return {
    url: absoluteUrl(publicUrl, mediaUrl(image, width, 'jpeg')),
    type: 'image/jpeg',
    width,
    height: heightAt(image, width),
    alt: image.alt,
    credit: image.credit,
  };
}

export interface FeedInput {
  subject: FeedSubject;
  articles: FeedArticle[];
  settings: SiteSettings;
  publicUrl: string;
  now: Date;
}

export function buildFeed({ subject, articles, settings, publicUrl, now }: FeedInput): Feed {
  const url = (path: string) => absoluteUrl(publicUrl, path);
  const language = subjectLanguage(subject);
  const pagePath = subjectPath(subject, settings);
  const items = articles.map((article) => {
    const contentHtml = article.body
      ? articleHtml(article.body, article.bodyMedia, article.language, publicUrl)
      : null;
    return {
      id: url(`/article/${article.id}`),
      url: url(articlePath(article)),
      title: article.title,
      summary: article.excerpt ?? article.subtitle,
      contentHtml,
      published: new Date(article.publishedAt ?? article.updatedAt),
      updated: new Date(article.updatedAt),
      authors: article.authors.map((person) => ({
        name: person.name,
        url: url(authorPath(person)),
      })),
      categories: [
        ...(article.section ? [article.section.name] : []),
        ...article.tags.map((tag) => tag.name),
      ],
      image: article.featuredImage ? feedImage(article.featuredImage, publicUrl) : null,
    };
  });
  const newest = Math.max(...items.map((item) => item.updated.getTime()));
  return {
    title: feedTitle(subject, settings),
    description: feedDescription(subject, settings),
    language,
    pageUrl: url(pagePath),
    urls: {
      rss: url(feedPath(pagePath, 'rss')),
      atom: url(feedPath(pagePath, 'atom')),
      json: url(feedPath(pagePath, 'json')),
    },
    publisher: {
      name: settings.siteName[language],
      url: url(homePath(language, settings.locale)),
    },
    iconUrl: url('/apple-touch-icon.png'),
    updated: items.length > 0 ? new Date(newest) : now,
    items,
  };
}
