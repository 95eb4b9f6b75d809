/**
 * Midad itself in the relevance benchmark: a fresh SQLite site per collection, its articles
 * written through the article commands (so the search projection indexes them exactly as
 * publishing does), and each query answered by the search service the search page uses.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import { systemActor } from '../../src/core/actor.js';
import { inTransaction } from '../../src/core/unit-of-work.js';
import { createArticle } from '../../src/content/article-commands.js';
import { createSection } from '../../src/content/taxonomy-commands.js';
import { openDatabase, type Db } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { createLogger } from '../../src/logging.js';
import { createServices, type Services } from '../../src/services.js';
import type { SearchEngine } from './engine.js';

const writer = systemActor('import');

function paragraphsOf(text: string) {
  const blocks = text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }));
  return { type: 'doc', content: blocks.length > 0 ? blocks : [{ type: 'paragraph' }] };
}

export function midadEngine(): SearchEngine {
  let site: { dir: string; db: Db; services: Services } | null = null;

  async function close() {
    if (!site) return;
    await site.db.close();
    rmSync(site.dir, { recursive: true, force: true });
    site = null;
  }

  return {
    name: 'Midad',
    async index(documents) {
      await close();
      const dir = mkdtempSync(path.join(tmpdir(), 'midad-search-quality-'));
      const config = loadConfig({
        MIDAD_DATA_DIR: dir,
        MIDAD_DEMO: '0',
        MIDAD_LOG_LEVEL: 'silent',
      });
      const db = openDatabase(config.database);
      await migrateToLatest(db);
      const services = createServices(config, db, { log: createLogger('silent') });
      site = { dir, db, services };
      const sections = new Map<string, number>();
      for (const document of documents) {
        const sectionKey = `${document.language}:${document.section}`;
        let sectionId = sections.get(sectionKey);
        if (sectionId === undefined && document.section !== '') {
          const section = await inTransaction(services.context, (uow) =>
            createSection(uow, writer, { name: document.section, language: document.language }),
          );
          sectionId = section.id;
          sections.set(sectionKey, sectionId);
        }
        await inTransaction(services.context, (uow) =>
          createArticle(uow, writer, {
            title: document.title,
            subtitle: document.subtitle || null,
            excerpt: document.excerpt || null,
            body: paragraphsOf(document.body),
            slug: document.key,
            language: document.language,
            sectionId: sectionId ?? null,
            tagNames: document.tags,
            status: 'published',
            publishedAt: document.publishedAt.toISOString(),
          }),
        );
      }
    },
    async search(query, language, limit) {
      if (!site) return [];
      const results = await site.services.search.search({
        q: query,
        language,
        page: 1,
        perPage: limit,
      });
      return results.items.map((item) => item.article.slug);
    },
    close,
  };
}
