/**
 * The shape of Midad's demo content: plain data, written for the project, turned into rows
 * by the demo loader (`load-demo.ts`). Images are drawn by code (SVG) and rasterized by sharp.
 */
import type { ArticleType, Language } from '../db/schema.js';

export interface DemoSection {
  slug: string;
  name: string;
  description: string;
  language: Language;
  /** Slug of the parent section, for a subsection (one level only). */
  parent?: string;
}

export interface DemoImage {
  /** Referenced by articles and people. */
  key: string;
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
  /** Returns a complete SVG document of width × height, with no text in it. */
  svg: () => string;
}

export interface DemoPerson {
  slug: string;
  name: string;
  jobTitle: string;
  bio: string;
  language: Language;
  /** Key of a DemoImage (a square portrait). */
  avatar?: string;
  links: { label: string; url: string }[];
}

/** Body blocks in a compact form; the loader turns them into the document schema. */
export type DemoBlock =
  | { p: string }
  | { h: string }
  | { quote: string; cite?: string }
  | { list: string[] }
  | { image: string };

export interface DemoArticle {
  slug?: string;
  type: ArticleType;
  language: Language;
  title: string;
  subtitle: string;
  excerpt: string;
  section: string;
  tags: string[];
  authors: string[];
  image: string;
  body: DemoBlock[];
  /** Published this many hours before the demo is loaded. */
  hoursAgo: number;
  /** Updated this many hours after publication, if it was. */
  updatedHoursLater?: number;
  isBreaking?: boolean;
  isFeatured?: boolean;
  source?: { name: string; url: string };
  /** The title of the article (in the other language, published earlier) this one translates. */
  translationOf?: string;
}
