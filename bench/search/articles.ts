/**
 * The articles the search benchmark indexes: the generated corpus (`generateCorpus`) as
 * published Arabic articles, each with a section, an author and a tag, spread over four years.
 *
 * Writing 100 000 articles through the article commands would take longer than the index
 * build being measured, so they are written with multi-row inserts instead. To prove those
 * rows are the ones Midad stores, the first article goes through `createArticle` — the
 * newsroom's command, with its rules, events and search projection — and its rows (article,
 * byline, tag) must equal what the bulk loader would have written for it, column for column,
 * or the run stops. Sections, people and tags are made by their commands too. Revisions and
 * the event outbox, which search never reads, are written for that first article only.
 */
import { systemActor } from '../../src/core/actor.js';
import { inTransaction, type UnitOfWorkContext } from '../../src/core/unit-of-work.js';
import { createArticle } from '../../src/content/article-commands.js';
import {
  createPerson,
  createSection,
  findOrCreateTag,
} from '../../src/content/taxonomy-commands.js';
import type { DocumentJson } from '../../src/content/document-schema.js';
import type { Db } from '../../src/db/database.js';
import type { NewArticleRow } from '../../src/db/schema.js';
import { BenchError } from '../lib/children.js';
import type { SearchDocument } from '../search-quality/documents.js';

const importer = systemActor('import');
/** The newest article's publication; the oldest is four years before. */
export const newestPublication = Date.UTC(2026, 5, 1, 9);
const spanMs = 4 * 365 * 24 * 60 * 60 * 1000;
/** Rows per insert: well under both engines' limit on bound values (22 columns a row). */
const rowsPerInsert = 500;

const sectionNames = ['اقتصاد', 'طاقة', 'أسواق', 'أعمال', 'تقنية', 'عقارات'];
const authorNames = [
  'سلمى الحداد',
  'كريم العطار',
  'ليلى منصور',
  'يوسف الخطيب',
  'نور الدين بكري',
  'هالة سليمان',
  'طارق الزين',
  'ريم عبد الله',
];

interface Taxonomy {
  sectionIds: number[];
  personIds: number[];
  tagIds: Map<string, number>;
}

interface Placement {
  sectionId: number;
  personId: number;
  tagId: number;
  publishedAt: string;
}

export interface LoadedArticles {
  count: number;
  seconds: number;
}

/** Writes `documents` as published articles into an empty, migrated database. */
export async function loadArticles(
  context: UnitOfWorkContext,
  documents: readonly SearchDocument[],
): Promise<LoadedArticles> {
  const started = performance.now();
  const taxonomy = await createTaxonomy(context, documents);
  const placements = documents.map((document, index) =>
    placementOf(document, index, documents.length, taxonomy),
  );
  const [first, ...rest] = documents;
  if (first === undefined) throw new BenchError('no articles to load');
  await writeThroughCommands(context, first, placements[0] as Placement);
  await insertInBulk(context.db, rest, placements.slice(1));
  return { count: documents.length, seconds: (performance.now() - started) / 1000 };
}

async function createTaxonomy(
  context: UnitOfWorkContext,
  documents: readonly SearchDocument[],
): Promise<Taxonomy> {
  return inTransaction(context, async (uow) => {
    const sectionIds: number[] = [];
    for (const [position, name] of sectionNames.entries()) {
      sectionIds.push((await createSection(uow, importer, { name, language: 'ar', position })).id);
    }
    const personIds: number[] = [];
    for (const name of authorNames) {
      personIds.push(
        (await createPerson(uow, importer, { name, jobTitle: 'محرر اقتصادي', language: 'ar' })).id,
      );
    }
    const tagIds = new Map<string, number>();
    for (const name of new Set(documents.flatMap((document) => document.tags))) {
      tagIds.set(name, (await findOrCreateTag(uow, importer, { name, language: 'ar' })).tag.id);
    }
    return { sectionIds, personIds, tagIds };
  });
}

/** Article `index` of `count`, oldest first, one section, author and tag in turn. */
function placementOf(
  document: SearchDocument,
  index: number,
  count: number,
  taxonomy: Taxonomy,
): Placement {
  const tagId = taxonomy.tagIds.get(document.tags[0] ?? '');
  if (tagId === undefined) throw new BenchError(`no tag for article ${document.key}`);
  const at = newestPublication - Math.round(((count - 1 - index) * spanMs) / count);
  return {
    sectionId: taxonomy.sectionIds[index % taxonomy.sectionIds.length] as number,
    personId: taxonomy.personIds[index % taxonomy.personIds.length] as number,
    tagId,
    publishedAt: new Date(at).toISOString(),
  };
}

/** The corpus's body, two sentences a paragraph, as the editor stores a document. */
function bodyOf(document: SearchDocument): DocumentJson {
  const sentences = document.body.split(/(?<=\.) /);
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 2)
    paragraphs.push(sentences.slice(i, i + 2).join(' '));
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

/** The article row Midad stores for a published article imported with these fields. */
function articleRow(document: SearchDocument, placement: Placement): NewArticleRow {
  return {
    type: 'news',
    slug: document.key,
    title: document.title,
    subtitle: document.subtitle || null,
    excerpt: document.excerpt || null,
    body: JSON.stringify(bodyOf(document)),
    language: document.language,
    status: 'published',
    publishedAt: placement.publishedAt,
    createdAt: placement.publishedAt,
    updatedAt: placement.publishedAt,
    sectionId: placement.sectionId,
    featuredMediaId: null,
    sourceName: null,
    sourceUrl: null,
    seoTitle: null,
    seoDescription: null,
    canonicalUrl: null,
    isBreaking: 0,
    isFeatured: 0,
    // Created as a draft (1), then published (2).
    version: 2,
    scheduledAt: null,
    ownerUserId: null,
  };
}

async function writeThroughCommands(
  context: UnitOfWorkContext,
  document: SearchDocument,
  placement: Placement,
): Promise<void> {
  const id = await inTransaction(context, (uow) =>
    createArticle(uow, importer, {
      type: 'news',
      language: document.language,
      title: document.title,
      subtitle: document.subtitle || null,
      excerpt: document.excerpt || null,
      body: bodyOf(document),
      slug: document.key,
      status: 'published',
      publishedAt: placement.publishedAt,
      updatedAt: placement.publishedAt,
      sectionId: placement.sectionId,
      authorIds: [placement.personId],
      tagIds: [placement.tagId],
    }),
  );
  const db = context.db.kysely;
  const stored = await db
    .selectFrom('article')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const { id: _id, createdAt: _createdAt, ...storedColumns } = stored;
  const { createdAt: _bulkCreatedAt, ...bulkColumns } = articleRow(document, placement);
  expectSame('article', storedColumns, bulkColumns);
  const [authors, tags] = await Promise.all([
    db.selectFrom('articleAuthor').selectAll().where('articleId', '=', id).execute(),
    db.selectFrom('articleTag').selectAll().where('articleId', '=', id).execute(),
  ]);
  expectSame('article_author', authors, [
    { articleId: id, personId: placement.personId, position: 0 },
  ]);
  expectSame('article_tag', tags, [{ articleId: id, tagId: placement.tagId, position: 0 }]);
}

/** Stops the run when the bulk rows would differ from the command's. */
function expectSame(table: string, stored: unknown, bulk: unknown): void {
  const sorted = (value: unknown) =>
    JSON.stringify(value, (_key, inner: unknown) =>
      inner !== null && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
        : inner,
    );
  if (sorted(stored) !== sorted(bulk)) {
    throw new BenchError(
      `the bulk loader's ${table} rows differ from createArticle's; update bench/search/articles.ts\n` +
        `  createArticle: ${sorted(stored)}\n  bulk loader:   ${sorted(bulk)}`,
    );
  }
}

async function insertInBulk(
  db: Db,
  documents: readonly SearchDocument[],
  placements: readonly Placement[],
): Promise<void> {
  for (let start = 0; start < documents.length; start += rowsPerInsert) {
    const chunk = documents.slice(start, start + rowsPerInsert);
    const chunkPlacements = placements.slice(start, start + rowsPerInsert);
    await db.transaction(async (trx) => {
      const inserted = await trx
        .insertInto('article')
        .values(chunk.map((document, i) => articleRow(document, chunkPlacements[i] as Placement)))
        .returning(['id', 'slug'])
        .execute();
      // Neither engine promises RETURNING's order: match the rows back by their slug.
      const idOf = new Map(inserted.map((row) => [row.slug, row.id]));
      const links = chunk.map((document, i) => {
        const articleId = idOf.get(document.key);
        if (articleId === undefined) throw new BenchError(`article ${document.key} not written`);
        return { articleId, placement: chunkPlacements[i] as Placement };
      });
      await trx
        .insertInto('articleAuthor')
        .values(
          links.map(({ articleId, placement }) => ({
            articleId,
            personId: placement.personId,
            position: 0,
          })),
        )
        .execute();
      await trx
        .insertInto('articleTag')
        .values(
          links.map(({ articleId, placement }) => ({
            articleId,
            tagId: placement.tagId,
            position: 0,
          })),
        )
        .execute();
    });
  }
}
