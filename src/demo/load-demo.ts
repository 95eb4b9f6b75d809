/**
 * Loads Midad's demo content — sections, people, tags, drawn images and articles written
 * for the project — into an empty database, through the same commands and rules as the
 * newsroom, in one unit of work. It runs once: a marker setting records it, and a database
 * that already holds articles is left alone, so restarting never duplicates anything.
 */
import { systemActor } from '../core/actor.js';
import { readRepositories } from '../core/repositories.js';
import { inTransaction, type UnitOfWorkContext } from '../core/unit-of-work.js';
import type { Language } from '../db/schema.js';
import { createArticle } from '../content/article-commands.js';
import { createPerson, createSection, findOrCreateTag } from '../content/taxonomy-commands.js';
import type { DocumentNodeJson } from '../content/document-schema.js';
import { addImage, storeImage } from '../media/media-service.js';
import type { MediaStore } from '../media/media-store.js';
import { demoArticlesAr } from './content-articles-ar.js';
import { demoArticlesEn } from './content-articles-en.js';
import { demoPeople } from './content-people.js';
import { demoSections } from './content-sections.js';
import { demoImages } from './images/catalogue.js';
import type { DemoArticle, DemoBlock, DemoImage } from './types.js';

export const demoMarkerKey = 'demo.loadedAt';

export type DemoResult =
  | { loaded: true; articles: number; images: number }
  | { loaded: false; reason: 'already-loaded' | 'has-content' };

const hour = 60 * 60 * 1000;
const demo = systemActor('demo');

export async function loadDemo(
  context: UnitOfWorkContext,
  mediaStore: MediaStore,
): Promise<DemoResult> {
  const existing = readRepositories(context.db);
  if ((await existing.settings.getAll()).has(demoMarkerKey))
    return { loaded: false, reason: 'already-loaded' };
  if ((await existing.articles.count()) > 0) return { loaded: false, reason: 'has-content' };

  // Images are drawn and stored before the transaction, which must stay short: files are
  // named by their content, so a retry after a failure reuses them.
  const stored = await Promise.all(
    demoImages.map(
      async (image) => [image, await storeImage(mediaStore, await rasterize(image))] as const,
    ),
  );
  const now = context.clock();

  return inTransaction(context, async (uow) => {
    // Two processes starting together on one empty PostgreSQL database load it once.
    await uow.lock('demo');
    if ((await uow.settings.getAll()).has(demoMarkerKey))
      return { loaded: false, reason: 'already-loaded' } as const;
    if ((await uow.articles.count()) > 0) return { loaded: false, reason: 'has-content' } as const;

    const mediaIds = new Map<string, number>();
    for (const [image, original] of stored) {
      const media = await addImage(uow, demo, original, image);
      mediaIds.set(image.key, media.id);
    }
    const mediaId = (key: string) => {
      const id = mediaIds.get(key);
      if (id === undefined) throw new Error(`demo content refers to a missing image "${key}"`);
      return id;
    };

    const sectionIds = new Map<string, number>();
    for (const [position, section] of demoSections.entries()) {
      const parentId =
        section.parent === undefined ? null : lookup(sectionIds, section.parent, 'section');
      const row = await createSection(uow, demo, {
        slug: section.slug,
        name: section.name,
        description: section.description,
        language: section.language,
        parentId,
        position,
      });
      sectionIds.set(section.slug, row.id);
    }

    const personIds = new Map<string, number>();
    for (const person of demoPeople) {
      const row = await createPerson(uow, demo, {
        slug: person.slug,
        name: person.name,
        jobTitle: person.jobTitle,
        bio: person.bio,
        avatarImageId: person.avatar === undefined ? null : mediaId(person.avatar),
        links: person.links,
        language: person.language,
      });
      personIds.set(person.slug, row.id);
    }

    const tagId = async (name: string, language: Language) =>
      (await findOrCreateTag(uow, demo, { name, language })).tag.id;

    const articles = [...demoArticlesAr, ...demoArticlesEn].sort((a, b) => b.hoursAgo - a.hoursAgo);
    // Oldest first, so a translation's original is already there.
    const byTitle = new Map<string, number>();
    for (const article of articles) {
      const publishedAt = new Date(now.getTime() - article.hoursAgo * hour);
      const updatedAt =
        article.updatedHoursLater === undefined
          ? publishedAt
          : new Date(publishedAt.getTime() + article.updatedHoursLater * hour);
      const tagIds: number[] = [];
      for (const name of article.tags) tagIds.push(await tagId(name, article.language));
      const id = await createArticle(uow, demo, {
        type: article.type,
        language: article.language,
        title: article.title,
        subtitle: article.subtitle,
        excerpt: article.excerpt,
        slug: article.slug ?? null,
        body: toDocument(article, mediaId),
        status: 'published',
        publishedAt: publishedAt.toISOString(),
        updatedAt: (updatedAt > now ? now : updatedAt).toISOString(),
        sectionId: lookup(sectionIds, article.section, 'section'),
        authorIds: article.authors.map((slug) => lookup(personIds, slug, 'person')),
        tagIds,
        featuredImageId: mediaId(article.image),
        sourceName: article.source?.name ?? null,
        sourceUrl: article.source?.url ?? null,
        isBreaking: article.isBreaking ?? false,
        isFeatured: article.isFeatured ?? false,
        translationOfId:
          article.translationOf === undefined
            ? null
            : lookup(byTitle, article.translationOf, 'article'),
      });
      byTitle.set(article.title, id);
    }
    await uow.settings.set(demoMarkerKey, now.toISOString());
    return { loaded: true, articles: articles.length, images: stored.length } as const;
  });
}

function lookup(ids: Map<string, number>, key: string, what: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`demo content refers to a missing ${what} "${key}"`);
  return id;
}

async function rasterize(image: DemoImage): Promise<Buffer> {
  // Loaded only when the demo is drawn, not on every start that finds it already there.
  const { default: sharp } = await import('sharp');
  return sharp(Buffer.from(image.svg())).jpeg({ quality: 90, mozjpeg: true }).toBuffer();
}

function textNode(text: string): DocumentNodeJson[] {
  return text === '' ? [] : [{ type: 'text', text }];
}

function paragraph(text: string): DocumentNodeJson {
  return { type: 'paragraph', content: textNode(text) };
}

function toBlock(block: DemoBlock, mediaId: (key: string) => number): DocumentNodeJson {
  if ('p' in block) return paragraph(block.p);
  if ('h' in block) return { type: 'heading', attrs: { level: 2 }, content: textNode(block.h) };
  if ('quote' in block) {
    return {
      type: 'pullquote',
      attrs: { cite: block.cite ?? null },
      content: textNode(block.quote),
    };
  }
  if ('list' in block) {
    return {
      type: 'bullet_list',
      content: block.list.map((item) => ({ type: 'list_item', content: [paragraph(item)] })),
    };
  }
  return { type: 'figure', attrs: { mediaId: mediaId(block.image) } };
}

function toDocument(article: DemoArticle, mediaId: (key: string) => number): DocumentNodeJson {
  return { type: 'doc', content: article.body.map((block) => toBlock(block, mediaId)) };
}
