/**
 * The article list's workflow buttons — submit, publish now, unpublish, archive, delete — each a
 * small form with the session's CSRF token, offered only when the article service would allow
 * it for this user and article; and the page that asks once more before unpublishing or
 * deleting, with the way back to the same page of the list.
 */
import type { ComponentChildren } from 'preact';
import type { DeskArticle } from '../../content/article-service.js';
import { t } from '../../i18n/index.js';
import { adminPaths, articleListPath } from '../paths.js';
import type { Visit } from '../visit.js';
import { backOf, filterFields, type ListFilters } from './article-filters.js';
import { TokenField } from './form.js';
import { Layout } from './layout.js';
import type { PageContext } from './page-context.js';

/** The workflow buttons of a row, in this order; scheduling and the rest are the editor's. */
export const listActions = ['submit', 'publish', 'unpublish', 'archive', 'delete'] as const;
export type ListAction = (typeof listActions)[number];

/** Whether the article service would let this user take `action` on the article now. */
export function isOffered(article: DeskArticle, action: ListAction): boolean {
  return action === 'delete' ? article.canDelete : article.actions.includes(action);
}

/** The token the buttons carry: these pages are only ever shown to a signed-in user. */
function csrfTokenOf(visit: Visit): string {
  if (!visit.member) throw new Error('workflow buttons need a signed-in user');
  return visit.member.session.csrfToken;
}

export function RowActions(props: { visit: Visit; article: DeskArticle; filters: ListFilters }) {
  const { visit, article, filters } = props;
  const { language } = visit;
  const offered = listActions.filter((action) => isOffered(article, action));
  if (offered.length === 0) return <span class="muted">{t(language, 'desk.list.noActions')}</span>;
  const token = csrfTokenOf(visit);
  return (
    <div class="row-actions">
      {offered.map((action) => (
        <ActionForm token={token} article={article} action={action} filters={filters}>
          <button
            class={
              action === 'delete' ? 'button button-quiet action-delete' : 'button button-quiet'
            }
            type="submit"
          >
            {t(language, `desk.action.${action}`)}
            <span class="visually-hidden">
              {' '}
              {t(language, 'desk.action.of', { title: article.title })}
            </span>
          </button>
        </ActionForm>
      ))}
    </div>
  );
}

interface ActionFormProps {
  token: string;
  article: DeskArticle;
  action: ListAction;
  filters: ListFilters;
  isConfirmed?: boolean;
  children: ComponentChildren;
}

/**
 * One workflow button's form: the article at the version this page showed (a change made
 * since refuses the action, naming who made it), and where the list was.
 */
function ActionForm(props: ActionFormProps) {
  const { token, article, action, filters, isConfirmed = false, children } = props;
  return (
    <form class="inline-form" method="post" action={adminPaths.articleActions}>
      <TokenField token={token} />
      <input type="hidden" name="id" value={String(article.id)} />
      <input type="hidden" name="version" value={String(article.version)} />
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="back" value={backOf(filters)} />
      {isConfirmed && <input type="hidden" name="confirmed" value="yes" />}
      {children}
    </form>
  );
}

/** Unpublishing and deleting, asked once more, with the way back to the list. */
export type ConfirmedAction = Extract<ListAction, 'unpublish' | 'delete'>;

export function isConfirmedAction(action: ListAction): action is ConfirmedAction {
  return action === 'unpublish' || action === 'delete';
}

export interface ConfirmActionPageProps {
  context: PageContext;
  article: DeskArticle;
  action: ConfirmedAction;
  /** The list's filters and page, as the button sent them. */
  filters: ListFilters;
}

export function ConfirmActionPage({ context, article, action, filters }: ConfirmActionPageProps) {
  const { visit } = context;
  const { language } = visit;
  const title = t(language, `desk.confirm.${action}.title`);
  // Isolated, so a title in the other language keeps its own direction inside the sentence.
  const isolated = `\u2068${article.title}\u2069`;
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <p>{t(visit.locale, `desk.confirm.${action}.question`, { title: isolated })}</p>
        <ActionForm
          token={csrfTokenOf(visit)}
          article={article}
          action={action}
          filters={filters}
          isConfirmed
        >
          <div class="actions">
            <button class="button" type="submit">
              {t(language, `desk.confirm.${action}.submit`)}
            </button>
            <a href={articleListPath(filterFields(filters))}>
              {t(language, 'desk.confirm.cancel')}
            </a>
          </div>
        </ActionForm>
      </section>
    </Layout>
  );
}
