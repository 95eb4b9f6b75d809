/**
 * Small builders for test data. Articles go through the same command as the newsroom
 * (as Midad itself, with every right); sections, tags and people are written straight to
 * their repositories, so a test can give them any shape it needs.
 */
import sharp from 'sharp';
import { systemActor } from '../core/actor.js';
import { inTransaction, type UnitOfWorkContext } from '../core/unit-of-work.js';
import { createArticle } from '../content/article-commands.js';
import type { ArticleCreateInput } from '../content/article-input.js';
import type { DocumentJson } from '../content/document-schema.js';
import type { Language, Media, Person, Section, Tag } from '../content/types.js';
import { addImage, storeImage } from '../media/media-service.js';
import type { MediaStore } from '../media/media-store.js';

let counter = 0;
const next = () => ++counter;
const createdAt = '2026-01-01T00:00:00.000Z';
export const midad = systemActor('system');

export function paragraphs(...texts: string[]): DocumentJson {
  return {
    type: 'doc',
    content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

export function makeSection(
  context: UnitOfWorkContext,
  fields: Partial<Omit<Section, 'id'>> = {},
): Promise<Section> {
  const n = next();
  return inTransaction(context, (uow) =>
    uow.taxonomy.insertSection({
      slug: `section-${n}`,
      name: `قسم ${n}`,
      description: null,
      language: 'ar',
      parentId: null,
      position: n,
      createdAt,
      ...fields,
    }),
  );
}

export function makeTag(
  context: UnitOfWorkContext,
  fields: Partial<Omit<Tag, 'id'>> = {},
): Promise<Tag> {
  const n = next();
  return inTransaction(context, (uow) =>
    uow.taxonomy.insertTag({
      slug: `وسم-${n}`,
      name: `وسم ${n}`,
      language: 'ar',
      createdAt,
      ...fields,
    }),
  );
}

export function makePerson(
  context: UnitOfWorkContext,
  fields: {
    slug?: string;
    name?: string;
    language?: Language;
    avatarMediaId?: number | null;
    jobTitle?: string;
  } = {},
): Promise<Person> {
  const n = next();
  return inTransaction(context, (uow) =>
    uow.taxonomy.insertPerson({
      slug: fields.slug ?? `كاتب-${n}`,
      name: fields.name ?? `كاتب رقم ${n}`,
      jobTitle: fields.jobTitle ?? 'محرر',
      bio: 'يكتب عن الاقتصاد.',
      avatarMediaId: fields.avatarMediaId ?? null,
      links: '[]',
      language: fields.language ?? 'ar',
      createdAt,
    }),
  );
}

/**
 * A real image, drawn by sharp, stored and described. `alt: ''` makes one without alt text
 * (as an import can bring), which the publishing rules refuse.
 */
export async function makeImage(
  context: UnitOfWorkContext,
  store: MediaStore,
  fields: { width?: number; height?: number; alt?: string } = {},
): Promise<Media> {
  const n = next();
  const bytes = await sharp({
    create: {
      width: fields.width ?? 1600,
      height: fields.height ?? 900,
      channels: 3,
      background: { r: (n * 37) % 255, g: 90, b: (n * 13) % 255 },
    },
  })
    .png()
    .toBuffer();
  const stored = await storeImage(store, bytes);
  const description = {
    alt: fields.alt ?? `صورة توضيحية رقم ${n}`,
    caption: 'تعليق الصورة',
    credit: 'مداد',
  };
  return inTransaction(context, async (uow) =>
    description.alt === ''
      ? uow.media.insert({ ...stored, ...description, createdAt })
      : addImage(uow, midad, stored, description),
  );
}

/** A published article by default, last changed when it was published. */
export function makeArticle(
  context: UnitOfWorkContext,
  fields: Partial<ArticleCreateInput> = {},
): Promise<number> {
  const n = next();
  const publishedAt = fields.publishedAt ?? '2026-06-01T09:00:00.000Z';
  const isPublished = (fields.status ?? 'published') === 'published';
  return inTransaction(context, (uow) =>
    createArticle(uow, midad, {
      type: 'news',
      language: 'ar',
      title: `خبر اقتصادي رقم ${n}`,
      subtitle: 'عنوان فرعي',
      excerpt: 'مقتطف قصير من الخبر.',
      body: paragraphs('الفقرة الأولى من الخبر.', 'الفقرة الثانية من الخبر.'),
      status: 'published',
      ...(isPublished ? { publishedAt, updatedAt: publishedAt } : {}),
      ...fields,
    }),
  );
}
