/**
 * `midad import page`: one saved web page made a story. HTML is read by Mozilla's
 * Readability (the reader view of Firefox), which finds the article among the page's menus,
 * and its HTML becomes a Midad document through the schema's own rules — so scripts, event
 * handlers, `javascript:` links, styles and frames never get in. Plain text, as a text
 * scraper saves a page, is read by `readScrapedText`. The story is written by the same
 * command as the newsroom's, as a draft unless asked to publish, with its source recorded.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { systemActor } from '../core/actor.js';
import { inTransaction } from '../core/unit-of-work.js';
import { createArticle } from '../content/article-commands.js';
import { documentFromHtml } from '../content/document-html.js';
import type { DocumentJson } from '../content/document-schema.js';
import { articlePath } from '../content/permalinks.js';
import type { Services } from '../services.js';
import { normalizeArabic } from '../text/index.js';
import { languageOfText, readScrapedText } from './scraped-text.js';

export interface PageStory {
  title: string;
  section: string | null;
  body: DocumentJson;
  sourceName: string | null;
  sourceUrl: string | null;
  language: 'ar' | 'en';
}

export class PageImportError extends Error {
  override name = 'PageImportError';
}

function looksLikeHtml(text: string, contentType: string | null): boolean {
  if (contentType) return /html/i.test(contentType);
  return /^\s*</.test(text) && /<(html|body|article|p|div)[\s>]/i.test(text);
}

function paragraphsDocument(paragraphs: readonly string[]): DocumentJson {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

/** The text of a node of the document, its children's joined. */
function nodeText(node: { text?: string; content?: unknown[] }): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map((child) => nodeText(child as typeof node)).join('');
}

/** The body without the headline Readability leaves at its top: the page shows it once. */
function withoutHeadline(body: DocumentJson, title: string): DocumentJson {
  const [first, ...rest] = body.content;
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
  if (first?.type === 'heading' && rest.length > 0 && fold(nodeText(first)) === fold(title)) {
    return { ...body, content: rest };
  }
  return body;
}

/** The story a page tells: its HTML through Readability, or its text as a scraper saved it. */
export function readPage(
  text: string,
  { url, contentType }: { url: string | null; contentType: string | null },
): PageStory {
  if (!looksLikeHtml(text, contentType)) {
    let story;
    try {
      story = readScrapedText(text);
    } catch (error) {
      throw new PageImportError((error as Error).message);
    }
    if (story.paragraphs.length === 0) throw new PageImportError('the page has no paragraphs');
    return {
      title: story.title,
      section: story.section,
      body: paragraphsDocument(story.paragraphs),
      sourceName: story.sourceName ?? (url ? new URL(url).hostname : null),
      sourceUrl: url,
      language: story.language,
    };
  }
  const { document, DOMParser } = parseHTML(text);
  const meta = (key: string) =>
    document
      .querySelector(`meta[property="${key}"], meta[name="${key}"]`)
      ?.getAttribute('content')
      ?.trim() || null;
  const section = meta('article:section');
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || null;
  const found = new Readability(document).parse();
  if (!found?.content || !found.title) {
    throw new PageImportError('no article was found in the page');
  }
  const title = found.title.replace(/\s+/g, ' ').trim();
  const body = withoutHeadline(documentFromHtml(found.content, new DOMParser()), title);
  // The page's own `lang`, else the script most of its text is in.
  const declared = (document.documentElement?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  const language =
    declared === 'ar' || declared === 'en' ? declared : languageOfText(found.textContent ?? '');
  const sourceUrl = url ?? (canonical && /^https?:\/\//.test(canonical) ? canonical : null);
  return {
    title,
    section,
    body,
    sourceName:
      found.siteName?.trim() ||
      meta('og:site_name') ||
      (sourceUrl ? new URL(sourceUrl).hostname : null),
    sourceUrl,
    language,
  };
}

export interface ImportedPage {
  id: number;
  status: 'draft' | 'published';
  /** Its page in the newsroom, and its public address once published. */
  editorPath: string;
  publicPath: string | null;
  /** The section the page named, when the site has none by that name. */
  unknownSection: string | null;
}

/** Writes the story: a draft for review, or published with `publish`. */
export async function importPage(
  services: Services,
  story: PageStory,
  { publish }: { publish: boolean },
): Promise<ImportedPage> {
  const importer = systemActor('import');
  const sections = await services.taxonomy.sections(importer, story.language);
  const wanted = story.section === null ? null : normalizeArabic(story.section);
  const section = sections.find((candidate) => normalizeArabic(candidate.name) === wanted);
  const id = await inTransaction(services.context, (uow) =>
    createArticle(uow, importer, {
      title: story.title,
      language: story.language,
      body: story.body,
      sectionId: section?.id ?? null,
      sourceName: story.sourceName,
      sourceUrl: story.sourceUrl,
      status: publish ? 'published' : 'draft',
    }),
  );
  const row = await services.articles.get(importer, id);
  return {
    id,
    status: publish ? 'published' : 'draft',
    editorPath: `/admin/articles/${id}`,
    publicPath: publish ? articlePath(row) : null,
    unknownSection: story.section !== null && !section ? story.section : null,
  };
}
