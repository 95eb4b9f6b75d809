/**
 * Midad's article document schema (ProseMirror). Bodies are stored as this schema's JSON
 * and every body is validated against it before it is stored, so the server renders only
 * known nodes and marks: nothing unknown ever reaches a reader's browser.
 *
 * Each node and mark also says how it is written to HTML (`toDOM`) and read from it
 * (`parseDOM`), so the browser editor, its paste handling and the HTML importers share one
 * definition. The parse rules map what editors and web pages write (h1–h6, Word's and
 * Google Docs' inline bold and italic, YouTube iframes, X's embed markup) onto these nodes;
 * an element without a rule leaves only its text, so nothing unknown is carried through.
 */
import {
  Schema,
  type DOMOutputSpec,
  type MarkSpec,
  type NodeSpec,
  type Node as ProseMirrorNode,
  type TagParseRule,
} from 'prosemirror-model';
import { TableMap, tableNodes } from 'prosemirror-tables';

/**
 * Text blocks take their direction from their own text: an English quote in Arabic. Only
 * text blocks: a list item or a cell holds paragraphs with a `dir` of their own, which `auto`
 * looks past, so on them it would find no text and mean left to right.
 */
const autoDirection = { dir: 'auto' } as const;

/** The most columns or rows one table cell may span. */
export const maxCellSpan = 50;

const tables = tableNodes({ tableGroup: 'block', cellContent: 'paragraph+', cellAttributes: {} });

const cellAttrs = {
  colspan: { default: 1, validate: (v: unknown) => checkSpan('colspan', v) },
  rowspan: { default: 1, validate: (v: unknown) => checkSpan('rowspan', v) },
};

/**
 * Inside a cell, what cells cannot hold becomes paragraphs instead of breaking the table
 * apart (Word puts lists and headings in cells; some pages nest tables).
 */
const insideCell = 'table_cell//|table_header//';
const flattenedInCells: TagParseRule[] = [
  ...['li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th'].map((tag) => ({
    tag,
    node: 'paragraph',
    context: insideCell,
    priority: 70,
  })),
  ...['ul', 'ol', 'blockquote', 'aside', 'figure', 'table', 'tbody', 'thead', 'tfoot', 'tr'].map(
    (tag) => ({
      tag,
      skip: true as const,
      context: insideCell,
      priority: 70,
    }),
  ),
  ...['hr', 'img', 'iframe'].map((tag) => ({
    tag,
    ignore: true,
    context: insideCell,
    priority: 70,
  })),
];

/** Page furniture and interactive parts that no node stands for: dropped with their content. */
const ignoredElements: TagParseRule[] = [
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'iframe',
  'svg',
  'canvas',
  'video',
  'audio',
  'figcaption',
  'caption',
].map((tag) => ({ tag, ignore: true }));

function cell(spec: NodeSpec, tag: 'td' | 'th'): NodeSpec {
  return {
    ...spec,
    attrs: cellAttrs,
    parseDOM: [
      {
        tag,
        getAttrs: (dom) => ({
          colspan: spanFromDom(dom.getAttribute('colspan')),
          rowspan: spanFromDom(dom.getAttribute('rowspan')),
        }),
      },
      ...(tag === 'td' ? flattenedInCells : []),
    ],
    toDOM: (node) => [tag, spanAttributes(node), 0],
  };
}

const nodes = {
  doc: { content: 'block+', parseDOM: ignoredElements },
  paragraph: {
    group: 'block',
    content: 'inline*',
    parseDOM: [{ tag: 'p' }],
    toDOM: () => ['p', autoDirection, 0],
  },
  heading: {
    group: 'block',
    content: 'inline*',
    defining: true,
    attrs: { level: { default: 2, validate: (v: unknown) => checkHeadingLevel(v) } },
    parseDOM: [
      { tag: 'h1', attrs: { level: 2 } },
      { tag: 'h2', attrs: { level: 2 } },
      { tag: 'h3', attrs: { level: 3 } },
      { tag: 'h4', attrs: { level: 4 } },
      { tag: 'h5', attrs: { level: 4 } },
      { tag: 'h6', attrs: { level: 4 } },
    ],
    toDOM: (node) => [`h${String(node.attrs.level)}`, autoDirection, 0],
  },
  blockquote: {
    group: 'block',
    content: 'paragraph+',
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: () => ['blockquote', 0],
  },
  /** A sentence set large; `cite` names who said it. */
  pullquote: {
    group: 'block',
    content: 'inline*',
    defining: true,
    attrs: { cite: { default: null, validate: 'string|null' } },
    parseDOM: ['aside.pullquote', 'blockquote.pullquote', 'figure.pullquote'].map((tag) => ({
      tag,
      priority: 60,
      getAttrs: (dom) => ({ cite: citeFrom(dom.querySelector('figcaption, cite, footer')) }),
      contentElement: (dom) => dom.querySelector('p') ?? dom,
    })),
    toDOM: (node) => {
      const quote: DOMOutputSpec = ['blockquote', ['p', autoDirection, 0]];
      const cite = node.attrs.cite as string | null;
      return cite === null
        ? ['figure', { class: 'pullquote' }, quote]
        : ['figure', { class: 'pullquote' }, quote, ['figcaption', autoDirection, cite]];
    },
  },
  bullet_list: {
    group: 'block',
    content: 'list_item+',
    parseDOM: [{ tag: 'ul' }],
    toDOM: () => ['ul', 0],
  },
  ordered_list: {
    group: 'block',
    content: 'list_item+',
    parseDOM: [{ tag: 'ol' }],
    toDOM: () => ['ol', 0],
  },
  list_item: {
    content: 'paragraph block*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: () => ['li', 0],
  },
  horizontal_rule: { group: 'block', parseDOM: [{ tag: 'hr' }], toDOM: () => ['hr'] },
  /**
   * An image from the media library; alt, caption and credit live on the media row. An
   * image without a library id has no rule: importers bring those into the library first.
   */
  figure: {
    group: 'block',
    draggable: true,
    attrs: { mediaId: { validate: (v: unknown) => checkMediaId(v) } },
    parseDOM: ['figure[data-media-id]', 'img[data-media-id]'].map((tag) => ({
      tag,
      getAttrs: (dom) => mediaIdFromDom(dom.getAttribute('data-media-id')),
    })),
    toDOM: (node) => ['figure', { 'data-media-id': String(node.attrs.mediaId) }],
  },
  /** A YouTube video or an X post, by id: the public page loads nothing from them unasked. */
  embed: {
    group: 'block',
    atom: true,
    draggable: true,
    attrs: {
      provider: { validate: (v: unknown) => checkEmbedProvider(v) },
      id: { validate: (v: unknown) => checkEmbedId(v) },
      account: { default: null, validate: (v: unknown) => checkEmbedAccount(v) },
    },
    parseDOM: [
      {
        tag: 'figure[data-embed]',
        getAttrs: (dom) => embedFromDom(dom.getAttribute('data-embed')),
      },
      {
        tag: 'iframe[src]',
        priority: 60,
        getAttrs: (dom) => {
          const embed = embedFromDom(dom.getAttribute('src'));
          return embed !== false && embed.provider === 'youtube' ? embed : false;
        },
      },
      {
        tag: 'blockquote.twitter-tweet',
        priority: 60,
        getAttrs: (dom) =>
          postFromLinks(Array.from(dom.querySelectorAll('a[href]'), (a) => a.getAttribute('href'))),
      },
    ],
    toDOM: (node) => {
      const url = embedPageUrl(node.attrs as EmbedAttrs);
      return ['figure', { class: 'embed', 'data-embed': url }, ['a', { href: url }, url]];
    },
  },
  table: tables.table,
  table_row: tables.table_row,
  table_cell: cell(tables.table_cell, 'td'),
  table_header: cell(tables.table_header, 'th'),
  text: { group: 'inline' },
  hard_break: {
    group: 'inline',
    inline: true,
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => ['br'],
  },
} satisfies Record<string, NodeSpec>;

const isStrong = (mark: { type: { name: string } }) => mark.type.name === 'strong';
const isEm = (mark: { type: { name: string } }) => mark.type.name === 'em';

const marks = {
  strong: {
    parseDOM: [
      { tag: 'strong' },
      // Google Docs wraps a whole paste in <b style="font-weight:normal" id="docs-internal-guid-…">.
      {
        tag: 'b',
        getAttrs: (dom) =>
          !(dom.getAttribute('id') ?? '').startsWith('docs-internal-guid') &&
          !isNormalWeight(dom.style.fontWeight) &&
          null,
      },
      // Word and Google Docs write bold as an inline style on spans.
      { style: 'font-weight', getAttrs: (value) => isBoldWeight(value) && null },
      {
        style: 'font-weight',
        clearMark: isStrong,
        getAttrs: (value) => isNormalWeight(value) && null,
      },
    ],
    toDOM: () => ['strong', 0],
  },
  em: {
    parseDOM: [
      { tag: 'em' },
      { tag: 'i' },
      { style: 'font-style=italic' },
      { style: 'font-style=oblique' },
      { style: 'font-style=normal', clearMark: isEm },
    ],
    toDOM: () => ['em', 0],
  },
  link: {
    attrs: { href: { validate: (v: unknown) => checkHref(v) } },
    inclusive: false,
    parseDOM: [{ tag: 'a[href]', getAttrs: (dom) => linkFromDom(dom.getAttribute('href')) }],
    toDOM: (mark) => ['a', { href: mark.attrs.href as string }, 0],
  },
} satisfies Record<string, MarkSpec>;

export const documentSchema = new Schema({ nodes, marks });

/** The names of the schema's nodes: a renderer keyed by them must name every one. */
export type DocumentNodeType = keyof typeof nodes;
export type DocumentMarkType = keyof typeof marks;

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

export type EmbedAttrs =
  | { provider: 'youtube'; id: string; account: null }
  | { provider: 'x'; id: string; account: string };

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
    checkEmbeds(node);
    checkTables(node);
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

const youtubeId = /^[A-Za-z0-9_-]{11}$/;
const postId = /^[1-9][0-9]{0,19}$/;
const accountName = /^[A-Za-z0-9_]{1,15}$/;
/** Paths of x.com that look like an account but are not one. */
const reservedAccounts = new Set(['i', 'intent', 'share', 'home', 'search', 'hashtag']);

/**
 * The embed a link stands for: a YouTube video (watch, youtu.be, shorts or embed address,
 * also youtube-nocookie.com) or an X post (x.com or twitter.com, /<account>/status/<id>).
 * Anything else, null.
 */
export function embedFromUrl(url: string): EmbedAttrs | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  const path = parsed.pathname.split('/').filter((part) => part !== '');
  const video = (id: string | null | undefined): EmbedAttrs | null =>
    id !== null && id !== undefined && youtubeId.test(id)
      ? { provider: 'youtube', id, account: null }
      : null;
  if (host === 'youtu.be') return path.length === 1 ? video(path[0]) : null;
  if (host === 'youtube.com' && path.length === 1 && path[0] === 'watch') {
    return video(parsed.searchParams.get('v'));
  }
  if ((host === 'youtube.com' || host === 'youtube-nocookie.com') && path.length === 2) {
    const [kind, id] = path;
    if (kind === 'embed' || (kind === 'shorts' && host === 'youtube.com')) return video(id);
    return null;
  }
  if (host === 'x.com' || host === 'twitter.com') {
    const [account, kind, id] = path;
    if (path.length < 3 || kind !== 'status' || account === undefined || id === undefined) {
      return null;
    }
    const isPost =
      accountName.test(account) && !reservedAccounts.has(account.toLowerCase()) && postId.test(id);
    return isPost ? { provider: 'x', id, account } : null;
  }
  return null;
}

/** Where an embed lives on its own site: the video's page or the post on x.com. */
export function embedPageUrl(embed: EmbedAttrs): string {
  return embed.provider === 'youtube'
    ? `https://www.youtube.com/watch?v=${embed.id}`
    : `https://x.com/${embed.account}/status/${embed.id}`;
}

function embedFromDom(url: string | null): EmbedAttrs | false {
  return (url !== null && embedFromUrl(url)) || false;
}

/** X's embed markup ends with a link to the post; earlier links are the post's own. */
function postFromLinks(hrefs: (string | null)[]): EmbedAttrs | false {
  const posts = hrefs.map(embedFromDom).filter((e) => e !== false && e.provider === 'x');
  return posts.at(-1) ?? false;
}

function checkEmbedProvider(value: unknown): void {
  if (value !== 'youtube' && value !== 'x') {
    throw new RangeError('embed.provider must be "youtube" or "x"');
  }
}

function checkEmbedId(value: unknown): void {
  if (typeof value !== 'string' || !(youtubeId.test(value) || postId.test(value))) {
    throw new RangeError(
      'embed.id must be a YouTube video id (11 letters, digits, - or _) or an X post id (digits)',
    );
  }
}

function checkEmbedAccount(value: unknown): void {
  if (value !== null && (typeof value !== 'string' || !accountName.test(value))) {
    throw new RangeError(
      'embed.account must be null or an X account name (1–15 letters, digits or _)',
    );
  }
}

/**
 * The embed a node's attributes describe, with the id and the account checked against the
 * provider; null when they describe none. What one attribute's own check cannot see.
 */
export function embedFromAttrs(attrs: Record<string, unknown> | undefined): EmbedAttrs | null {
  const { provider, id, account } = attrs ?? {};
  if (typeof id !== 'string') return null;
  if (provider === 'youtube' && youtubeId.test(id) && (account ?? null) === null) {
    return { provider, id, account: null };
  }
  if (provider === 'x' && postId.test(id) && typeof account === 'string') {
    return accountName.test(account) ? { provider, id, account } : null;
  }
  return null;
}

function checkEmbeds(doc: ProseMirrorNode): void {
  doc.descendants((node) => {
    if (node.type.name !== 'embed' || embedFromAttrs(node.attrs) !== null) return;
    const { provider, id } = node.attrs as { provider: string; id: string };
    throw new RangeError(
      provider === 'youtube'
        ? `a YouTube embed needs an 11-character video id and no account (got "${id}")`
        : `an X embed needs a numeric post id and an account (got "${id}")`,
    );
  });
}

/** Every row of a table must fill its columns, with no cells overlapping or overhanging. */
function checkTables(doc: ProseMirrorNode): void {
  let count = 0;
  doc.descendants((node) => {
    if (node.type.name !== 'table') return true;
    count += 1;
    const map = TableMap.get(node);
    const problem = map.problems?.[0];
    if (problem === undefined) return false;
    const table = `table ${count}`;
    switch (problem.type) {
      case 'zero_sized':
        throw new RangeError(`${table} has no cells`);
      case 'missing':
        throw new RangeError(
          `${table}: row ${problem.row + 1} has ${problem.n} cell(s) fewer than the table's ${map.width} columns`,
        );
      case 'collision':
        throw new RangeError(`${table}: cells overlap in row ${problem.row + 1}`);
      case 'overlong_rowspan':
        throw new RangeError(`${table}: a cell spans ${problem.n} row(s) past the last row`);
      case 'colwidth mismatch': // cannot occur: cells keep no column widths
        throw new RangeError(`${table}: column widths are not stored`);
    }
  });
}

function checkSpan(name: 'colspan' | 'rowspan', value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > maxCellSpan) {
    throw new RangeError(`table cell ${name} must be a whole number from 1 to ${maxCellSpan}`);
  }
}

/** A span read from HTML: out-of-range or unreadable values become 1. */
function spanFromDom(value: string | null): number {
  const span = Number(value ?? 1);
  return Number.isInteger(span) && span >= 1 && span <= maxCellSpan ? span : 1;
}

function spanAttributes(node: ProseMirrorNode): Record<string, string> {
  const { colspan, rowspan } = node.attrs as { colspan: number; rowspan: number };
  return {
    ...(colspan === 1 ? {} : { colspan: String(colspan) }),
    ...(rowspan === 1 ? {} : { rowspan: String(rowspan) }),
  };
}

function citeFrom(element: { textContent: string | null } | null): string | null {
  const cite = element?.textContent?.replace(/^[\s—–-]+/, '').trim() ?? '';
  return cite === '' ? null : cite;
}

function mediaIdFromDom(value: string | null): { mediaId: number } | false {
  const mediaId = Number(value);
  return value !== null && /^[1-9][0-9]*$/.test(value) && Number.isSafeInteger(mediaId)
    ? { mediaId }
    : false;
}

function linkFromDom(href: string | null): { href: string } | false {
  const value = href?.trim() ?? '';
  return isSafeHref(value) ? { href: value } : false;
}

const isBoldWeight = (value: string) => /^(bold|bolder|[6-9]00)$/.test(value.trim());
const isNormalWeight = (value: string) => /^(normal|lighter|[1-4]00)$/.test(value.trim());

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
