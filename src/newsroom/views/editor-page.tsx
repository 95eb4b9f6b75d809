/**
 * The editor's page: the newsroom frame around the element the browser code mounts on, which
 * carries the editor's configuration as JSON in an attribute (escaped like any attribute, so
 * no inline script is needed and the CSP stays `script-src 'self'`).
 */
import { t } from '../../i18n/index.js';
import { editorConfigAttribute, type EditorConfig } from '../editor-config.js';
import { Layout } from './layout.js';
import type { PageContext } from './page-context.js';

export function EditorPage({
  context,
  config,
  script,
}: {
  context: PageContext;
  config: EditorConfig;
  script: string;
}) {
  const { language } = context.visit;
  const title = config.article
    ? t(language, 'editor.pageTitle.edit', { title: config.article.title })
    : t(language, 'editor.pageTitle.new');
  return (
    <Layout context={context} title={title} isWide>
      <h1 class="editor-page-title">{title}</h1>
      <div id="editor" class="editor" {...{ [editorConfigAttribute]: JSON.stringify(config) }}>
        <noscript>
          <p class="alert">{t(language, 'editor.needsScript')}</p>
        </noscript>
        <p class="editor-loading" aria-live="polite">
          {t(language, 'editor.loading')}
        </p>
      </div>
      <script type="module" src={script} />
    </Layout>
  );
}
