/**
 * One feed, written in the three formats readers and aggregators subscribe to: RSS 2.0,
 * Atom 1.0 and JSON Feed 1.1. Each format's own rules: RSS dates in RFC 822, Atom and JSON
 * Feed dates in RFC 3339; the language in RSS's `<language>`, Atom's `xml:lang` and JSON
 * Feed's `language`; the featured image as RSS's enclosure and Media RSS's `media:content`,
 * Atom's enclosure link and JSON Feed's `image`.
 *
 * Written here rather than with a feed library: the one the field uses (`feed`) sets the
 * language in RSS only, writes JSON Feed 1.0 (which has no language), and has no Media RSS.
 *
 * @see https://www.rssboard.org/rss-specification
 * @see https://www.rfc-editor.org/rfc/rfc4287
 * @see https://www.jsonfeed.org/version/1.1/
 */
import type { Language } from '../content/types.js';
import { element, isoSeconds, textElement, xmlDeclaration } from './xml.js';

export const feedFormats = ['rss', 'atom', 'json'] as const;
export type FeedFormat = (typeof feedFormats)[number];

export const feedContentTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export interface FeedPerson {
  name: string;
  url: string;
}

export interface FeedImage {
  url: string;
  /** Its media type: `image/jpeg`. */
  type: string;
  width: number;
  height: number;
  alt: string;
  credit: string | null;
}

export interface FeedItem {
  /** A permanent address: it never changes, even when the slug does. */
  id: string;
  url: string;
  title: string;
  /** Plain text: the excerpt or subtitle. */
  summary: string | null;
  /** The whole article as HTML with absolute addresses; null for excerpt-only feeds. */
  contentHtml: string | null;
  published: Date;
  updated: Date;
  authors: FeedPerson[];
  /** The section first, then the tags. */
  categories: string[];
  image: FeedImage | null;
}

export interface Feed {
  title: string;
  description: string | null;
  language: Language;
  /** The page this feed follows: the home page, a section's page… */
  pageUrl: string;
  /** This feed's own address in each format. */
  urls: Record<FeedFormat, string>;
  /** The publication: Atom's feed-level author, for entries without a byline. */
  publisher: FeedPerson;
  iconUrl: string;
  /** The newest change among its items (or now, for an empty feed). */
  updated: Date;
  items: FeedItem[];
}

export function writeFeed(feed: Feed, format: FeedFormat): string {
  switch (format) {
    case 'rss':
      return rss(feed);
    case 'atom':
      return atom(feed);
    case 'json':
      return jsonFeed(feed);
  }
}

const namespaces = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

function rss(feed: Feed): string {
  const items = feed.items.map((item) =>
    element(
      'item',
      {},
      textElement('title', item.title),
      textElement('link', item.url),
      textElement('guid', item.id, { isPermaLink: 'true' }),
      textElement('pubDate', item.published.toUTCString()),
      ...item.authors.map((person) => textElement('dc:creator', person.name)),
      ...item.categories.map((category) => textElement('category', category)),
      textElement('description', item.summary),
      textElement('content:encoded', item.contentHtml),
      ...(item.image
        ? [
            // The size of an image made on request is not known ahead: 0, as the RSS
            // Advisory Board advises for an enclosure whose length cannot be determined.
            element('enclosure', { url: item.image.url, length: 0, type: item.image.type }),
            element(
              'media:content',
              {
                url: item.image.url,
                medium: 'image',
                type: item.image.type,
                width: item.image.width,
                height: item.image.height,
              },
              textElement('media:description', item.image.alt, { type: 'plain' }),
              textElement('media:credit', item.image.credit),
            ),
          ]
        : []),
    ),
  );
  const channel = element(
    'channel',
    {},
    textElement('title', feed.title),
    textElement('link', feed.pageUrl),
    // RSS requires a description; a feed without one repeats its title.
    textElement('description', feed.description ?? feed.title),
    textElement('language', feed.language),
    textElement('lastBuildDate', feed.updated.toUTCString()),
    textElement('generator', 'Midad'),
    element('atom:link', { href: feed.urls.rss, rel: 'self', type: 'application/rss+xml' }),
    element(
      'image',
      {},
      textElement('url', feed.iconUrl),
      textElement('title', feed.title),
      textElement('link', feed.pageUrl),
    ),
    ...items,
  );
  return (
    xmlDeclaration +
    element(
      'rss',
      {
        version: '2.0',
        'xmlns:atom': namespaces.atom,
        'xmlns:content': namespaces.content,
        'xmlns:dc': namespaces.dc,
        'xmlns:media': namespaces.media,
      },
      channel,
    )
  );
}

function atomPerson(person: FeedPerson): string {
  return element('author', {}, textElement('name', person.name), textElement('uri', person.url));
}

function atom(feed: Feed): string {
  const entries = feed.items.map((item) =>
    element(
      'entry',
      {},
      textElement('id', item.id),
      textElement('title', item.title, { type: 'text' }),
      element('link', { rel: 'alternate', type: 'text/html', href: item.url }),
      textElement('published', isoSeconds(item.published)),
      textElement('updated', isoSeconds(item.updated)),
      ...item.authors.map(atomPerson),
      ...item.categories.map((category) => element('category', { term: category })),
      textElement('summary', item.summary, { type: 'text' }),
      textElement('content', item.contentHtml, { type: 'html' }),
      ...(item.image
        ? [
            element('link', { rel: 'enclosure', type: item.image.type, href: item.image.url }),
            element('media:thumbnail', {
              url: item.image.url,
              width: item.image.width,
              height: item.image.height,
            }),
          ]
        : []),
    ),
  );
  return (
    xmlDeclaration +
    element(
      'feed',
      { xmlns: namespaces.atom, 'xmlns:media': namespaces.media, 'xml:lang': feed.language },
      textElement('id', feed.urls.atom),
      textElement('title', feed.title, { type: 'text' }),
      textElement('subtitle', feed.description, { type: 'text' }),
      textElement('updated', isoSeconds(feed.updated)),
      element('link', { rel: 'self', type: 'application/atom+xml', href: feed.urls.atom }),
      element('link', { rel: 'alternate', type: 'text/html', href: feed.pageUrl }),
      atomPerson(feed.publisher),
      textElement('generator', 'Midad'),
      textElement('icon', feed.iconUrl),
      ...entries,
    )
  );
}

function jsonFeed(feed: Feed): string {
  const document = {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.pageUrl,
    feed_url: feed.urls.json,
    ...(feed.description ? { description: feed.description } : {}),
    icon: feed.iconUrl,
    language: feed.language,
    authors: [feed.publisher],
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      // Every item must carry content: the excerpt, when the feed does not carry the text.
      ...(item.contentHtml !== null
        ? { content_html: item.contentHtml }
        : { content_text: item.summary ?? item.title }),
      ...(item.summary ? { summary: item.summary } : {}),
      ...(item.image ? { image: item.image.url } : {}),
      date_published: isoSeconds(item.published),
      date_modified: isoSeconds(item.updated),
      ...(item.authors.length > 0 ? { authors: item.authors } : {}),
      ...(item.categories.length > 0 ? { tags: item.categories } : {}),
    })),
  };
  return JSON.stringify(document);
}
