/**
 * The cache's vocabulary: each stored response is tagged with what it shows, and each
 * domain event names the tags it makes stale. The same strings go out in the
 * `Surrogate-Key` / `Cache-Tag` headers, so a CDN purges by them too.
 */
import type { Language } from '../db/schema.js';
import type { DomainEvents, DomainEventType, PendingEvent } from '../events/domain-events.js';

export const articleTag = (id: number) => `article:${id}`;
export const sectionTag = (id: number) => `section:${id}`;
export const tagTag = (id: number) => `tag:${id}`;
export const personTag = (id: number) => `person:${id}`;
export const mediaTag = (id: number) => `media:${id}`;
/** A language's front page. */
export const homeTag = (language: Language) => `home:${language}`;
/** What every page in a language shows around its content: navigation, breaking news. */
export const layoutTag = (language: Language) => `layout:${language}`;

/**
 * The sitemaps and robots' list of them: they list every public article, section, tag and
 * author by address and last change, so any change to one of those purges them all.
 */
export const sitemapsTag = 'sitemaps';

/** An event whose payload TypeScript can tell by its type. */
type OneEvent = { [T in DomainEventType]: { type: T; payload: DomainEvents[T] } }[DomainEventType];

/** Every stored response: what a change to the site's settings purges. */
export const everything = 'all';

/**
 * The tags an event makes stale. An article that readers could not see before the change
 * and cannot see after it touches no public page; otherwise its own page and every page
 * that lists it go (they carry its tag), with the lists it joined or left: its sections,
 * tags and authors (unless only its words changed: then the lists that show it, which carry
 * its tag, are all that change), the article it translates or translated (whose page links
 * to it, or did, or is about to without carrying its tag yet), its language's front page —
 * and every page, when it is or was breaking news, which the masthead of each page shows.
 */
export function tagsToPurge(pending: PendingEvent): string[] {
  const event = pending as OneEvent;
  switch (event.type) {
    case 'article.created':
    case 'article.updated':
    case 'article.submitted':
    case 'article.scheduled':
    case 'article.published':
    case 'article.unpublished':
    case 'article.archived':
    case 'article.deleted': {
      const change = event.payload;
      if (!change.wasPublic && !change.isPublic) return [];
      const lists =
        change.listsChanged === false
          ? []
          : [
              ...change.sectionIds.map(sectionTag),
              ...change.tagIds.map(tagTag),
              ...change.personIds.map(personTag),
            ];
      return [
        articleTag(change.articleId),
        ...(change.translationIds ?? []).map(articleTag),
        homeTag(change.language),
        ...lists,
        ...(change.breaking ? [layoutTag(change.language)] : []),
        sitemapsTag,
      ];
    }
    case 'section.changed':
      // The navigation lists the sections.
      return [sectionTag(event.payload.sectionId), layoutTag(event.payload.language), sitemapsTag];
    case 'tag.changed':
      return [
        tagTag(event.payload.tagId),
        ...event.payload.articleIds.map(articleTag),
        sitemapsTag,
      ];
    case 'person.changed':
      return [personTag(event.payload.personId), sitemapsTag];
    case 'media.changed':
      // A changed image has new addresses, which the article sitemap lists.
      return [mediaTag(event.payload.mediaId), sitemapsTag];
    case 'settings.changed':
      return [everything];
    case 'user.changed':
      return [];
  }
}
