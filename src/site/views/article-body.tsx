/**
 * Renders an article body (ProseMirror JSON in Midad's document schema) as elements.
 * Only known nodes and marks produce output; anything else renders nothing, so a body
 * can never inject markup. Links were validated on save and are checked again here.
 */
import type { ComponentChildren } from 'preact';
import {
  isSafeHref,
  type DocumentJson,
  type DocumentNodeJson,
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
}

export const bodyImageSizes = '(max-width: 760px) 100vw, 720px';

export function ArticleBody({ doc, media, language, siteUrl }: ArticleBodyProps) {
  const context: RenderContext = { media, language, siteUrl: siteUrl ?? null };
  return <>{renderBlocks(doc.content, context)}</>;
}

/** Caption and credit of an image, as a figure shows them. */
export function FigureCaption({ media, language }: { media: Media; language: Language }) {
  if (!media.caption && !media.credit) return null;
  return (
    <figcaption>
      {media.caption && <span class="caption">{media.caption}</span>}
      {media.credit && (
        <span class="credit">{t(language, 'article.imageCredit', { credit: media.credit })}</span>
      )}
    </figcaption>
  );
}

function renderBlocks(nodes: DocumentNodeJson[] | undefined, context: RenderContext) {
  return (nodes ?? []).map((node) => renderBlock(node, context));
}

function renderBlock(node: DocumentNodeJson, context: RenderContext): ComponentChildren {
  switch (node.type) {
    case 'paragraph':
      return node.content?.length ? <p>{renderInline(node.content, context)}</p> : null;
    case 'heading':
      return renderHeading(node, context);
    case 'blockquote':
      return <blockquote>{renderBlocks(node.content, context)}</blockquote>;
    case 'pullquote':
      return renderPullquote(node, context);
    case 'bullet_list':
      return <ul>{renderBlocks(node.content, context)}</ul>;
    case 'ordered_list':
      return <ol>{renderBlocks(node.content, context)}</ol>;
    case 'list_item':
      return <li>{renderBlocks(node.content, context)}</li>;
    case 'horizontal_rule':
      return <hr />;
    case 'figure':
      return renderFigure(node, context);
    default:
      return null;
  }
}

function renderHeading(node: DocumentNodeJson, context: RenderContext) {
  const content = renderInline(node.content, context);
  switch (node.attrs?.level) {
    case 3:
      return <h3>{content}</h3>;
    case 4:
      return <h4>{content}</h4>;
    default:
      return <h2>{content}</h2>;
  }
}

function renderPullquote(node: DocumentNodeJson, context: RenderContext) {
  const cite = node.attrs?.cite;
  return (
    <figure class="pullquote">
      <blockquote>
        <p>{renderInline(node.content, context)}</p>
      </blockquote>
      {typeof cite === 'string' && cite.trim() !== '' && <figcaption>{cite}</figcaption>}
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
      <FigureCaption media={media} language={context.language} />
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
  return (node.marks ?? []).reduceRight<ComponentChildren>((inner, mark) => {
    if (mark.type === 'strong') return <strong>{inner}</strong>;
    if (mark.type === 'em') return <em>{inner}</em>;
    return inner;
  }, node.text);
}
