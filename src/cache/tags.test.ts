import { describe, expect, it } from 'vitest';
import { articleChange, type ArticleSnapshot } from '../content/article-snapshot.js';
import { tagsToPurge } from './tags.js';

const published: ArticleSnapshot = {
  type: 'news',
  language: 'ar',
  slug: 'خبر',
  title: 'خبر',
  subtitle: null,
  excerpt: null,
  body: { type: 'doc', content: [{ type: 'paragraph' }] },
  sectionId: 3,
  tagIds: [7],
  authorIds: [9],
  featuredImageId: null,
  sourceName: null,
  sourceUrl: null,
  seoTitle: null,
  seoDescription: null,
  canonicalUrl: null,
  isBreaking: false,
  isFeatured: false,
  translationOfId: null,
  status: 'published',
  publishedAt: '2026-06-01T09:00:00.000Z',
  scheduledAt: null,
};

const purged = (before: ArticleSnapshot | null, after: ArticleSnapshot) =>
  tagsToPurge({ type: 'article.updated', payload: articleChange(42, before, after) }).sort();

describe('what a story’s change purges', () => {
  it('only the pages that show it, when only its words changed', () => {
    expect(purged(published, { ...published, title: 'خبر مصحح' })).toEqual([
      'article:42',
      'home:ar',
      'sitemaps',
    ]);
  });

  it('the lists it joined and left, when its section, tags or authors changed', () => {
    expect(purged(published, { ...published, sectionId: 4, tagIds: [7, 8] })).toEqual(
      [
        'article:42',
        'home:ar',
        'person:9',
        'section:3',
        'section:4',
        'sitemaps',
        'tag:7',
        'tag:8',
      ].sort(),
    );
  });

  it('every list it is in, when it is published or unpublished, or moved in time', () => {
    const draft = { ...published, status: 'draft' as const };
    const all = ['article:42', 'home:ar', 'person:9', 'section:3', 'sitemaps', 'tag:7'];
    expect(purged(draft, published)).toEqual(all);
    expect(purged(published, { ...published, status: 'unpublished' })).toEqual(all);
    expect(purged(published, { ...published, publishedAt: '2026-05-01T09:00:00.000Z' })).toEqual(
      all,
    );
  });

  it('the page of the original it now translates, or translated until now', () => {
    expect(purged(published, { ...published, translationOfId: 17 })).toEqual([
      'article:17',
      'article:42',
      'home:ar',
      'sitemaps',
    ]);
    expect(
      purged({ ...published, translationOfId: 17 }, { ...published, translationOfId: 18 }),
    ).toEqual(['article:17', 'article:18', 'article:42', 'home:ar', 'sitemaps']);
  });

  it('nothing for a draft, and every page of its language for breaking news', () => {
    const draft = { ...published, status: 'draft' as const };
    expect(purged(draft, { ...draft, title: 'مسودة' })).toEqual([]);
    expect(purged(published, { ...published, isBreaking: true })).toContain('layout:ar');
  });
});
