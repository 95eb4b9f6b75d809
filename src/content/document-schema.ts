/**
 * Midad's article document schema (ProseMirror). Bodies are stored as this schema's JSON
 * and every body is validated against it before it is stored, so the server renders only
 * known nodes and marks: nothing unknown ever reaches a reader's browser.
 */
import { Schema, type Node as ProseMirrorNode } from 'prosemirror-model';

export const documentSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*' },
    heading: {
      group: 'block',
      content: 'inline*',
      attrs: { level: { default: 2, validate: (v: unknown) => checkHeadingLevel(v) } },
    },
    blockquote: { group: 'block', content: 'paragraph+' },
    pullquote: {
      group: 'block',
      content: 'inline*',
      attrs: { cite: { default: null, validate: 'string|null' } },
    },
    bullet_list: { group: 'block', content: 'list_item+' },
    ordered_list: { group: 'block', content: 'list_item+' },
    list_item: { content: 'paragraph block*' },
    horizontal_rule: { group: 'block' },
    /** An image from the media library; alt, caption and credit live on the media row. */
    figure: { group: 'block', attrs: { mediaId: { validate: (v: unknown) => checkMediaId(v) } } },
    text: { group: 'inline' },
    hard_break: { group: 'inline', inline: true },
  },
  marks: {
    strong: {},
    em: {},
    link: {
      attrs: { href: { validate: (v: unknown) => checkHref(v) } },
      inclusive: false,
    },
  },
});

export interface DocumentMarkJson {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface DocumentNodeJson {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocumentNodeJson[];
  marks?: DocumentMarkJson[];
  text?: string;
}

export interface DocumentJson extends DocumentNodeJson {
  type: 'doc';
  content: DocumentNodeJson[];
}

export class InvalidDocumentError extends Error {
  override name = 'InvalidDocumentError';
}

/**
 * Parses and checks a body. Throws InvalidDocumentError naming what is wrong; returns the
 * ProseMirror node (whose `toJSON()` is the canonical form to store).
 */
export function parseDocument(json: unknown): ProseMirrorNode {
  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'doc') {
    throw new InvalidDocumentError('the body must be a document ({"type": "doc", …})');
  }
  try {
    const node = documentSchema.nodeFromJSON(json);
    node.check();
    return node;
  } catch (error) {
    throw new InvalidDocumentError(error instanceof Error ? error.message : String(error));
  }
}

/** The media ids a body's figures refer to, in order of appearance. */
export function documentMediaIds(doc: DocumentNodeJson): number[] {
  const ids: number[] = [];
  const walk = (node: DocumentNodeJson): void => {
    const mediaId = node.attrs?.mediaId;
    if (node.type === 'figure' && typeof mediaId === 'number') ids.push(mediaId);
    node.content?.forEach(walk);
  };
  walk(doc);
  return [...new Set(ids)];
}

/** The body's text, paragraphs separated by blank lines: for excerpts and descriptions. */
export function documentText(doc: DocumentNodeJson): string {
  const blocks: string[] = [];
  const inline = (node: DocumentNodeJson): string =>
    node.type === 'text'
      ? (node.text ?? '')
      : node.type === 'hard_break'
        ? ' '
        : (node.content ?? []).map(inline).join('');
  const walk = (node: DocumentNodeJson): void => {
    if (['paragraph', 'heading', 'pullquote'].includes(node.type)) blocks.push(inline(node));
    else node.content?.forEach(walk);
  };
  walk(doc);
  return blocks.filter((b) => b.trim() !== '').join('\n\n');
}

function checkHeadingLevel(value: unknown): void {
  if (value !== 2 && value !== 3 && value !== 4)
    throw new RangeError('heading level must be 2, 3 or 4');
}

function checkMediaId(value: unknown): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new RangeError('figure.mediaId must be a positive integer');
  }
}

/** Links may point to http(s), mailto or a path on this site; never javascript: or data:. */
export function isSafeHref(value: string): boolean {
  if (value.startsWith('/') && !value.startsWith('//')) return true;
  try {
    const url = new URL(value);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol);
  } catch {
    return false;
  }
}

function checkHref(value: unknown): void {
  if (typeof value !== 'string' || !isSafeHref(value)) {
    throw new RangeError('link href must be an http(s), mailto or site-relative URL');
  }
}
