/** 404 and 500 pages: a localized heading, a sentence, and the way home. */
import { t } from '../i18n.js';
import { homePath } from '../paths.js';
import type { ErrorPageProps } from '../view-models.js';
import { pageFormat } from './format.js';
import { Layout } from './layout.js';
import { basicMeta } from './page-meta.js';

export function ErrorPage({ context, status }: ErrorPageProps) {
  const { language, settings } = context;
  const title = t(language, status === 404 ? 'error.404.title' : 'error.500.title');
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
        <p class="page-description">
          {t(language, status === 404 ? 'error.404.message' : 'error.500.message')}
        </p>
        <p>
          <a class="button" href={homePath(language, settings.locale)}>
            {t(language, 'error.backHome')}
          </a>
        </p>
      </div>
    </Layout>
  );
}
