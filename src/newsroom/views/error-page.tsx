/** The newsroom's error pages (404, 500 and the other refusals), in its own frame. */
import { t, type MessageKey } from '../../i18n/index.js';
import { formatInteger } from '../../text/digits.js';
import { adminPaths } from '../paths.js';
import { Layout } from './layout.js';
import type { PageContext } from './page-context.js';

function titleKey(status: number): MessageKey {
  if (status === 404) return 'newsroom.error.404.title';
  if (status >= 500) return 'newsroom.error.500.title';
  return 'newsroom.error.other.title';
}

export interface ErrorPageProps {
  context: PageContext;
  status: number;
  /** What happened, in the visitor's language. */
  message: string;
}

export function ErrorPage({ context, status, message }: ErrorPageProps) {
  const { visit } = context;
  const title = t(visit.language, titleKey(status));
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <p class="error-code" aria-hidden="true">
          {formatInteger(status, visit.digits)}
        </p>
        <h1>{title}</h1>
        <p>{message}</p>
        <p>
          <a class="button" href={adminPaths.home}>
            {t(visit.language, 'newsroom.error.back')}
          </a>
        </p>
      </section>
    </Layout>
  );
}
