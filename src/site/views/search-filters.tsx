/**
 * The search page's filters: a GET form under the search box that narrows the results to a
 * section (a parent with its subsections), an author and a range of days, keeping the query
 * and its order; the line saying which filters are on, with a link that takes them all off;
 * and, when a filter cannot be read, what is wrong with it. Plain HTML: it works without
 * scripts, and every control has a label a reader can see.
 */
import type { PersonName } from '../../content/reader-service.js';
import type { Section } from '../../content/types.js';
import type { SearchInput } from '../../search/search-service.js';
import { formatDate } from '../../text/index.js';
import { t } from '../i18n.js';
import { searchPath } from '../paths.js';
import type { PageContext } from '../view-models.js';
import { pageFormat } from './format.js';

/** The results' order, which the filters keep. */
export type SearchOrder = NonNullable<SearchInput['order']>;

/** The filters as the address carries them, trimmed; `''` is no filter. */
export interface SearchFilterValues {
  /** A section's slug. */
  section: string;
  /** A person's slug. */
  author: string;
  /** Days, YYYY-MM-DD, in the site's time zone. */
  from: string;
  to: string;
}

export type SearchFilterField = keyof SearchFilterValues;

/** Each way a filter can be wrong, and the filter it is wrong in. */
const problemFields = {
  unknownSection: 'section',
  unknownAuthor: 'author',
  badFrom: 'from',
  badTo: 'to',
  toBeforeFrom: 'to',
} as const satisfies Record<string, SearchFilterField>;

/** A filter that cannot be used; the search is then not run. */
export type FilterProblem = keyof typeof problemFields;

export const noFilters: SearchFilterValues = { section: '', author: '', from: '', to: '' };

const fields: readonly SearchFilterField[] = ['section', 'author', 'from', 'to'];

/** The filters that are set, as query parameters in a stable order. */
export function filterParams(values: SearchFilterValues): [SearchFilterField, string][] {
  return fields.flatMap((field) => (values[field] === '' ? [] : [[field, values[field]]]));
}

export function hasFilters(values: SearchFilterValues): boolean {
  return filterParams(values).length > 0;
}

/** Every section of the page's language, subsections right after their parent. */
function sectionsInMenuOrder(context: PageContext): { section: Section; isSubsection: boolean }[] {
  return context.navigation.flatMap(({ section, children }) => [
    { section, isSubsection: false },
    ...children.map((child) => ({ section: child, isSubsection: true })),
  ]);
}

/** A calendar day as the site writes dates: «١ تشرين الثاني/نوفمبر ٢٠٢٦». */
function formatDay(context: PageContext, day: string): string {
  const { language, settings } = context;
  const { digits } = pageFormat(context);
  // A day has no time zone: read at UTC midnight and written in UTC, it stays that day.
  return formatDate(day, { language, monthStyle: settings.monthStyle, digits, timeZone: 'UTC' });
}

function problemText(context: PageContext, values: SearchFilterValues, problem: FilterProblem) {
  const params: Record<string, string> =
    problem === 'toBeforeFrom'
      ? { from: formatDay(context, values.from), to: formatDay(context, values.to) }
      : { value: values[problemFields[problem]] };
  return t(context.language, `search.filters.${problem}`, params);
}

const problemsId = 'search-filter-problems';

export function SearchFilters({
  context,
  q,
  order,
  values,
  authors,
  problems,
}: {
  context: PageContext;
  q: string;
  order: SearchOrder;
  values: SearchFilterValues;
  authors: PersonName[];
  problems: FilterProblem[];
}) {
  const { language, settings } = context;
  const sections = sectionsInMenuOrder(context);
  const isWrong = (field: SearchFilterField) => problems.some((p) => problemFields[p] === field);
  const invalid = (field: SearchFilterField) =>
    isWrong(field) ? { 'aria-invalid': 'true' as const, 'aria-describedby': problemsId } : {};
  const isKnownSection = sections.some(({ section }) => section.slug === values.section);
  const isKnownAuthor = authors.some((person) => person.slug === values.author);
  return (
    <form class="search-filters" action={searchPath(language, settings.locale)} method="get">
      <fieldset>
        <legend class="search-filters-title">{t(language, 'search.filters')}</legend>
        <input type="hidden" name="q" value={q} />
        {order === 'newest' && <input type="hidden" name="order" value="newest" />}
        <div class="search-filter">
          <label for="search-filter-section">{t(language, 'search.filters.section')}</label>
          <select id="search-filter-section" name="section" {...invalid('section')}>
            <option value="">{t(language, 'search.filters.allSections')}</option>
            {values.section !== '' && !isKnownSection && (
              <option value={values.section} selected>
                {values.section}
              </option>
            )}
            {sections.map(({ section, isSubsection }) => (
              <option value={section.slug} selected={section.slug === values.section}>
                {/* Options cannot be styled: no-break spaces indent a subsection. */}
                {isSubsection ? `\u00a0\u00a0\u00a0\u00a0${section.name}` : section.name}
              </option>
            ))}
          </select>
        </div>
        <div class="search-filter">
          <label for="search-filter-author">{t(language, 'search.filters.author')}</label>
          <select id="search-filter-author" name="author" {...invalid('author')}>
            <option value="">{t(language, 'search.filters.allAuthors')}</option>
            {values.author !== '' && !isKnownAuthor && (
              <option value={values.author} selected>
                {values.author}
              </option>
            )}
            {authors.map((person) => (
              <option value={person.slug} selected={person.slug === values.author}>
                {person.name}
              </option>
            ))}
          </select>
        </div>
        <div class="search-filter">
          <label for="search-filter-from">{t(language, 'search.filters.from')}</label>
          <input
            id="search-filter-from"
            type="date"
            name="from"
            value={values.from}
            {...invalid('from')}
          />
        </div>
        <div class="search-filter">
          <label for="search-filter-to">{t(language, 'search.filters.to')}</label>
          <input id="search-filter-to" type="date" name="to" value={values.to} {...invalid('to')} />
        </div>
        <button type="submit">{t(language, 'search.filters.apply')}</button>
      </fieldset>
    </form>
  );
}

/** What is wrong with the filters sent, each in a sentence that names the filter. */
export function FilterProblems({
  context,
  values,
  problems,
}: {
  context: PageContext;
  values: SearchFilterValues;
  problems: FilterProblem[];
}) {
  return (
    <div class="search-filter-problems" id={problemsId}>
      <p>{t(context.language, 'search.filters.invalid')}</p>
      <ul>
        {problems.map((problem) => (
          <li>{problemText(context, values, problem)}</li>
        ))}
      </ul>
    </div>
  );
}

/** «في قسم الطاقة · من ١ تشرين الثاني/نوفمبر ٢٠٢٦», and a link that removes them all. */
export function ActiveFilters({
  context,
  values,
  authors,
  clearHref,
}: {
  context: PageContext;
  values: SearchFilterValues;
  authors: PersonName[];
  clearHref: string;
}) {
  const { language } = context;
  const section = sectionsInMenuOrder(context).find((s) => s.section.slug === values.section);
  const author = authors.find((person) => person.slug === values.author);
  const parts: string[] = [];
  if (section) parts.push(t(language, 'search.filters.inSection', { name: section.section.name }));
  if (author) parts.push(t(language, 'search.filters.byAuthor', { name: author.name }));
  if (values.from !== '') {
    parts.push(t(language, 'search.filters.fromDay', { date: formatDay(context, values.from) }));
  }
  if (values.to !== '') {
    parts.push(t(language, 'search.filters.toDay', { date: formatDay(context, values.to) }));
  }
  if (parts.length === 0) return null;
  return (
    <p class="search-filters-active">
      <span>{parts.join(' · ')}</span> <a href={clearHref}>{t(language, 'search.filters.clear')}</a>
    </p>
  );
}
