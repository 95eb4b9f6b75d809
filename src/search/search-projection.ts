/**
 * The search index as a projection of the articles: it hears every unit of work's events
 * before the commit and brings the index rows of the articles they touch up to date in the
 * same transaction — a published article is (re)indexed, any other is taken out. A tag or a
 * section renamed re-indexes the articles that carry it. There is no separate step that
 * could be skipped or fail on its own: if indexing fails, the change itself is not written.
 */
import type { Projection, UnitOfWork } from '../core/unit-of-work.js';
import { documentText, type DocumentJson } from '../content/document-schema.js';
import type { PendingEvent } from '../events/domain-events.js';
import { indexTerms, type Vocabulary } from './index-terms.js';
import type { SearchDocument } from './search-repository.js';

export const searchProjection: Projection = {
  name: 'search',
  async apply(uow, events) {
    for (const id of await touchedArticles(uow, events)) await indexArticle(uow, id);
  },
};

async function touchedArticles(
  uow: UnitOfWork,
  events: readonly PendingEvent[],
): Promise<Set<number>> {
  const ids = new Set<number>();
  for (const event of events) {
    if (event.type.startsWith('article.')) {
      ids.add((event.payload as PendingEvent<'article.updated'>['payload']).articleId);
    } else if (event.type === 'tag.changed') {
      const { articleIds } = event.payload as PendingEvent<'tag.changed'>['payload'];
      for (const id of articleIds) ids.add(id);
    } else if (event.type === 'section.changed') {
      const { sectionId } = event.payload as PendingEvent<'section.changed'>['payload'];
      for (const id of await uow.search.publishedInSection(sectionId)) ids.add(id);
    }
  }
  return ids;
}

/** The article's index row as it should be now: there while published, gone otherwise. */
export async function indexArticle(uow: UnitOfWork, articleId: number): Promise<void> {
  const document = await searchDocumentOf(uow, articleId);
  if (document) await uow.search.put(document);
  else await uow.search.remove(articleId);
}

async function searchDocumentOf(
  uow: UnitOfWork,
  articleId: number,
): Promise<SearchDocument | null> {
  const row = await uow.articles.findById(articleId);
  if (!row || row.status !== 'published' || row.publishedAt === null) return null;
  const [tags, sections] = await Promise.all([
    uow.taxonomy.tagsOfArticles([articleId]),
    uow.taxonomy.findSectionsByIds(row.sectionId === null ? [] : [row.sectionId]),
  ]);
  const section = row.sectionId === null ? undefined : sections.get(row.sectionId);
  const meta = [...(tags.get(articleId) ?? []).map((tag) => tag.name), section?.name ?? ''];
  const vocabulary: Vocabulary = new Map();
  return {
    articleId,
    language: row.language,
    sectionId: row.sectionId,
    publishedAt: row.publishedAt,
    title: indexTerms(row.title, vocabulary),
    dek: indexTerms([row.subtitle, row.excerpt].filter(Boolean).join('\n'), vocabulary),
    meta: indexTerms(meta.join('\n'), vocabulary),
    body: indexTerms(documentText(JSON.parse(row.body) as DocumentJson), vocabulary),
    vocabulary,
  };
}
