/**
 * HTML into Midad's article document: what an editor's paste or an importer brings in.
 * `cleanPastedHtml` removes what Word, Google Docs and web pages wrap around content;
 * `documentFromHtml` reads what is left with the schema's own parse rules. It runs in the
 * browser (the editor's paste) and on the server (importers, with linkedom's DOMParser), so
 * it imports nothing of Node.
 *
 * The cleaning is tidying, not the safety boundary: only the schema's parse rules turn HTML
 * into a document, and they keep nothing they have no rule for.
 */
import {
  DOMParser as ProseMirrorDOMParser,
  Fragment,
  type Node as ProseMirrorNode,
} from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { fixTables } from 'prosemirror-tables';
import {
  documentSchema,
  embedFromUrl,
  parseDocument,
  type DocumentJson,
} from './document-schema.js';

/** What `documentFromHtml` needs of a DOMParser: the browser's, or linkedom's on a server. */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): { body: ParsedBody | null };
}
type ParsedBody = Parameters<ProseMirrorDOMParser['parse']>[0];

/**
 * Comments (Word's conditional ones too), Word's downlevel blocks (`<![if !supportLists]>…`,
 * the typed-out bullet of a list item), declarations, closing tags, opening tags, and text.
 * A `<` that starts none of them is text.
 */
const htmlToken =
  /<!--[\s\S]*?(?:-->|$)|<!\[if[^\]]*\]>[\s\S]*?<!\[endif\]>|<![^>]*>|<\?[^>]*>|<\/([a-zA-Z][\w:.-]*)[^>]*>|<([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<|[^<]+/g;

const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Dropped with everything inside them: code, page furniture, forms, media players. */
const droppedElements = new Set([
  'head',
  'title',
  'style',
  'script',
  'noscript',
  'template',
  'xml',
  'object',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'form',
  'button',
  'select',
  'textarea',
  'nav',
  'header',
  'footer',
  'dialog',
  'frameset',
  'xmp',
  'o:p',
]);

/** Void elements that carry nothing for a document. */
const droppedVoidElements = new Set(['base', 'col', 'embed', 'input', 'link', 'meta', 'param']);

/** Tags removed, content kept: the page's frame, and Word's smart tags (`<st1:place>`…). */
const isUnwrapped = (name: string) => name === 'html' || name === 'body' || name.includes(':');

/** Attributes a parse rule reads; every other attribute (handlers, styles, ids) goes. */
const keptAttributes = new Set([
  'href',
  'src',
  'colspan',
  'rowspan',
  'data-media-id',
  'data-embed',
]);
const keptClasses = new Set(['pullquote', 'twitter-tweet']);
const keptStyles = new Set(['font-weight', 'font-style']);

const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

interface Tag {
  name: string;
  attributes: Map<string, string>;
}

/**
 * The content of pasted HTML without its wrapping: Word's styles, classes, `<o:p>`,
 * conditional comments and typed-out list bullets (its list paragraphs become lists),
 * Google Docs' styles, a page's scripts, styles, forms, navigation, headers, footers and
 * asides (a pull-quote aside stays), iframes other than YouTube videos, event handlers,
 * comments, and the empty paragraphs all of these leave behind.
 */
export function cleanPastedHtml(html: string): string {
  const output: string[] = [];
  let dropping: { name: string; depth: number } | null = null;
  for (const [token, closing, opening, attributeText = ''] of wordListsAsLists(html).matchAll(
    htmlToken,
  )) {
    const name = (closing ?? opening)?.toLowerCase();
    if (dropping !== null) {
      if (name === dropping.name && opening !== undefined && !voidElements.has(name)) {
        dropping.depth += 1;
      }
      if (name === dropping.name && closing !== undefined) dropping.depth -= 1;
      if (dropping.depth === 0) dropping = null;
    } else if (name === undefined) {
      if (token === '<') output.push('&lt;');
      else if (!token.startsWith('<')) output.push(token);
    } else if (closing !== undefined) {
      if (!isUnwrapped(name) && !droppedElements.has(name)) output.push(`</${name}>`);
    } else {
      const tag: Tag = { name, attributes: parseAttributes(attributeText) };
      const isSelfClosing = voidElements.has(name) || attributeText.trimEnd().endsWith('/');
      if (isDropped(tag)) {
        if (!isSelfClosing) dropping = { name, depth: 1 };
      } else if (isVideoFrame(tag)) {
        output.push(`<iframe src="${escapeAttribute(tag.attributes.get('src') ?? '')}"></iframe>`);
        dropping = { name, depth: 1 };
      } else if (!isUnwrapped(name)) {
        output.push(openingTag(tag));
      }
    }
  }
  return withoutEmptyBlocks(output.join('')).trim();
}

/**
 * Pasted or imported HTML as a document that passes `parseDocument`: cleaned, parsed with
 * the schema's rules (what the schema lacks is dropped), empty blocks left out, tables made
 * rectangular, and at least one paragraph.
 */
export function documentFromHtml(html: string, parser: HtmlParser): DocumentJson {
  const page = parser.parseFromString(
    `<!doctype html><html><head></head><body>${cleanPastedHtml(html)}</body></html>`,
    'text/html',
  );
  const parsed =
    page.body === null
      ? documentSchema.topNodeType.createAndFill()
      : ProseMirrorDOMParser.fromSchema(documentSchema).parse(page.body);
  const pruned = parsed === null ? null : withoutBlankBlocks(parsed);
  const doc = pruned ?? documentSchema.topNodeType.createAndFill();
  if (doc === null) throw new Error('the document schema cannot make an empty document');
  return parseDocument(withTablesFixed(doc).toJSON()).toJSON() as DocumentJson;
}

/**
 * Word writes a list as paragraphs with an `mso-list: l<n> level<k>` style, the bullet or
 * number typed out in a downlevel block; runs of them become lists again, one per list id,
 * numbered when the first item's marker is a number or a letter. Levels are flattened.
 */
const wordListParagraph = /<p\b[^>]*?mso-list:\s*(l\d+)[^>]*>([\s\S]*?)<\/p>/gi;
const wordListRun = new RegExp(`(?:${wordListParagraph.source}\\s*)+`, 'gi');
const wordListMarker = /<!\[if !supportLists\]>([\s\S]*?)<!\[endif\]>/i;
/** «1.», «a)», «iv.», and in Arabic documents «١-» or «أ.». */
const numberedMarker = /^\(?([0-9٠-٩]+|[a-z]|[ivxlc]+|[\u0621-\u064a])[.)-]/i;

function wordListsAsLists(html: string): string {
  return html.replace(wordListRun, (run) => {
    const lists: { id: string; items: string[] }[] = [];
    for (const [, id = '', content = ''] of run.matchAll(wordListParagraph)) {
      const current = lists.at(-1);
      if (current?.id === id) current.items.push(content);
      else lists.push({ id, items: [content] });
    }
    return lists.map(({ items }) => htmlList(items)).join('');
  });
}

function htmlList(items: string[]): string {
  const marker = wordListMarker.exec(items[0] ?? '')?.[1] ?? '';
  const plainMarker = marker.replace(/<[^>]*>|&[#\w]+;|\s/g, '');
  const list = numberedMarker.test(plainMarker) ? 'ol' : 'ul';
  return `<${list}>${items.map((item) => `<li>${item}</li>`).join('')}</${list}>`;
}

function isDropped({ name, attributes }: Tag): boolean {
  if (droppedElements.has(name) || droppedVoidElements.has(name)) return true;
  if (name === 'aside') return !classesOf(attributes).includes('pullquote');
  if (name === 'iframe') return !isVideoFrame({ name, attributes });
  if (name === 'br') return classesOf(attributes).includes('Apple-interchange-newline');
  // Word's typed-out list bullet, outside its downlevel block.
  if (name === 'span') return /mso-list:\s*ignore/i.test(attributes.get('style') ?? '');
  return false;
}

function isVideoFrame({ name, attributes }: Tag): boolean {
  const src = attributes.get('src');
  return (
    name === 'iframe' &&
    src !== undefined &&
    embedFromUrl(decodeAttribute(src))?.provider === 'youtube'
  );
}

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name = '', doubleQuoted, singleQuoted, bare] of text.matchAll(attributePattern)) {
    const key = name.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, doubleQuoted ?? singleQuoted ?? bare ?? '');
  }
  return attributes;
}

function classesOf(attributes: Map<string, string>): string[] {
  return (attributes.get('class') ?? '').split(/\s+/).filter((c) => c !== '');
}

/** The tag again, with only what the parse rules read. */
function openingTag({ name, attributes }: Tag): string {
  const kept: string[] = [];
  for (const [key, value] of attributes) {
    if (keptAttributes.has(key)) kept.push(`${key}="${escapeAttribute(value)}"`);
  }
  const classes = classesOf(attributes).filter((c) => keptClasses.has(c));
  if (classes.length > 0) kept.push(`class="${classes.join(' ')}"`);
  const styles = keptDeclarations(attributes.get('style') ?? '');
  if (styles !== '') kept.push(`style="${escapeAttribute(styles)}"`);
  const id = attributes.get('id') ?? '';
  if (id.startsWith('docs-internal-guid')) kept.push(`id="${escapeAttribute(id)}"`);
  return `<${[name, ...kept].join(' ')}>`;
}

/** Bold and italic are all a style says that the document keeps. */
function keptDeclarations(style: string): string {
  return style
    .split(';')
    .map((declaration) => declaration.split(':').map((part) => part.trim().toLowerCase()))
    .filter(([property, value]) => keptStyles.has(property ?? '') && value)
    .map(([property, value]) => `${property}:${value}`)
    .join(';');
}

const emptyBlock =
  /<(p|h[1-6])\b[^>]*>(?:\s|&nbsp;|&#160;|&#xa0;|<br>|<\/?(?:span|b|i|strong|em|font|u|a)\b[^>]*>)*<\/\1>/gi;
const trailingBreaks = /(?:<br>\s*)+(?=<\/(?:p|li|h[1-6]|td|th|blockquote)>)/g;

function withoutEmptyBlocks(html: string): string {
  return html.replace(emptyBlock, '').replace(trailingBreaks, '');
}

function escapeAttribute(value: string): string {
  return value.replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Enough entity decoding to read an address written in an attribute. */
function decodeAttribute(value: string): string {
  return value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Blocks that hold nothing a reader would see; cells and rows stay, or the table breaks. */
const removableWhenBlank = new Set([
  'paragraph',
  'heading',
  'pullquote',
  'blockquote',
  'bullet_list',
  'ordered_list',
  'list_item',
  'table',
]);

function withoutBlankBlocks(node: ProseMirrorNode): ProseMirrorNode | null {
  if (node.isTextblock || node.isLeaf) return node;
  const children: ProseMirrorNode[] = [];
  node.forEach((child) => {
    const kept = withoutBlankBlocks(child);
    if (kept !== null && !(removableWhenBlank.has(kept.type.name) && isBlank(kept))) {
      children.push(kept);
    }
  });
  const content = Fragment.from(children);
  return node.type.validContent(content)
    ? node.copy(content)
    : node.type.createAndFill(node.attrs, content);
}

function isBlank(node: ProseMirrorNode): boolean {
  let isEmpty = true;
  node.descendants((child) => {
    if ((child.isText && child.text?.trim()) || (child.isBlock && child.isAtom)) isEmpty = false;
    return isEmpty;
  });
  return isEmpty;
}

/** Ragged rows filled, overlapping spans cut: prosemirror-tables' own repair, as the editor's. */
function withTablesFixed(doc: ProseMirrorNode): ProseMirrorNode {
  return fixTables(EditorState.create({ doc }))?.doc ?? doc;
}
