/**
 * The domain events: what changed, with the ids a listener needs to act without reading the
 * database again (a page cache purges by them, webhooks carry them). Names follow the
 * `<entity>.<change>` pattern of Ghost's webhooks and Immich's event map.
 *
 * Article events list every section, tag and person the article touched *before and after*
 * the change, so a listener can purge the pages it left as well as the pages it joined.
 */
import type { ArticleStatus, Language } from '../db/schema.js';

export interface ArticleChange {
  articleId: number;
  language: Language;
  status: ArticleStatus;
  /** Whether readers could see it before, and can now. */
  wasPublic: boolean;
  isPublic: boolean;
  /**
   * Whether readers have seen it at some time: it is or was published (withdrawn articles
   * keep their publication time). Absent in older events.
   */
  wasEverPublic?: boolean;
  sectionIds: number[];
  tagIds: number[];
  personIds: number[];
  /** Whether it was or is breaking news, which every page's masthead shows. */
  breaking: boolean;
  /**
   * The articles it translates or translated, before and after the change: their pages point
   * at this one's. Absent in older events.
   */
  translationIds?: number[];
  /**
   * Whether the change can move it in or out of a list or along one: readers' view of it
   * began or ended, or its sections, tags, authors or publication time changed. An edit of
   * its words alone (false) changes only the pages that show it. Absent in older events.
   */
  listsChanged?: boolean;
}

export type EntityChange = 'created' | 'updated' | 'deleted';

export interface DomainEvents {
  'article.created': ArticleChange;
  'article.updated': ArticleChange;
  'article.submitted': ArticleChange;
  'article.scheduled': ArticleChange & { scheduledAt: string };
  'article.published': ArticleChange;
  'article.unpublished': ArticleChange;
  'article.archived': ArticleChange;
  'article.deleted': ArticleChange;
  'section.changed': { sectionId: number; language: Language; change: EntityChange };
  'tag.changed': { tagId: number; language: Language; change: EntityChange; articleIds: number[] };
  'person.changed': { personId: number; language: Language; change: EntityChange };
  'settings.changed': { keys: string[] };
  'media.changed': { mediaId: number; change: EntityChange };
  'user.changed': { userId: number; change: EntityChange | 'disabled' | 'signed_out' };
}

export type DomainEventType = keyof DomainEvents;

export const domainEventTypes = [
  'article.created',
  'article.updated',
  'article.submitted',
  'article.scheduled',
  'article.published',
  'article.unpublished',
  'article.archived',
  'article.deleted',
  'section.changed',
  'tag.changed',
  'person.changed',
  'settings.changed',
  'media.changed',
  'user.changed',
] as const satisfies readonly DomainEventType[];

/** An event as stored in the outbox, after its transaction committed. */
export type StoredEvent<K extends DomainEventType = DomainEventType> = {
  [T in K]: { id: number; type: T; payload: DomainEvents[T]; createdAt: string };
}[K];

export interface PendingEvent<K extends DomainEventType = DomainEventType> {
  type: K;
  payload: DomainEvents[K];
}
