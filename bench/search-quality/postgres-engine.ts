/**
 * The PostgreSQL baseline: `to_tsvector('arabic', …)` over the raw text (English articles get
 * the `english` configuration), `websearch_to_tsquery` — `plainto_tsquery` plus "phrases" and
 * -words — ranked by ts_rank. Runs in a schema of its own, dropped when the engine closes.
 */
import pg from 'pg';
import type { Language } from '../../src/db/schema.js';
import { fullText } from './documents.js';
import type { SearchEngine } from './engine.js';

const configuration: Record<Language, string> = { ar: 'arabic', en: 'english' };

/** Connects and creates the schema, or says why the server could not be reached. */
export async function postgresEngine(
  url: string,
): Promise<{ engine: SearchEngine } | { unreachable: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    return { unreachable: error instanceof Error ? error.message : String(error) };
  }
  const schema = `search_quality_${process.pid}_${Date.now()}`;
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.query(
    `CREATE TABLE ${schema}.article (key text PRIMARY KEY, language text NOT NULL, document tsvector NOT NULL)`,
  );
  await client.query(`CREATE INDEX ON ${schema}.article USING gin (document)`);
  const engine: SearchEngine = {
    name: "PostgreSQL ('arabic')",
    async index(documents) {
      await client.query(`TRUNCATE ${schema}.article`);
      const batch = 500;
      for (let start = 0; start < documents.length; start += batch) {
        const rows = documents.slice(start, start + batch);
        await client.query(
          `INSERT INTO ${schema}.article (key, language, document)
           SELECT key, language, to_tsvector(config::regconfig, text)
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(key, language, config, text)`,
          [
            rows.map((d) => d.key),
            rows.map((d) => d.language),
            rows.map((d) => configuration[d.language]),
            rows.map(fullText),
          ],
        );
      }
    },
    async search(query, language, limit) {
      const result = await client.query<{ key: string }>(
        `SELECT key FROM ${schema}.article, websearch_to_tsquery($1::regconfig, $2) AS query
         WHERE language = $3 AND document @@ query
         ORDER BY ts_rank(document, query) DESC, key LIMIT $4`,
        [configuration[language], query, language, limit],
      );
      return result.rows.map((row) => row.key);
    },
    async close() {
      try {
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
  return { engine };
}
