/**
 * The SQLite baseline: an in-memory FTS5 table with its default `unicode61 remove_diacritics 2`
 * tokenizer over the raw text, ranked by bm25. Each query word becomes a quoted FTS5 term (so
 * no reader's input is a syntax error), a quoted phrase an FTS5 phrase, a -word a NOT.
 */
import Database from 'better-sqlite3';
import { fullText } from './documents.js';
import { parseQuery, type SearchEngine } from './engine.js';

function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** The FTS5 MATCH expression for a query, or null when it asks for nothing. */
export function ftsMatch(query: string): string | null {
  const { required, excluded } = parseQuery(query);
  if (required.length === 0) return null;
  const wanted = required.map(ftsString).join(' AND ');
  return excluded.length === 0
    ? wanted
    : `(${wanted}) NOT (${excluded.map(ftsString).join(' OR ')})`;
}

export function fts5Engine(): SearchEngine {
  const db = new Database(':memory:');
  db.exec(
    "CREATE VIRTUAL TABLE article USING fts5(key UNINDEXED, language UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2')",
  );
  const insert = db.prepare('INSERT INTO article (key, language, text) VALUES (?, ?, ?)');
  const select = db.prepare<[string, string, number], { key: string }>(
    'SELECT key FROM article WHERE article MATCH ? AND language = ? ORDER BY bm25(article) LIMIT ?',
  );
  return {
    name: 'SQLite FTS5 (unicode61)',
    async index(documents) {
      db.transaction(() => {
        db.exec('DELETE FROM article');
        for (const document of documents) {
          insert.run(document.key, document.language, fullText(document));
        }
      })();
    },
    async search(query, language, limit) {
      const match = ftsMatch(query);
      if (match === null) return [];
      return select.all(match, language, limit).map((row) => row.key);
    },
    async close() {
      db.close();
    },
  };
}
