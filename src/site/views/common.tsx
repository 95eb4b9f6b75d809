/** Small pieces many pages share: labels, author lists, times, breadcrumbs, pagination. */
import type { ComponentChildren } from 'preact';
import type { ArticleSummary, Language, Person } from '../../content/types.js';
import { t, typeLabel } from '../i18n.js';
import { authorPath, pagePath } from '../paths.js';
import type { Pagination } from '../view-models.js';
import type { PageFormat } from './format.js';

/** Items joined the way the language lists them: «أ، ب وج» / "A, B and C". */
export function joinList(language: Language, items: ComponentChildren[]): ComponentChildren[] {
  return items.flatMap((item, index) => {
    if (index === 0) return [item];
    const isLast = index === items.length - 1;
    return [t(language, isLast ? 'list.lastSeparator' : 'list.separator'), item];
  });
}

export function AuthorLinks({ authors, language }: { authors: Person[]; language: Language }) {
  return (
    <>
      {joinList(
        language,
        authors.map((person) => (
          <a class="author-link" href={authorPath(person)}>
            {person.name}
          </a>
        )),
      )}
    </>
  );
}

/** The kicker above a headline: «عاجل» when breaking, then the article type. */
export function Kicker({
  article,
  language,
  hideNews = false,
}: {
  article: Pick<ArticleSummary, 'type' | 'isBreaking'>;
  language: Language;
  /** Teasers leave out the plain «خبر» label: most stories are news. */
  hideNews?: boolean;
}) {
  const showType = !(hideNews && article.type === 'news');
  if (!article.isBreaking && !showType) return null;
  return (
    <p class="kicker">
      {article.isBreaking && (
        <span class="label label-breaking">{t(language, 'breaking.label')}</span>
      )}
      {showType && (
        <span class={`label label-${article.type}`}>{typeLabel(language, article.type)}</span>
      )}
    </p>
  );
}

export function Time({ iso, children }: { iso: string; children: ComponentChildren }) {
  return <time datetime={iso}>{children}</time>;
}

export interface Crumb {
  name: string;
  href: string;
}

export function Breadcrumb({ language, crumbs }: { language: Language; crumbs: Crumb[] }) {
  return (
    <nav class="breadcrumb" aria-label={t(language, 'site.breadcrumb')}>
      <ol>
        {crumbs.map((crumb) => (
          <li>
            <a href={crumb.href}>{crumb.name}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** «الصفحة السابقة · صفحة ٢ من ٥ · الصفحة التالية»; nothing for a single page. */
export function PaginationNav({
  pagination,
  format,
}: {
  pagination: Pagination;
  format: PageFormat;
}) {
  const { page, totalPages, basePath } = pagination;
  if (totalPages <= 1) return null;
  const { language } = format;
  return (
    <nav class="pagination" aria-label={t(language, 'pagination.label')}>
      {page > 1 ? (
        <a class="pagination-link" rel="prev" href={pagePath(basePath, page - 1)}>
          {t(language, 'pagination.previous')}
        </a>
      ) : (
        <span class="pagination-link is-disabled" aria-hidden="true">
          {t(language, 'pagination.previous')}
        </span>
      )}
      <span class="pagination-status" aria-current="page">
        {t(language, 'pagination.status', {
          page: format.integer(page),
          total: format.integer(totalPages),
        })}
      </span>
      {page < totalPages ? (
        <a class="pagination-link" rel="next" href={pagePath(basePath, page + 1)}>
          {t(language, 'pagination.next')}
        </a>
      ) : (
        <span class="pagination-link is-disabled" aria-hidden="true">
          {t(language, 'pagination.next')}
        </span>
      )}
    </nav>
  );
}
