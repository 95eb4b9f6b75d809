/** Error pages (404, other client errors, 500): a localized heading, a sentence, the way home. */
import { SearchForm } from './search-form.js';
import { t } from '../i18n.js';
import { homePath } from '../paths.js';
import type { ErrorPageProps } from '../view-models.js';
import { pageFormat } from './format.js';
import { Layout } from './layout.js';
import { basicMeta } from './page-meta.js';

/** The messages of a status: its own for 404 and server errors, one for other client errors. */
export function errorMessages(status: number) {
  if (status === 404) return { title: 'error.404.title', message: 'error.404.message' } as const;
  if (status === 503) return { title: 'error.503.title', message: 'error.503.message' } as const;
  if (status >= 500) return { title: 'error.500.title', message: 'error.500.message' } as const;
  if (status === 429) return { title: 'error.429.title', message: 'error.429.message' } as const;
  return { title: 'error.400.title', message: 'error.400.message' } as const;
}

export function ErrorPage({ context, status }: ErrorPageProps) {
  const { language, settings } = context;
  const keys = errorMessages(status);
  const title = t(language, keys.title);
  const meta = basicMeta(context, {
    name: title,
    description: null,
    canonicalUrl: null,
    isIndexable: false,
  });
  return (
    <Layout context={context} meta={meta}>
      <div class="error-page">
        <p class="error-code" aria-hidden="true">
          {pageFormat(context).integer(status)}
        </p>
        <h1 class="page-title">{title}</h1>
        <p class="page-description">{t(language, keys.message)}</p>
        {status === 404 && <SearchForm context={context} id="not-found-search" />}
        <p>
          <a class="button" href={homePath(language, settings.locale)}>
            {t(language, 'error.backHome')}
          </a>
        </p>
      </div>
    </Layout>
  );
}
