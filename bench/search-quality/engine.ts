/**
 * What a search engine is to the relevance benchmark: it indexes a collection once, then
 * answers queries with article keys, best first. Each baseline is one of these; Midad's own
 * engine joins the list the same way once its index exists.
 */
import type { Language } from '../../src/db/schema.js';
import type { SearchDocument } from './documents.js';

export interface SearchEngine {
  name: string;
  /** Replaces whatever the engine held with these documents. */
  index(documents: SearchDocument[]): Promise<void>;
  search(query: string, language: Language, limit: number): Promise<string[]>;
  close(): Promise<void>;
}

/** A query as a search box reads it: words and "quoted phrases" to find, -words to leave out. */
export interface ParsedQuery {
  required: string[];
  excluded: string[];
}

export function parseQuery(query: string): ParsedQuery {
  const required: string[] = [];
  const excluded: string[] = [];
  for (const [, phrase, word] of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (phrase !== undefined) {
      if (phrase.trim() !== '') required.push(phrase.trim());
    } else if (word !== undefined && word.startsWith('-') && word.length > 1) {
      excluded.push(word.slice(1));
    } else if (word !== undefined) {
      required.push(word);
    }
  }
  return { required, excluded };
}
