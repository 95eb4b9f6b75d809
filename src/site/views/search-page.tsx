/**
 * The search page: the box with what was asked, how many articles match, and each result's
 * headline, section, date and a snippet with the words found marked as they were written;
 * pages of ten. Under the box, the filters (section, author, days); the order links and the
 * pages keep them, and the filters keep the order. Never indexed by search engines. A query
 * with nothing to look for, or no match, says so in words, with what to try; filters that
 * cannot be read say what is wrong with them, and nothing is searched.
 */
import type { PersonName } from '../../content/reader-service.js';
import type { SearchResults, TextPart } from '../../search/search-service.js';
import { t } from '../i18n.js';
import { articlePath, searchPath } from '../paths.js';
import type { PageContext } from '../view-models.js';
import { PaginationNav } from './common.js';
import { pageFormat } from './format.js';
import { Layout } from './layout.js';
import { SearchForm } from './search-form.js';
import { basicMeta } from './page-meta.js';
import {
  ActiveFilters,
  filterParams,
  FilterProblems,
  hasFilters,
  noFilters,
  SearchFilters,
  type FilterProblem,
  type SearchFilterValues,
  type SearchOrder,
} from './search-filters.js';

export interface SearchPageProps {
  context: PageContext;
  q: string;
  order: SearchOrder;
  /** Null when nothing was searched: no query, or filters that cannot be read. */
  results: SearchResults | null;
  filters: SearchFilterValues;
  /** What is wrong with the filters sent; empty when they were all read. */
  problems: FilterProblem[];
  /** Whom the author filter offers. */
  authors: PersonName[];
  /** Only the search page itself, without a query or filters, is for search engines. */
  isIndexable: boolean;
}

/** The search page's address for `q` in this order, with these filters. */
function searchHref(path: string, q: string, order: SearchOrder, filters: SearchFilterValues) {
  const params: [string, string][] = [['q', q]];
  if (order === 'newest') params.push(['order', 'newest']);
  params.push(...filterParams(filters));
  const query = params.map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  return `${path}?${query.join('&')}`;
}

function Marked({ parts }: { parts: TextPart[] }) {
  return <>{parts.map((part) => (part.isMatch ? <mark>{part.text}</mark> : part.text))}</>;
}

export function SearchPage(props: SearchPageProps) {
  const { context, q, order, results, filters, problems, authors, isIndexable } = props;
  const { language, settings } = context;
  const format = pageFormat(context);
  const title = q === '' ? t(language, 'search.title') : t(language, 'search.resultsFor', { q });
  const siteName = settings.siteName[language];
  const description =
    q === ''
      ? t(language, 'search.description', { site: siteName })
      : t(language, 'search.resultsDescription', { site: siteName, q });
  const meta = basicMeta(context, { name: title, description, isIndexable });
  const path = searchPath(language, settings.locale);
  const base = searchHref(path, q, order, filters);
  const totalPages = results ? Math.max(1, Math.ceil(results.listed / results.perPage)) : 1;
  return (
    <Layout context={context} meta={meta}>
      <header class="page-header">
        <h1 class="page-title">{title}</h1>
        <SearchForm context={context} q={q} id="search-page-q" />
        {(q !== '' || hasFilters(filters)) && (
          <SearchFilters
            context={context}
            q={q}
            order={order}
            values={filters}
            authors={authors}
            problems={problems}
          />
        )}
        {problems.length === 0 && (
          <ActiveFilters
            context={context}
            values={filters}
            authors={authors}
            clearHref={searchHref(path, q, order, noFilters)}
          />
        )}
      </header>
      {problems.length > 0 ? (
        <FilterProblems context={context} values={filters} problems={problems} />
      ) : results === null || results.isEmpty ? (
        <p class="search-message">
          {q === '' ? t(language, 'search.prompt') : t(language, 'search.nothingToFind', { q })}
        </p>
      ) : (
        <section aria-label={t(language, 'search.results')}>
          <p class="search-count" role="status">
            {t({ language, digits: format.digits }, 'search.count', { n: results.total })}
          </p>
          {results.listed < results.total && (
            <p class="search-message">
              {t({ language, digits: format.digits }, 'search.listed', { n: results.listed })}
            </p>
          )}
          {results.isTruncated && <p class="search-message">{t(language, 'search.truncated')}</p>}
          {results.ignored.length > 0 && (
            <p class="search-message">
              {t(language, 'search.ignored', {
                words: results.ignored
                  .map((part) => `«${part.text}»`)
                  .join(language === 'ar' ? '، ' : ', '),
              })}
            </p>
          )}
          {results.total === 0 ? (
            <>
              {results.suggestion && (
                <p class="search-suggestion">
                  {t(language, 'search.didYouMean')}{' '}
                  <a href={searchHref(path, results.suggestion.q, order, filters)}>
                    {results.suggestion.parts.map((part) =>
                      part.isMatch ? <strong>{part.text}</strong> : part.text,
                    )}
                  </a>
                  {t(language, 'search.didYouMean.end')}
                </p>
              )}
              <p class="search-message">{t(language, 'search.none', { q })}</p>
            </>
          ) : (
            <>
              <p class="search-order">
                {t(language, 'search.order')}:{' '}
                {order === 'relevance' ? (
                  <>
                    <strong>{t(language, 'search.order.relevance')}</strong> ·{' '}
                    <a href={searchHref(path, q, 'newest', filters)}>
                      {t(language, 'search.order.newest')}
                    </a>
                  </>
                ) : (
                  <>
                    <a href={searchHref(path, q, 'relevance', filters)}>
                      {t(language, 'search.order.relevance')}
                    </a>{' '}
                    · <strong>{t(language, 'search.order.newest')}</strong>
                  </>
                )}
              </p>
              <ol class="search-results">
                {results.items.map(({ article, title: headline, snippet }) => (
                  <li class="search-result">
                    <h2 class="search-result-title">
                      <a href={articlePath(article)}>
                        <Marked parts={headline} />
                      </a>
                    </h2>
                    <p class="search-result-meta">
                      {article.section && <span>{article.section.name}</span>}
                      {article.section && ' · '}
                      {article.publishedAt && (
                        <time datetime={article.publishedAt}>
                          {format.date(article.publishedAt)}
                        </time>
                      )}
                    </p>
                    <p class="search-result-snippet" dir="auto">
                      <Marked parts={snippet} />
                    </p>
                  </li>
                ))}
              </ol>
              <PaginationNav
                pagination={{ page: results.page, totalPages, basePath: base }}
                format={format}
              />
            </>
          )}
        </section>
      )}
    </Layout>
  );
}
