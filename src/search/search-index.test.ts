/**
 * The search index follows the articles in the same transaction as each change: published
 * articles are found however a reader spells their words, an edit replaces what was found,
 * unpublishing and deleting take them out, a renamed tag re-indexes its articles — and an
 * index that fails to write stops the change itself. The same data gives the same results on
 * SQLite and PostgreSQL (each suite below asserts the same answers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../core/actor.js';
import { readRepositories } from '../core/repositories.js';
import { inTransaction, type Projection } from '../core/unit-of-work.js';
import { buildTestApp, type TestApp } from '../test-support/app.js';
import { testDialects } from '../test-support/databases.js';
import { makeArticle, makeTag, paragraphs } from '../test-support/factories.js';
import { createArticle } from '../content/article-commands.js';
import { indexTerms, indexVersion } from './index-terms.js';
import { indexVersionSetting, isIndexIncomplete, rebuildSearchIndex } from './rebuild.js';
import type { IndexQuery } from './search-repository.js';

const editor = systemActor('cli');
const now = new Date('2026-12-02T09:00:00.000Z');

describe.each(testDialects)('the search index on %s', (dialect) => {
  let test: TestApp;
  let energyId: number;
  let portId: number;

  beforeAll(async () => {
    test = await buildTestApp(dialect);
    const { context } = test.services;
    energyId = await makeArticle(context, {
      title: 'وزارة الطاقة تعلن خطة للكهرباء',
      subtitle: 'الخطة تشمل محطات شمسية',
      body: paragraphs('قالت الوزارة إن أسعار الكهرباء ستنخفض في المدن الفلسطينية.'),
      publishedAt: '2026-11-20T09:00:00.000Z',
    });
    portId = await makeArticle(context, {
      title: 'حركة السفن في الموانئ تتراجع',
      body: paragraphs('تراجعت حركة الشحن في ميناء بيروت بسبب ارتفاع تكاليف التأمين.'),
      publishedAt: '2026-11-25T09:00:00.000Z',
    });
  });
  afterAll(() => test.close());

  function query(text: string, extra: Partial<IndexQuery> = {}): IndexQuery {
    return { terms: indexTerms(text), phrases: [], exclude: [], ...extra };
  }

  async function found(text: string, extra: Partial<IndexQuery> = {}): Promise<number[]> {
    const { search } = readRepositories(test.services.db);
    const { hits } = await search.search(
      query(text, extra),
      { language: 'ar' },
      { limit: 10, offset: 0, order: 'relevance', now },
    );
    return hits.map((hit) => hit.articleId);
  }

  it('finds a published article however its words are spelled', async () => {
    for (const spelling of ['طاقة', 'الطاقه', 'الطَّاقة', 'الطـاقة', 'والطاقة', 'وزاره']) {
      expect(await found(spelling), spelling).toEqual([energyId]);
    }
    // A singular finds the broken plural the article wrote, and the plural the singular.
    expect(await found('سفينة')).toEqual([portId]);
    expect(await found('موانئ')).toEqual([portId]);
    expect(await found('فلسطين')).toEqual([energyId]);
  });

  it('needs every word, keeps phrases in order and leaves excluded words out', async () => {
    expect(await found('الكهرباء بيروت')).toEqual([]);
    expect(await found('حركة')).toEqual([portId]);
    expect(await found('', { phrases: [indexTerms('حركة السفن')], exclude: [] })).toEqual([portId]);
    expect(await found('', { phrases: [indexTerms('السفن حركة')] })).toEqual([]);
    expect(await found('الكهرباء', { exclude: indexTerms('شمسية') })).toEqual([]);
  });

  it('ranks a headline match above a body match, and a newer article above an older one', async () => {
    // «الكهرباء» is in the energy story's headline; «أسعار» only in its body.
    const { search } = readRepositories(test.services.db);
    const both = await makeArticle(test.services.context, {
      title: 'أسعار النفط ترتفع',
      body: paragraphs('ارتفعت أسعار النفط.'),
      publishedAt: '2026-11-30T09:00:00.000Z',
    });
    const { hits } = await search.search(
      query('أسعار'),
      { language: 'ar' },
      { limit: 10, offset: 0, order: 'relevance', now },
    );
    expect(hits.map((hit) => hit.articleId)).toEqual([both, energyId]);
    const newest = await search.search(
      query('أسعار'),
      { language: 'ar' },
      { limit: 10, offset: 0, order: 'newest', now },
    );
    expect(newest.hits.map((hit) => hit.articleId)).toEqual([both, energyId]);
    expect(newest.total).toBe(2);
    await test.services.articles.delete(editor, both, null);
  });

  it('follows edits, unpublishing and deletion in the same transaction', async () => {
    const { articles } = test.services;
    const id = await makeArticle(test.services.context, {
      title: 'البورصة تغلق على ارتفاع',
      body: paragraphs('أغلقت البورصة على ارتفاع.'),
    });
    expect(await found('البورصة')).toEqual([id]);
    const version = (await articles.get(editor, id)).version;
    await articles.update(editor, id, {
      version,
      title: 'السوق المالية تغلق على ارتفاع',
      body: paragraphs('أغلقت السوق.'),
    });
    expect(await found('البورصة')).toEqual([]);
    expect(await found('السوق')).toEqual([id]);
    await articles.transition(editor, id, 'unpublish', {});
    expect(await found('السوق')).toEqual([]);
    await articles.transition(editor, id, 'publish', {});
    expect(await found('السوق')).toEqual([id]);
    await articles.delete(editor, id, null);
    expect(await found('السوق')).toEqual([]);
    expect(await readRepositories(test.services.db).search.indexedIds()).not.toContain(id);
  });

  it('indexes tags and re-indexes their articles when a tag is renamed', async () => {
    const tag = await makeTag(test.services.context, { name: 'الذهب' });
    const id = await makeArticle(test.services.context, {
      title: 'ارتفاع الأسعار في الأسواق',
      body: paragraphs('ارتفعت الأسعار.'),
      tagIds: [tag.id],
    });
    expect(await found('ذهب')).toEqual([id]);
    await test.services.taxonomy.updateTag(editor, tag.id, { name: 'المعادن النفيسة' });
    expect(await found('ذهب')).toEqual([]);
    expect(await found('المعادن')).toEqual([id]);
  });

  it('is rebuilt whole from the articles when rows are missing', async () => {
    const { context } = test.services;
    await inTransaction(context, (uow) => uow.search.remove(energyId));
    expect(await found('طاقة')).toEqual([]);
    expect(await isIndexIncomplete(context)).toBe(true);
    const progress: number[] = [];
    const result = await rebuildSearchIndex(context, ({ done }) => progress.push(done));
    expect(progress.at(-1)).toBe(result.total);
    expect(await isIndexIncomplete(context)).toBe(false);
    expect(await found('طاقة')).toEqual([energyId]);
  });

  it('asks for a rebuild when another version of the analyzer wrote the index', async () => {
    const { context } = test.services;
    await rebuildSearchIndex(context);
    expect(await isIndexIncomplete(context)).toBe(false);
    await inTransaction(context, (uow) => uow.settings.set(indexVersionSetting, indexVersion - 1));
    expect(await isIndexIncomplete(context)).toBe(true);
    await rebuildSearchIndex(context);
    expect(await isIndexIncomplete(context)).toBe(false);
  });

  it('writes nothing of a change whose index cannot be written', async () => {
    const failing: Projection = {
      name: 'failing',
      apply: () => Promise.reject(new Error('the index is full')),
    };
    const context = { ...test.services.context, projections: [failing] };
    const before = await readRepositories(test.services.db).search.indexedIds();
    await expect(
      inTransaction(context, (uow) =>
        createArticle(uow, editor, {
          title: 'خبر لن يكتب',
          slug: 'لن-يكتب',
          status: 'published',
          body: paragraphs('لن يكتب هذا الخبر.'),
        }),
      ),
    ).rejects.toThrow('the index is full');
    const { articles } = readRepositories(test.services.db);
    expect(await articles.isSlugTaken('لن-يكتب')).toBe(false);
    expect(await readRepositories(test.services.db).search.indexedIds()).toEqual(before);
  });
});
