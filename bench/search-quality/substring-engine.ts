/**
 * The WordPress baseline: every word must occur somewhere in the title, excerpt or body
 * (`LIKE '%word%'`, case-insensitive), no excluded word may, and matches come newest first.
 * No normalization at all, which is what most Arabic news sites still ship.
 */
import type { SearchDocument } from './documents.js';
import { parseQuery, type SearchEngine } from './engine.js';

export function substringEngine(): SearchEngine {
  let documents: { document: SearchDocument; text: string }[] = [];
  return {
    name: 'substring (WordPress LIKE)',
    async index(collection) {
      documents = collection
        .map((document) => ({
          document,
          text: [document.title, document.excerpt, document.body].join('\n').toLowerCase(),
        }))
        .sort((a, b) => b.document.publishedAt.getTime() - a.document.publishedAt.getTime());
    },
    async search(query, language, limit) {
      const { required, excluded } = parseQuery(query.toLowerCase());
      if (required.length === 0) return [];
      return documents
        .filter(
          ({ document, text }) =>
            document.language === language &&
            required.every((word) => text.includes(word)) &&
            !excluded.some((word) => text.includes(word)),
        )
        .slice(0, limit)
        .map(({ document }) => document.key);
    },
    async close() {
      documents = [];
    },
  };
}
