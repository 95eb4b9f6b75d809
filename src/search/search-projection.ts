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
import type { ArticleToIndex, SearchDocument } from './search-repository.js';

export const searchProjection: Projection = {
  name: 'search',
  async apply(uow, events) {
    await indexArticles(uow, [...(await touchedArticles(uow, events))]);
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
  await indexArticles(uow, [articleId]);
}

/**
 * Several articles' index rows brought up to date as `indexArticle` would, in a few queries
 * for each chunk of them rather than several for each article (what a rebuild needs).
 */
export async function indexArticles(uow: UnitOfWork, articleIds: readonly number[]): Promise<void> {
  for (let start = 0; start < articleIds.length; start += articlesPerRead) {
    const chunk = articleIds.slice(start, start + articlesPerRead);
    const documents = await searchDocumentsOf(uow, chunk);
    const published = new Set(documents.map((document) => document.articleId));
    await uow.search.putAll(documents);
    await uow.search.removeAll(chunk.filter((id) => !published.has(id)));
  }
}

function isPublished(row: ArticleToIndex): row is ArticleToIndex & { publishedAt: string } {
  return row.status === 'published' && row.publishedAt !== null;
}

/** Articles per read: what one `in (…)` list holds, well under both engines' limits. */
const articlesPerRead = 200;

/** The index rows of those of `articleIds` that are published, in the order given. */
async function searchDocumentsOf(
  uow: UnitOfWork,
  articleIds: readonly number[],
): Promise<SearchDocument[]> {
  const rows = await uow.search.articlesToIndex(articleIds);
  const order = new Map(articleIds.map((id, position) => [id, position]));
  const published = rows
    .filter(isPublished)
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const sectionIds = published.flatMap((row) => (row.sectionId === null ? [] : [row.sectionId]));
  const [tags, sections] = await Promise.all([
    uow.taxonomy.tagsOfArticles(published.map((row) => row.id)),
    uow.taxonomy.findSectionsByIds(sectionIds),
  ]);
  return published.map((row) => {
    const section = row.sectionId === null ? undefined : sections.get(row.sectionId);
    const meta = [...(tags.get(row.id) ?? []).map((tag) => tag.name), section?.name ?? ''];
    const vocabulary: Vocabulary = new Map();
    return {
      articleId: row.id,
      language: row.language,
      sectionId: row.sectionId,
      publishedAt: row.publishedAt,
      title: indexTerms(row.title, vocabulary),
      dek: indexTerms([row.subtitle, row.excerpt].filter(Boolean).join('\n'), vocabulary),
      meta: indexTerms(meta.join('\n'), vocabulary),
      body: indexTerms(documentText(JSON.parse(row.body) as DocumentJson), vocabulary),
      vocabulary,
    };
  });
}
