/**
 * The search page: the box with what was asked, how many articles match, and each result's
 * headline, section, date and a snippet with the words found marked as they were written;
 * pages of ten. Never indexed by search engines. A query with nothing to look for, or no
 * match, says so in words, with what to try.
 */
import type { SearchResults, TextPart } from '../../search/search-service.js';
import { t } from '../i18n.js';
import { articlePath, searchPath } from '../paths.js';
import type { PageContext } from '../view-models.js';
import { PaginationNav } from './common.js';
import { pageFormat } from './format.js';
import { Layout } from './layout.js';
import { SearchForm } from './search-form.js';
import { basicMeta } from './page-meta.js';

export interface SearchPageProps {
  context: PageContext;
  q: string;
  order: 'relevance' | 'newest';
  results: SearchResults | null;
}

function Marked({ parts }: { parts: TextPart[] }) {
  return <>{parts.map((part) => (part.isMatch ? <mark>{part.text}</mark> : part.text))}</>;
}

export function SearchPage({ context, q, order, results }: SearchPageProps) {
  const { language, settings } = context;
  const format = pageFormat(context);
  const title = q === '' ? t(language, 'search.title') : t(language, 'search.resultsFor', { q });
  const meta = basicMeta(context, { name: title, description: null, isIndexable: false });
  const base = `${searchPath(language, settings.locale)}?q=${encodeURIComponent(q)}${order === 'newest' ? '&order=newest' : ''}`;
  const totalPages = results ? Math.max(1, Math.ceil(results.total / results.perPage)) : 1;
  return (
    <Layout context={context} meta={meta}>
      <header class="page-header">
        <h1 class="page-title">{title}</h1>
        <SearchForm context={context} q={q} id="search-page-q" />
      </header>
      {results === null || results.isEmpty ? (
        <p class="search-message">
          {q === '' ? t(language, 'search.prompt') : t(language, 'search.nothingToFind', { q })}
        </p>
      ) : (
        <section aria-label={t(language, 'search.results')}>
          <p class="search-count" role="status">
            {t({ language, digits: format.digits }, 'search.count', { n: results.total })}
          </p>
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
            <p class="search-message">{t(language, 'search.none', { q })}</p>
          ) : (
            <>
              <p class="search-order">
                {t(language, 'search.order')}:{' '}
                {order === 'relevance' ? (
                  <>
                    <strong>{t(language, 'search.order.relevance')}</strong> ·{' '}
                    <a href={`${base}&order=newest`}>{t(language, 'search.order.newest')}</a>
                  </>
                ) : (
                  <>
                    <a href={`${searchPath(language, settings.locale)}?q=${encodeURIComponent(q)}`}>
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
