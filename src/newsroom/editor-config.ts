/**
 * What the editor page hands to the browser code: the article as the admin API presents it
 * and the lists the form chooses from. Plain types shared by the server (which fills them,
 * checked against the services' own types) and the browser bundle (which reads them).
 */
import type { DocumentJson } from '../content/document-schema.js';

export type EditorLanguage = 'ar' | 'en';

export type EditorAction = 'submit' | 'publish' | 'schedule' | 'unpublish' | 'archive' | 'draft';

export type EditorStatus =
  'draft' | 'in_review' | 'scheduled' | 'published' | 'unpublished' | 'archived';

/** The article's fields the form edits, as the admin API takes them. */
export interface EditorFields {
  title: string;
  subtitle: string | null;
  excerpt: string | null;
  slug: string;
  language: EditorLanguage;
  type: 'news' | 'analysis' | 'opinion' | 'interview' | 'report';
  sectionId: number | null;
  tagNames: string[];
  authorIds: number[];
  featuredImageId: number | null;
  sourceName: string | null;
  sourceUrl: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  isBreaking: boolean;
  isFeatured: boolean;
  /** The article, in the other language, this one translates. */
  translationOfId: number | null;
}

/** The article's other half in the other language, either way the link goes. */
export interface EditorTranslation {
  id: number;
  title: string;
  language: EditorLanguage;
  status: EditorStatus;
  /** True when this article translates that one (it is the original). */
  isOriginal: boolean;
}

/** The article as the admin API returns it (the fields the editor reads). */
export interface EditorArticle {
  id: number;
  type: EditorFields['type'];
  language: EditorLanguage;
  slug: string;
  title: string;
  subtitle: string | null;
  excerpt: string | null;
  body?: DocumentJson;
  sectionId: number | null;
  tagIds: number[];
  authorIds: number[];
  featuredImageId: number | null;
  sourceName: string | null;
  sourceUrl: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  isBreaking: boolean;
  isFeatured: boolean;
  translationOfId: number | null;
  translation?: EditorTranslation | null;
  status: EditorStatus;
  publishedAt: string | null;
  scheduledAt: string | null;
  updatedAt: string;
  version: number;
  url: string | null;
  actions: EditorAction[];
  canEdit: boolean;
  canDelete: boolean;
}

export interface EditorChoice {
  id: number;
  name: string;
  language: EditorLanguage;
}

export interface EditorImage {
  id: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  /** A small rendition, for the form and the figure in the editor. */
  thumbnail: string;
}

export interface EditorConfig {
  /** The interface's language (the user's), not necessarily the article's. */
  language: EditorLanguage;
  /** The BCP 47 tag numbers and dates are written with (digits included). */
  localeTag: string;
  csrfToken: string;
  timeZone: string;
  siteName: string;
  /** The public site's origin, for the search-result preview. */
  publicUrl: string;
  defaultLanguage: EditorLanguage;
  article: EditorArticle | null;
  /** Names of the article's tags, in its order. */
  tagNames: string[];
  sections: (EditorChoice & { parentId: number | null })[];
  people: EditorChoice[];
  /** The images the article uses now (featured and in the body). */
  images: EditorImage[];
}

/** Where the editor's page finds its configuration. */
export const editorConfigAttribute = 'data-editor';

/** What the media library's page hands to the browser code. */
export interface MediaLibraryConfig {
  language: EditorLanguage;
  localeTag: string;
  csrfToken: string;
  timeZone: string;
  userId: number | null;
  /** Editors may change and delete any entry; others only what they uploaded. */
  canManageAll: boolean;
}

/** Where the media library's page finds its configuration. */
export const mediaConfigAttribute = 'data-media-library';
