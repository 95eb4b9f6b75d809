/**
 * Midad's content in the shapes of WordPress's REST API (wp/v2, "view" context): posts are
 * articles, categories are sections, tags are tags, users are the people with bylines (public
 * fields only), media are images. Field names, nesting (`title.rendered`) and the values
 * WordPress gives for what Midad has no notion of (`comment_status: "closed"`) are
 * WordPress's, so the apps and widgets written for it read a Midad site unchanged.
 *
 * @see https://developer.wordpress.org/rest-api/reference/
 */
import type { FeedArticle } from '../content/reader-service.js';
import type { Media, MediaItem, Person, Section, Tag } from '../content/types.js';
import {
  absoluteUrl,
  articlePath,
  authorPath,
  heightAt,
  mediaUrl,
  sectionPath,
  tagPath,
  widthsFor,
} from '../site/paths.js';
import { articleHtml } from '../syndication/feeds.js';
import { zoneOffsetMinutes } from '../text/zoned-time.js';

export interface WordPressContext {
  publicUrl: string;
  timeZone: string;
}

const entities: Record<string, string> = { '&': '&#038;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text as WordPress renders a title: HTML, with its markup characters escaped. */
export function rendered(text: string): string {
  return text.replace(/[&<>"]/g, (c) => entities[c] ?? c);
}

/** `date` and `date_gmt`: the moment in the site's time zone and in UTC, without a zone. */
function dates(iso: string, timeZone: string): { local: string; gmt: string } {
  const moment = new Date(iso);
  const local = new Date(moment.getTime() + zoneOffsetMinutes(moment, timeZone) * 60_000);
  const wall = (date: Date) => date.toISOString().slice(0, 19);
  return { local: wall(local), gmt: wall(moment) };
}

export class WordPressPresenter {
  constructor(private readonly context: WordPressContext) {}

  private url(path: string): string {
    return absoluteUrl(this.context.publicUrl, path);
  }

  private api(path: string): string {
    return this.url(`/wp-json/wp/v2/${path}`);
  }

  post(article: FeedArticle) {
    const published = dates(article.publishedAt ?? article.updatedAt, this.context.timeZone);
    const modified = dates(article.updatedAt, this.context.timeZone);
    const author = article.authors[0]?.id ?? 0;
    const featured = article.featuredImage?.id ?? 0;
    const excerpt = article.excerpt ?? article.subtitle;
    return {
      id: article.id,
      date: published.local,
      date_gmt: published.gmt,
      guid: { rendered: this.url(`/article/${article.id}`) },
      modified: modified.local,
      modified_gmt: modified.gmt,
      slug: article.slug,
      status: 'publish',
      type: 'post',
      link: this.url(articlePath(article)),
      title: { rendered: rendered(article.title) },
      content: {
        rendered: article.body
          ? articleHtml(article.body, article.bodyMedia, article.language, this.context.publicUrl)
          : '',
        protected: false,
      },
      excerpt: { rendered: excerpt ? `<p>${rendered(excerpt)}</p>\n` : '', protected: false },
      author,
      featured_media: featured,
      comment_status: 'closed',
      ping_status: 'closed',
      sticky: false,
      template: '',
      format: 'standard',
      meta: [],
      categories: article.section ? [article.section.id] : [],
      tags: article.tags.map((tag) => tag.id),
      _links: {
        self: [{ href: this.api(`posts/${article.id}`) }],
        collection: [{ href: this.api('posts') }],
        about: [{ href: this.api('types/post') }],
        author: article.authors.map((person) => ({
          embeddable: true,
          href: this.api(`users/${person.id}`),
        })),
        ...(featured
          ? { 'wp:featuredmedia': [{ embeddable: true, href: this.api(`media/${featured}`) }] }
          : {}),
        'wp:term': [
          {
            taxonomy: 'category',
            embeddable: true,
            href: this.api(`categories?post=${article.id}`),
          },
          { taxonomy: 'post_tag', embeddable: true, href: this.api(`tags?post=${article.id}`) },
        ],
      },
    };
  }

  category(section: Section, count: number) {
    return {
      id: section.id,
      count,
      description: section.description ?? '',
      link: this.url(sectionPath(section)),
      name: section.name,
      slug: section.slug,
      taxonomy: 'category',
      parent: section.parentId ?? 0,
      meta: [],
      _links: {
        self: [{ href: this.api(`categories/${section.id}`) }],
        collection: [{ href: this.api('categories') }],
        'wp:post_type': [{ href: this.api(`posts?categories=${section.id}`) }],
        ...(section.parentId
          ? { up: [{ embeddable: true, href: this.api(`categories/${section.parentId}`) }] }
          : {}),
      },
    };
  }

  tag(tag: Tag, count: number) {
    return {
      id: tag.id,
      count,
      description: '',
      link: this.url(tagPath(tag)),
      name: tag.name,
      slug: tag.slug,
      taxonomy: 'post_tag',
      meta: [],
      _links: {
        self: [{ href: this.api(`tags/${tag.id}`) }],
        collection: [{ href: this.api('tags') }],
        'wp:post_type': [{ href: this.api(`posts?tags=${tag.id}`) }],
      },
    };
  }

  /**
   * A category or tag as `_embed` shows it (WordPress's "embed" context): who it is and where,
   * without its count, description, parent or meta.
   */
  embeddedTerm({ id, link, name, slug, taxonomy, _links }: ReturnType<WordPressPresenter['tag']>) {
    return { id, link, name, slug, taxonomy, _links };
  }

  user(person: Person) {
    const avatar = person.avatar;
    // The smallest size the site makes (320, or the image's own width) stands for all three.
    const avatarUrl = avatar
      ? this.url(mediaUrl(avatar, widthsFor(avatar)[0] ?? avatar.width, 'jpeg'))
      : '';
    return {
      id: person.id,
      name: person.name,
      url: '',
      description: person.bio ?? '',
      link: this.url(authorPath(person)),
      slug: person.slug,
      avatar_urls: avatar
        ? { '24': avatarUrl, '48': avatarUrl, '96': avatarUrl }
        : ({} as Record<string, string>),
      meta: [],
      _links: {
        self: [{ href: this.api(`users/${person.id}`) }],
        collection: [{ href: this.api('users') }],
      },
    };
  }

  media(image: Media & Partial<Pick<MediaItem, 'createdAt' | 'updatedAt'>>) {
    const created = dates(image.createdAt ?? new Date(0).toISOString(), this.context.timeZone);
    const modified = dates(
      image.updatedAt ?? image.createdAt ?? new Date(0).toISOString(),
      this.context.timeZone,
    );
    const widths = widthsFor(image);
    const size = (width: number) => ({
      file: `${width}.jpg`,
      width,
      height: heightAt(image, width),
      mime_type: 'image/jpeg',
      source_url: this.url(mediaUrl(image, width, 'jpeg')),
    });
    const largest = widths.at(-1) ?? image.width;
    const sourceUrl = this.url(mediaUrl(image, largest, 'jpeg'));
    return {
      id: image.id,
      date: created.local,
      date_gmt: created.gmt,
      guid: { rendered: sourceUrl },
      modified: modified.local,
      modified_gmt: modified.gmt,
      slug: String(image.id),
      status: 'inherit',
      type: 'attachment',
      link: sourceUrl,
      title: { rendered: rendered(image.alt) },
      author: 0,
      comment_status: 'closed',
      ping_status: 'closed',
      template: '',
      meta: [],
      description: { rendered: '' },
      caption: { rendered: image.caption ? `<p>${rendered(image.caption)}</p>\n` : '' },
      alt_text: image.alt,
      media_type: 'image',
      mime_type: 'image/jpeg',
      media_details: {
        width: size(largest).width,
        height: size(largest).height,
        file: `${image.id}/${largest}.jpg`,
        sizes: {
          ...(widths[0] !== undefined ? { thumbnail: size(widths[0]) } : {}),
          ...(widths.includes(640) ? { medium: size(640) } : {}),
          ...(widths.includes(1280) ? { large: size(1280) } : {}),
          full: size(largest),
        },
        image_meta: { credit: image.credit ?? '', caption: image.caption ?? '' },
      },
      post: null,
      source_url: sourceUrl,
      _links: {
        self: [{ href: this.api(`media/${image.id}`) }],
        collection: [{ href: this.api('media') }],
      },
    };
  }
}
