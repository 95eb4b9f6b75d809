/**
 * How a list shows an article: a teaser with thumbnail and excerpt (listings), a card
 * (home grids), a headline (short lists) and an opinion card (columnist's face first).
 * None of them is an <article>: a page holds at most one, the article it is about.
 */
import type { ArticleSummary, Person } from '../../content/types.js';
import { truncate } from '../../text/index.js';
import { articlePath, authorPath } from '../paths.js';
import { AuthorLinks, Kicker, Time } from './common.js';
import type { PageFormat } from './format.js';
import { Picture } from './picture.js';

type HeadingLevel = 'h2' | 'h3';

const excerptMaxLength = 220;

function teaserText(article: ArticleSummary): string | null {
  const text = article.excerpt ?? article.subtitle;
  return text ? truncate(text.replace(/\s+/g, ' ').trim(), excerptMaxLength) : null;
}

function Title({ article, as: Heading }: { article: ArticleSummary; as: HeadingLevel }) {
  return (
    <Heading class="teaser-title">
      <a class="teaser-link" href={articlePath(article)}>
        {article.title}
      </a>
    </Heading>
  );
}

function Thumb({ article, sizes }: { article: ArticleSummary; sizes: string }) {
  if (!article.featuredImage) return null;
  return (
    <div class="thumb">
      <Picture media={article.featuredImage} sizes={sizes} />
    </div>
  );
}

/** Date (or date and time) and linked authors, under a teaser's title. */
export function TeaserMeta({
  article,
  format,
  withTime = false,
}: {
  article: ArticleSummary;
  format: PageFormat;
  withTime?: boolean;
}) {
  const hasAuthors = article.authors.length > 0;
  if (!article.publishedAt && !hasAuthors) return null;
  return (
    <p class="teaser-meta">
      {article.publishedAt && (
        <Time iso={article.publishedAt}>
          {withTime ? format.dateTime(article.publishedAt) : format.date(article.publishedAt)}
        </Time>
      )}
      {article.publishedAt && hasAuthors && <span class="dot" aria-hidden="true" />}
      {hasAuthors && (
        <span class="teaser-authors">
          <AuthorLinks authors={article.authors} language={format.language} />
        </span>
      )}
    </p>
  );
}

/** A listing's item: thumbnail beside kicker, title, excerpt, date and authors. */
export function TeaserItem({
  article,
  format,
  heading = 'h2',
}: {
  article: ArticleSummary;
  format: PageFormat;
  heading?: HeadingLevel;
}) {
  const excerpt = teaserText(article);
  return (
    <li class={article.featuredImage ? 'teaser' : 'teaser no-image'}>
      <Thumb article={article} sizes="(max-width: 640px) 34vw, 260px" />
      <div class="teaser-body">
        <Kicker article={article} language={format.language} />
        <Title article={article} as={heading} />
        {excerpt && <p class="teaser-excerpt">{excerpt}</p>}
        <TeaserMeta article={article} format={format} />
      </div>
    </li>
  );
}

export function TeaserList({
  articles,
  format,
  heading = 'h2',
}: {
  articles: ArticleSummary[];
  format: PageFormat;
  heading?: HeadingLevel;
}) {
  return (
    <ol class="teaser-list">
      {articles.map((article) => (
        <TeaserItem article={article} format={format} heading={heading} />
      ))}
    </ol>
  );
}

/** A home-page card: image on top, then kicker, title and (optionally) excerpt. */
export function Card({
  article,
  format,
  sizes,
  showExcerpt = false,
}: {
  article: ArticleSummary;
  format: PageFormat;
  sizes: string;
  showExcerpt?: boolean;
}) {
  const excerpt = showExcerpt ? teaserText(article) : null;
  return (
    <div class="card">
      <Thumb article={article} sizes={sizes} />
      <Kicker article={article} language={format.language} hideNews />
      <Title article={article} as="h3" />
      {excerpt && <p class="teaser-excerpt">{excerpt}</p>}
      <TeaserMeta article={article} format={format} />
    </div>
  );
}

/** A title-only line, optionally with its publication time. */
export function HeadlineItem({
  article,
  format,
  showTime = false,
}: {
  article: ArticleSummary;
  format: PageFormat;
  showTime?: boolean;
}) {
  return (
    <li class="headline-item">
      {showTime && article.publishedAt && (
        <Time iso={article.publishedAt}>{format.recent(article.publishedAt)}</Time>
      )}
      <a class="teaser-link" href={articlePath(article)}>
        {article.title}
      </a>
    </li>
  );
}

/** A columnist's round portrait, described by its own alt text like every image on the site. */
export function Avatar({ person, size }: { person: Person; size: 'small' | 'large' }) {
  if (!person.avatar) {
    return (
      <span class={`avatar avatar-${size} avatar-empty`} aria-hidden="true">
        {[...person.name.trim()][0] ?? ''}
      </span>
    );
  }
  return (
    <Picture
      media={person.avatar}
      sizes={size === 'large' ? '160px' : '72px'}
      class={`avatar avatar-${size}`}
    />
  );
}

/** An opinion piece: the columnist's face and name, then the title. */
export function OpinionCard({ article }: { article: ArticleSummary }) {
  const columnist = article.authors[0];
  return (
    <li class="opinion-card">
      {columnist && <Avatar person={columnist} size="small" />}
      <div class="opinion-text">
        {columnist && (
          <p class="columnist-name">
            <a class="author-link" href={authorPath(columnist)}>
              {columnist.name}
            </a>
          </p>
        )}
        <h3 class="teaser-title">
          <a class="teaser-link" href={articlePath(article)}>
            {article.title}
          </a>
        </h3>
      </div>
    </li>
  );
}
