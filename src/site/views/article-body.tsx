/**
 * Renders an article body (ProseMirror JSON in Midad's document schema) as elements.
 * Only known nodes and marks produce output; anything else renders nothing, so a body
 * can never inject markup. Links were validated on save and are checked again here.
 *
 * `renderers` names every node type of the schema, so a node added to the schema does not
 * compile until the public site can show it. Text blocks carry their own direction; tables
 * scroll sideways on phones. Embeds load nothing from their sites until the reader asks: a
 * YouTube video is a frame whose own document holds only a play link to the player, and an
 * X post is a link to it (the site's CSP lets no script run, and frames only the player).
 */
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import {
  documentText,
  embedFromAttrs,
  embedPageUrl,
  isSafeHref,
  type DocumentJson,
  type DocumentMarkType,
  type DocumentNodeJson,
  type DocumentNodeType,
  type EmbedAttrs,
} from '../../content/document-schema.js';
import type { Language, Media } from '../../content/types.js';
import { t } from '../i18n.js';
import { Picture } from './picture.js';

export interface ArticleBodyProps {
  doc: DocumentJson;
  /** Images the body's figures refer to; a figure whose media is missing is left out. */
  media: Map<number, Media>;
  language: Language;
  /** The site's own origin: absolute links to it are not treated as external. */
  siteUrl?: string;
}

interface RenderContext {
  media: Map<number, Media>;
  language: Language;
  siteUrl: string | null;
  /** In a table row: what the row's header cells head. */
  headerScope?: 'col' | 'row';
}

type Renderer = (node: DocumentNodeJson, context: RenderContext) => ComponentChildren;

export const bodyImageSizes = '(max-width: 760px) 100vw, 720px';

export function ArticleBody({ doc, media, language, siteUrl }: ArticleBodyProps) {
  const context: RenderContext = { media, language, siteUrl: siteUrl ?? null };
  return <>{renderBlocks(doc.content, context)}</>;
}

/** Caption and credit of an image, as a figure shows them; `dir` as `captionDirection` gives. */
export function FigureCaption({
  media,
  language,
  dir,
}: {
  media: Media;
  language: Language;
  dir?: 'auto' | Direction;
}) {
  if (!media.caption && !media.credit) return null;
  return (
    <figcaption dir={dir}>
      {media.caption && <span class="caption">{media.caption}</span>}
      {media.credit && (
        <span class="credit">{t(language, 'article.imageCredit', { credit: media.credit })}</span>
      )}
    </figcaption>
  );
}

const renderers: Record<DocumentNodeType, Renderer> = {
  doc: (node, context) => renderBlocks(node.content, context),
  paragraph: (node, context) =>
    node.content?.length ? (
      <p dir={blockDirection(node)}>{renderInline(node.content, context)}</p>
    ) : null,
  heading: renderHeading,
  blockquote: (node, context) => <blockquote>{renderBlocks(node.content, context)}</blockquote>,
  pullquote: renderPullquote,
  bullet_list: (node, context) => <ul>{renderBlocks(node.content, context)}</ul>,
  ordered_list: (node, context) => <ol>{renderBlocks(node.content, context)}</ol>,
  list_item: (node, context) => (
    <li dir={containerDirection(node)}>{renderBlocks(node.content, context)}</li>
  ),
  horizontal_rule: () => <hr />,
  figure: renderFigure,
  embed: renderEmbed,
  table: renderTable,
  table_row: renderRow,
  table_cell: (node, context) => (
    <td {...cellSpans(node)} dir={containerDirection(node)}>
      {renderBlocks(node.content, context)}
    </td>
  ),
  table_header: (node, context) => (
    <th {...cellSpans(node)} scope={context.headerScope ?? 'col'} dir={containerDirection(node)}>
      {renderBlocks(node.content, context)}
    </th>
  ),
  // Inline nodes sit in text blocks, which render them with their marks.
  text: (node, context) => renderInline([node], context),
  hard_break: (node, context) => renderInline([node], context),
};

/** The marks that wrap text; links wrap whole runs of it (see `renderInline`). */
const markRenderers = {
  strong: (inner) => <strong>{inner}</strong>,
  em: (inner) => <em>{inner}</em>,
} satisfies Record<
  Exclude<DocumentMarkType, 'link'>,
  (inner: ComponentChildren) => ComponentChildren
>;

function isNodeType(type: string): type is DocumentNodeType {
  return Object.hasOwn(renderers, type);
}

function renderBlocks(
  nodes: DocumentNodeJson[] | undefined,
  context: RenderContext,
): ComponentChildren[] {
  return (nodes ?? []).map((node) =>
    isNodeType(node.type) ? renderers[node.type](node, context) : null,
  );
}

const rtlLetter =
  /[\p{Script_Extensions=Arabic}\p{Script_Extensions=Hebrew}\p{Script_Extensions=Syriac}\p{Script_Extensions=Thaana}\p{Script_Extensions=Nko}]/u;
const anyLetter = /\p{L}/u;

type Direction = 'rtl' | 'ltr';

const notALetter = 0;
const rtl = 1;
const ltr = 2;

/** What each code point is, read once from the tables above. */
function letterKind(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  if (!anyLetter.test(character)) return notALetter;
  return rtlLetter.test(character) ? rtl : ltr;
}

/**
 * The kind of every code point of the Basic Multilingual Plane, where all the letters of
 * news text are: a block's letters are then counted in a plain loop (the Unicode-aware
 * regular expressions cost as much as the rest of an article's render). Built on first use.
 */
let basicPlane: Uint8Array | null = null;

function basicPlaneKinds(): Uint8Array {
  if (basicPlane === null) {
    basicPlane = new Uint8Array(0x10000);
    for (let codePoint = 0; codePoint < 0x10000; codePoint++) {
      basicPlane[codePoint] = letterKind(codePoint);
    }
  }
  return basicPlane;
}

/** The direction of a text's first letter and of most of its letters (null: no letters). */
function letterDirections(text: string): { first: Direction | null; most: Direction | null } {
  const kinds = basicPlaneKinds();
  let first = notALetter;
  let rtlCount = 0;
  let ltrCount = 0;
  for (let index = 0; index < text.length; index++) {
    let kind: number;
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      kind = letterKind(text.codePointAt(index) ?? unit);
      index++;
    } else {
      kind = kinds[unit] ?? notALetter;
    }
    if (kind === notALetter) continue;
    if (first === notALetter) first = kind;
    if (kind === rtl) rtlCount++;
    else ltrCount++;
  }
  if (first === notALetter) return { first: null, most: null };
  const firstDirection: Direction = first === rtl ? 'rtl' : 'ltr';
  const most: Direction =
    rtlCount > ltrCount ? 'rtl' : ltrCount > rtlCount ? 'ltr' : firstDirection;
  return { first: firstDirection, most };
}

/**
 * A text block's `dir`. `auto` lets the browser take the direction of the first letter, which
 * is right for an English quote in an Arabic article and for a paragraph that opens with a
 * number; but an Arabic paragraph that opens with a Latin name («Apple تعلن…») would turn
 * left to right, so when most of a block's letters disagree with its first one, the block
 * gets the direction of most of them.
 */
function directionOf(text: string): 'auto' | Direction {
  const { first, most } = letterDirections(text);
  return most === null || most === first ? 'auto' : most;
}

/** The direction of an image's caption and credit, which are text blocks of their own. */
export function captionDirection(media: Media): 'auto' | Direction {
  return directionOf(`${media.caption ?? ''} ${media.credit ?? ''}`);
}

function blockDirection(node: DocumentNodeJson) {
  return directionOf(documentText(node));
}

/**
 * A list item's or a cell's `dir`: that of most of its letters. Not `auto`, which looks past
 * the paragraphs inside (they have a `dir` of their own), finds no text and means ltr.
 */
function containerDirection(node: DocumentNodeJson): Direction | undefined {
  return letterDirections(documentText(node)).most ?? undefined;
}

function renderHeading(node: DocumentNodeJson, context: RenderContext) {
  const content = renderInline(node.content, context);
  const dir = blockDirection(node);
  switch (node.attrs?.level) {
    case 3:
      return <h3 dir={dir}>{content}</h3>;
    case 4:
      return <h4 dir={dir}>{content}</h4>;
    default:
      return <h2 dir={dir}>{content}</h2>;
  }
}

function renderPullquote(node: DocumentNodeJson, context: RenderContext) {
  const cite = node.attrs?.cite;
  return (
    <figure class="pullquote">
      <blockquote>
        <p dir={blockDirection(node)}>{renderInline(node.content, context)}</p>
      </blockquote>
      {typeof cite === 'string' && cite.trim() !== '' && (
        <figcaption dir={directionOf(cite)}>{cite}</figcaption>
      )}
    </figure>
  );
}

function renderFigure(node: DocumentNodeJson, context: RenderContext) {
  const mediaId = node.attrs?.mediaId;
  const media = typeof mediaId === 'number' ? context.media.get(mediaId) : undefined;
  if (!media) return null;
  return (
    <figure class="body-figure">
      <Picture media={media} sizes={bodyImageSizes} />
      <FigureCaption media={media} language={context.language} dir={captionDirection(media)} />
    </figure>
  );
}

/**
 * A table in a frame that scrolls sideways when the table is wider than the page (keyboard
 * users can focus it to scroll). Leading rows of header cells form the head; header cells
 * head their column in those rows and their row elsewhere.
 */
function renderTable(node: DocumentNodeJson, context: RenderContext) {
  const rows = node.content ?? [];
  const headCount = rows.findIndex((row) => !isHeaderRow(row));
  const head = headCount > 0 ? rows.slice(0, headCount) : [];
  return (
    <div
      class="table-scroll"
      role="region"
      aria-label={t(context.language, 'document.table')}
      tabindex={0}
    >
      <table>
        {head.length > 0 && <thead>{renderBlocks(head, context)}</thead>}
        <tbody>{renderBlocks(rows.slice(head.length), context)}</tbody>
      </table>
    </div>
  );
}

function renderRow(node: DocumentNodeJson, context: RenderContext) {
  const headerScope = isHeaderRow(node) ? 'col' : 'row';
  return <tr>{renderBlocks(node.content, { ...context, headerScope })}</tr>;
}

function isHeaderRow(row: DocumentNodeJson): boolean {
  const cells = row.content ?? [];
  return cells.length > 0 && cells.every((cell) => cell.type === 'table_header');
}

function cellSpans(node: DocumentNodeJson): { colspan?: number; rowspan?: number } {
  const span = (value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : undefined;
  return { colspan: span(node.attrs?.colspan), rowspan: span(node.attrs?.rowspan) };
}

function renderEmbed(node: DocumentNodeJson, context: RenderContext) {
  const embed = embedFromAttrs(node.attrs);
  if (embed === null) return null;
  return embed.provider === 'youtube' ? (
    <VideoFacade id={embed.id} language={context.language} />
  ) : (
    <PostCard embed={embed} language={context.language} />
  );
}

/**
 * A YouTube video as a click-to-load frame. The frame's own document (`srcdoc`, which
 * inherits the page's CSP, so no style or script in it) is one link drawn in SVG: the poster
 * is ours, nothing is fetched from YouTube until the reader follows the link, which opens
 * the privacy-enhanced player in the frame.
 */
function VideoFacade({ id, language }: { id: string; language: Language }) {
  return (
    <figure class="embed embed-video">
      <iframe
        title={t(language, 'document.videoTitle')}
        srcdoc={`<!doctype html>${renderToString(<VideoPoster id={id} language={language} />)}`}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        loading="lazy"
        marginWidth={0}
        marginHeight={0}
      />
    </figure>
  );
}

const posterColour = '#202327';

function VideoPoster({ id, language }: { id: string; language: Language }) {
  const label = t(language, 'document.watchOnYoutube');
  return (
    <html lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
      <head>
        <meta charset="utf-8" />
        <meta name="color-scheme" content="light dark" />
        <title>{label}</title>
      </head>
      <body>
        <a
          href={`https://www.youtube-nocookie.com/embed/${id}?autoplay=1`}
          referrerpolicy="strict-origin-when-cross-origin"
          aria-label={label}
        >
          <svg viewBox="0 0 640 360" width="100%" display="block" aria-hidden="true">
            <rect width="640" height="360" fill={posterColour} />
            <circle cx="320" cy="150" r="54" fill="#ffffff" />
            <path d="M302 122 L302 178 L350 150 Z" fill={posterColour} />
            <text
              x="320"
              y="262"
              text-anchor="middle"
              direction={language === 'ar' ? 'rtl' : 'ltr'}
              fill="#ffffff"
              font-size="28"
              font-family="system-ui, sans-serif"
            >
              {label}
            </text>
          </svg>
        </a>
      </body>
    </html>
  );
}

/** An X post as a link to it: its account, and the words that say where the link goes. */
function PostCard({
  embed,
  language,
}: {
  embed: Extract<EmbedAttrs, { provider: 'x' }>;
  language: Language;
}) {
  return (
    <figure class="embed embed-post">
      <a href={embedPageUrl(embed)} rel="nofollow noopener">
        <span class="embed-account" dir="ltr">
          @{embed.account}
        </span>
        <span class="embed-action">{t(language, 'document.viewPostOnX')}</span>
      </a>
    </figure>
  );
}

/** Inline content, with runs of nodes that share one link wrapped in a single <a>. */
function renderInline(
  nodes: DocumentNodeJson[] | undefined,
  context: RenderContext,
): ComponentChildren[] {
  const items = nodes ?? [];
  const output: ComponentChildren[] = [];
  let index = 0;
  while (index < items.length) {
    const href = linkHref(items[index]);
    const run: DocumentNodeJson[] = [];
    while (index < items.length && linkHref(items[index]) === href) {
      run.push(items[index] as DocumentNodeJson);
      index += 1;
    }
    const leaves = run.map(renderLeaf);
    output.push(
      href === null ? (
        leaves
      ) : (
        <Link href={href} context={context}>
          {leaves}
        </Link>
      ),
    );
  }
  return output;
}

function Link({
  href,
  context,
  children,
}: {
  href: string;
  context: RenderContext;
  children: ComponentChildren;
}) {
  return (
    <a href={href} rel={isExternal(href, context.siteUrl) ? 'nofollow noopener' : undefined}>
      {children}
    </a>
  );
}

function isExternal(href: string, siteUrl: string | null): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  if (siteUrl === null) return true;
  try {
    return new URL(href).origin !== new URL(siteUrl).origin;
  } catch {
    return true;
  }
}

/** The href of a node's link mark, or null (also for an href that is not safe). */
function linkHref(node: DocumentNodeJson | undefined): string | null {
  const mark = node?.marks?.find((m) => m.type === 'link');
  const href = mark?.attrs?.href;
  return typeof href === 'string' && isSafeHref(href) ? href : null;
}

function renderLeaf(node: DocumentNodeJson): ComponentChildren {
  if (node.type === 'hard_break') return <br />;
  if (node.type !== 'text' || !node.text) return null;
  return (node.marks ?? []).reduceRight<ComponentChildren>(
    (inner, mark) =>
      Object.hasOwn(markRenderers, mark.type)
        ? markRenderers[mark.type as keyof typeof markRenderers](inner)
        : inner,
    node.text,
  );
}
