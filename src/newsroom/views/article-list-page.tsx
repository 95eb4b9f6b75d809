/**
 * The article list at /admin/articles: the filters as a GET form (so a filtered list is an
 * address to share), the total and the page, one row per article — its title linking to the
 * editor, status, section, byline, language, last change — with the workflow buttons this
 * user may press on it (`article-actions.tsx`). A phone gets each row as a card.
 */
import { ArticleStatusSchema } from '../../content/article-input.js';
import type { DeskArticle } from '../../content/article-service.js';
import type { Person, Section } from '../../content/types.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { languages, type Language } from '../../text/language.js';
import type { FormProblem } from '../forms.js';
import { adminPaths, articleEditorPath, articleListPath } from '../paths.js';
import { formatMoment, type Visit } from '../visit.js';
import { RowActions } from './article-actions.js';
import { filterFields, listSorts, type ListFilters } from './article-filters.js';
import { NoticeBox } from './form.js';
import { directions, Layout } from './layout.js';
import type { PageContext } from './page-context.js';

export interface ListResult {
  items: DeskArticle[];
  total: number;
  page: number;
  perPage: number;
}

export interface ArticleListPageProps {
  context: PageContext;
  filters: ListFilters;
  /** Null when the filters could not be read: the page then shows only why. */
  result: ListResult | null;
  sections: Section[];
  people: Person[];
  problem?: FormProblem | null;
}

export function ArticleListPage({
  context,
  filters,
  result,
  sections,
  people,
  problem = null,
}: ArticleListPageProps) {
  const { language } = context.visit;
  const title = t(language, 'desk.nav.articles');
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <NoticeBox language={language} notice={context.notice} />
      {problem && <ProblemBox problem={problem} />}
      <FilterForm visit={context.visit} filters={filters} sections={sections} people={people} />
      {result && (
        <Results
          context={context}
          filters={filters}
          result={result}
          sections={sections}
          people={people}
        />
      )}
    </Layout>
  );
}

function ProblemBox({ problem }: { problem: FormProblem }) {
  return (
    <div class="alert" role="alert">
      <p>{problem.message}</p>
      {Object.values(problem.fields).map((message) => (
        <p>{message}</p>
      ))}
    </div>
  );
}

interface Choice {
  value: string;
  label: string;
}

function Select(props: { name: string; label: string; value: string; choices: Choice[] }) {
  const id = `filter-${props.name}`;
  return (
    <div class="filter">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        {props.choices.map((choice) => (
          <option value={choice.value} selected={choice.value === props.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

interface FilterFormProps {
  visit: Visit;
  filters: ListFilters;
  sections: Section[];
  people: Person[];
}

function FilterForm({ visit, filters, sections, people }: FilterFormProps) {
  const { language } = visit;
  const any = (key: MessageKey): Choice => ({ value: '', label: t(language, key) });
  return (
    <form
      class="panel filters"
      method="get"
      action={adminPaths.articles}
      role="search"
      aria-label={t(language, 'desk.list.filters')}
    >
      <div class="filter filter-q">
        <label for="filter-q">{t(language, 'desk.list.q')}</label>
        <p class="hint" id="filter-q-hint">
          {t(language, 'desk.list.qHint')}
        </p>
        <input
          id="filter-q"
          type="search"
          name="q"
          value={filters.q ?? ''}
          maxlength={200}
          aria-describedby="filter-q-hint"
        />
      </div>
      <Select
        name="status"
        label={t(language, 'desk.list.status')}
        value={filters.status ?? ''}
        choices={[
          any('desk.list.anyStatus'),
          ...ArticleStatusSchema.enum.map((status) => ({
            value: status,
            label: t(language, `desk.status.${status}`),
          })),
        ]}
      />
      <Select
        name="sectionId"
        label={t(language, 'desk.list.section')}
        value={filters.sectionId ?? ''}
        choices={[
          any('desk.list.anySection'),
          ...sections.map((section) => ({ value: String(section.id), label: section.name })),
        ]}
      />
      <Select
        name="authorId"
        label={t(language, 'desk.list.person')}
        value={filters.authorId ?? ''}
        choices={[
          any('desk.list.anyPerson'),
          ...people.map((person) => ({ value: String(person.id), label: person.name })),
        ]}
      />
      <Select
        name="language"
        label={t(language, 'desk.list.language')}
        value={filters.language ?? ''}
        choices={[
          any('desk.list.anyLanguage'),
          ...languages.map((option) => ({
            value: option,
            label: t(language, `newsroom.language.${option}`),
          })),
        ]}
      />
      <Select
        name="sort"
        label={t(language, 'desk.list.sort')}
        value={filters.sort ?? '-updated'}
        choices={listSorts.map((sort) => ({
          value: sort,
          label: t(language, `desk.sort.${sort}`),
        }))}
      />
      <div class="filter filter-check">
        <input
          id="filter-mine"
          type="checkbox"
          name="mine"
          value="1"
          checked={filters.mine === '1'}
        />
        <label for="filter-mine">{t(language, 'desk.list.mine')}</label>
      </div>
      <div class="actions filter-actions">
        <button class="button" type="submit">
          {t(language, 'desk.list.apply')}
        </button>
        <a href={adminPaths.articles}>{t(language, 'desk.list.clear')}</a>
      </div>
    </form>
  );
}

interface ResultsProps {
  context: PageContext;
  filters: ListFilters;
  result: ListResult;
  sections: Section[];
  people: Person[];
}

function Results({ context, filters, result, sections, people }: ResultsProps) {
  const { visit } = context;
  const { language, locale } = visit;
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  const total = t(locale, 'desk.articleCount', { count: result.total });
  const sectionNames = new Map(sections.map((section) => [section.id, section.name]));
  const personNames = new Map(people.map((person) => [person.id, person.name]));
  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title">
        {t(locale, 'desk.list.summary', { total, page: result.page, pages })}
      </h2>
      {result.items.length === 0 ? (
        <EmptyResults language={language} filters={filters} total={result.total} />
      ) : (
        <table class="article-table">
          <thead>
            <tr>
              <th scope="col">{t(language, 'desk.column.title')}</th>
              <th scope="col">{t(language, 'desk.column.status')}</th>
              <th scope="col">{t(language, 'desk.column.section')}</th>
              <th scope="col">{t(language, 'desk.column.authors')}</th>
              <th scope="col">{t(language, 'desk.column.language')}</th>
              <th scope="col">{t(language, 'desk.column.updated')}</th>
              <th scope="col">{t(language, 'desk.column.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((article) => (
              <ArticleRow
                visit={visit}
                article={article}
                sectionName={
                  article.sectionId === null ? null : sectionNames.get(article.sectionId)
                }
                authorNames={article.authorIds.flatMap((id) => personNames.get(id) ?? [])}
                filters={filters}
              />
            ))}
          </tbody>
        </table>
      )}
      <Pager language={language} filters={filters} page={result.page} pages={pages} />
    </section>
  );
}

function EmptyResults(props: { language: Language; filters: ListFilters; total: number }) {
  const { language, filters, total } = props;
  if (total > 0) {
    return (
      <p>
        {t(language, 'desk.list.beyond')}{' '}
        <a href={articleListPath({ ...filterFields(filters), page: undefined })}>
          {t(language, 'desk.list.firstPage')}
        </a>
      </p>
    );
  }
  const isFiltered = Object.entries(filterFields(filters)).some(
    ([name, value]) => value !== undefined && name !== 'sort' && name !== 'page',
  );
  if (isFiltered) return <p>{t(language, 'desk.list.noMatch')}</p>;
  return (
    <p>
      {t(language, 'desk.list.empty')}{' '}
      <a href={adminPaths.newArticle}>{t(language, 'desk.nav.newArticle')}</a>
    </p>
  );
}

interface ArticleRowProps {
  visit: Visit;
  article: DeskArticle;
  sectionName: string | null | undefined;
  authorNames: string[];
  /** The list's filters and page, for the buttons to come back to. */
  filters: ListFilters;
}

function ArticleRow({ visit, article, sectionName, authorNames, filters }: ArticleRowProps) {
  const { language } = visit;
  const label = (key: MessageKey) => ({ 'data-label': t(language, key) });
  return (
    <tr>
      <th scope="row" {...label('desk.column.title')}>
        <ArticleTitleLink visit={visit} article={article} />
      </th>
      <td {...label('desk.column.status')}>
        <span class={`status status-${article.status}`}>
          {t(language, `desk.status.${article.status}`)}
        </span>
      </td>
      <td {...label('desk.column.section')}>
        {sectionName ?? <span class="muted">{t(language, 'desk.list.noSection')}</span>}
      </td>
      <td {...label('desk.column.authors')}>
        {authorNames.length > 0 ? (
          authorNames.join(language === 'ar' ? '، ' : ', ')
        ) : (
          <span class="muted">{t(language, 'desk.list.noAuthors')}</span>
        )}
      </td>
      <td {...label('desk.column.language')}>
        {t(language, `newsroom.language.${article.language}`)}
      </td>
      <td {...label('desk.column.updated')}>
        <time datetime={article.updatedAt}>{formatMoment(visit, article.updatedAt)}</time>
      </td>
      <td {...label('desk.column.actions')}>
        <RowActions visit={visit} article={article} filters={filters} />
      </td>
    </tr>
  );
}

/** The article's title as a link to its editor, marked with its language when it is not the page's. */
export function ArticleTitleLink({ visit, article }: { visit: Visit; article: DeskArticle }) {
  const isForeign = article.language !== visit.language;
  return (
    <a
      href={articleEditorPath(article.id)}
      {...(isForeign ? { lang: article.language, dir: directions[article.language] } : {})}
    >
      {article.title}
    </a>
  );
}

function Pager(props: { language: Language; filters: ListFilters; page: number; pages: number }) {
  const { language, filters, page, pages } = props;
  if (pages <= 1) return null;
  const pagePath = (n: number) =>
    articleListPath({ ...filterFields(filters), page: n === 1 ? undefined : String(n) });
  return (
    <nav class="list-pager" aria-label={t(language, 'desk.pages')}>
      {page > 1 && (
        <a class="button button-quiet" href={pagePath(Math.min(page - 1, pages))} rel="prev">
          {t(language, 'desk.page.previous')}
        </a>
      )}
      {page < pages && (
        <a class="button button-quiet" href={pagePath(page + 1)} rel="next">
          {t(language, 'desk.page.next')}
        </a>
      )}
    </nav>
  );
}
