/**
 * The site's search box: a GET form to the search page of the page's language, on every
 * page (the masthead carries it, the 404 page too) and at the top of the results.
 */
import { t } from '../i18n.js';
import { searchPath } from '../paths.js';
import type { PageContext } from '../view-models.js';

export function SearchForm({
  context,
  q = '',
  id,
  isLandmark = false,
}: {
  context: PageContext;
  q?: string;
  /** Each box on a page has its own id (the masthead's, the page's own). */
  id: string;
  /** The masthead's box is the page's search landmark; another on the page is a plain form. */
  isLandmark?: boolean;
}) {
  const { language, settings } = context;
  return (
    <form
      class="search-form"
      role={isLandmark ? 'search' : undefined}
      action={searchPath(language, settings.locale)}
      method="get"
    >
      <label class="visually-hidden" for={id}>
        {t(language, 'search.label')}
      </label>
      <input id={id} type="search" name="q" value={q} dir="auto" maxlength={512} />
      <button type="submit">{t(language, 'search.button')}</button>
    </form>
  );
}
