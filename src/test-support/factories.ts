/** Small builders for test data, written through the same services the site uses. */
import sharp from 'sharp';
import { type ArticleInput, createArticle } from '../content/article-writer.js';
import type { ContentService } from '../content/content-service.js';
import type { DocumentJson } from '../content/document-schema.js';
import type { Language, Media, Person, Section, Tag } from '../content/types.js';
import { addImage } from '../media/media-service.js';
import type { MediaStore } from '../media/media-store.js';

let counter = 0;
const next = () => ++counter;
const createdAt = '2026-01-01T00:00:00.000Z';

export function paragraphs(...texts: string[]): DocumentJson {
  return {
    type: 'doc',
    content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

export async function makeSection(
  content: ContentService,
  fields: Partial<Omit<Section, 'id'>> = {},
): Promise<Section> {
  const n = next();
  return content.taxonomy.insertSection({
    slug: `section-${n}`,
    name: `قسم ${n}`,
    description: null,
    language: 'ar',
    parentId: null,
    position: n,
    createdAt,
    ...fields,
  });
}

export async function makeTag(
  content: ContentService,
  fields: Partial<Omit<Tag, 'id'>> = {},
): Promise<Tag> {
  const n = next();
  return content.taxonomy.insertTag({
    slug: `وسم-${n}`,
    name: `وسم ${n}`,
    language: 'ar',
    createdAt,
    ...fields,
  });
}

export async function makePerson(
  content: ContentService,
  fields: {
    slug?: string;
    name?: string;
    language?: Language;
    avatarMediaId?: number | null;
    jobTitle?: string;
  } = {},
): Promise<Person> {
  const n = next();
  return content.taxonomy.insertPerson({
    slug: fields.slug ?? `كاتب-${n}`,
    name: fields.name ?? `كاتب رقم ${n}`,
    jobTitle: fields.jobTitle ?? 'محرر',
    bio: 'يكتب عن الاقتصاد.',
    avatarMediaId: fields.avatarMediaId ?? null,
    links: '[]',
    language: fields.language ?? 'ar',
    createdAt,
  });
}

/** A real image, drawn by sharp, stored and described. */
export async function makeImage(
  content: ContentService,
  store: MediaStore,
  fields: { width?: number; height?: number; alt?: string } = {},
): Promise<Media> {
  const n = next();
  const bytes = await sharp({
    create: {
      width: fields.width ?? 1600,
      height: fields.height ?? 900,
      channels: 3,
      background: { r: (n * 37) % 255, g: 90, b: 120 },
    },
  })
    .png()
    .toBuffer();
  return addImage(content.media, store, bytes, {
    alt: fields.alt ?? `صورة توضيحية رقم ${n}`,
    caption: 'تعليق الصورة',
    credit: 'مداد',
  });
}

export async function makeArticle(
  content: ContentService,
  fields: Partial<ArticleInput> = {},
): Promise<number> {
  const n = next();
  return createArticle(content, {
    type: 'news',
    language: 'ar',
    title: `خبر اقتصادي رقم ${n}`,
    subtitle: 'عنوان فرعي',
    excerpt: 'مقتطف قصير من الخبر.',
    body: paragraphs('الفقرة الأولى من الخبر.', 'الفقرة الثانية من الخبر.'),
    status: 'published',
    publishedAt: '2026-06-01T09:00:00.000Z',
    ...fields,
  });
}
