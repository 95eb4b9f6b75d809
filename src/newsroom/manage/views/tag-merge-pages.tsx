/**
 * Merging one tag into another, in three pages that need no script: choosing the surviving
 * tag (a select of the tags in the same language, narrowed by a search by name), the
 * confirmation that names both tags and how many articles move, and what the merge did.
 */
import { tagPath } from '../../../content/permalinks.js';
import type { TagMerge } from '../../../content/taxonomy-commands.js';
import type { Tag } from '../../../content/types.js';
import { t } from '../../../i18n/index.js';
import type { FormProblem } from '../../forms.js';
import { adminPaths, itemPath } from '../../paths.js';
import { Layout } from '../../views/layout.js';
import type { PageContext } from '../../views/page-context.js';
import { Choice, formState } from './fields.js';
import { ConfirmPage } from './parts.js';

/** The merge pages of tag `id`: the choice, or with `into` the confirmation (and the merge). */
export function tagMergePath(id: number, query: { q?: string; into?: number } = {}): string {
  const search = new URLSearchParams({
    ...(query.q ? { q: query.q } : {}),
    ...(query.into === undefined ? {} : { into: String(query.into) }),
  }).toString();
  const path = `${itemPath('tags', id)}/merge`;
  return search === '' ? path : `${path}?${search}`;
}

export interface TagMergeChoicePageProps {
  context: PageContext;
  from: Tag;
  /** The tags it can merge into: its language's, found by `q`, itself left out. */
  candidates: Tag[];
  /** Whether more tags were found than `candidates` holds. */
  isCut: boolean;
  q: string;
  /** The surviving tag chosen before, to keep it selected. */
  chosen: string;
  problem?: FormProblem | null;
}

export function TagMergeChoicePage({
  context,
  from,
  candidates,
  isCut,
  q,
  chosen,
  problem = null,
}: TagMergeChoicePageProps) {
  const { visit } = context;
  const { language } = visit;
  const title = t(language, 'manage.tags.merge.title', { name: from.name });
  const form = formState('merge', problem, ['into']);
  const action = tagMergePath(from.id);
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <p class="lead">
          {t(language, 'manage.tags.merge.intro', {
            name: from.name,
            language: t(language, `newsroom.language.${from.language}`),
          })}
        </p>
        {problem && (
          <div class="alert" role="alert" id="merge-problem">
            <p>{problem.message}</p>
            {/* Without the select, its field's message has nowhere else to go. */}
            {candidates.length === 0 &&
              Object.values(problem.fields).map((message) => <p>{message}</p>)}
          </div>
        )}
        <form class="search" method="get" action={action} role="search">
          <label for="merge-q">{t(language, 'manage.tags.merge.search')}</label>
          <div class="search-row">
            <input id="merge-q" name="q" type="search" value={q} maxlength={100} dir="auto" />
            <button class="button" type="submit">
              {t(language, 'manage.tags.searchSubmit')}
            </button>
          </div>
        </form>
        {candidates.length === 0 ? (
          <p>
            {q === ''
              ? t(language, 'manage.tags.merge.none')
              : t(language, 'manage.tags.merge.noneFound', { q })}
          </p>
        ) : (
          <form method="get" action={action}>
            {q !== '' && <input type="hidden" name="q" value={q} />}
            <Choice
              form={form}
              name="into"
              label={t(language, 'field.into')}
              hint={
                isCut
                  ? t(visit.locale, 'manage.tags.merge.more', { shown: candidates.length })
                  : undefined
              }
              options={candidates.map((tag) => ({ value: String(tag.id), label: tag.name }))}
              value={chosen}
            />
            <div class="actions">
              <button class="button" type="submit">
                {t(language, 'manage.tags.merge.continue')}
              </button>
              <a href={adminPaths.tags}>{t(language, 'manage.cancel')}</a>
            </div>
          </form>
        )}
      </section>
    </Layout>
  );
}

export function TagMergeConfirmPage({
  context,
  merge,
  problem = null,
}: {
  context: PageContext;
  merge: TagMerge;
  problem?: FormProblem | null;
}) {
  const { visit } = context;
  const names = { from: merge.from.name, into: merge.into.name };
  return (
    <ConfirmPage
      context={context}
      title={t(visit.language, 'manage.tags.merge.confirm.title', names)}
      consequence={t(visit.locale, 'manage.tags.merge.consequence', {
        ...names,
        n: merge.articleCount,
      })}
      action={tagMergePath(merge.from.id)}
      hidden={{ name: 'into', value: String(merge.into.id) }}
      confirmLabel={t(visit.language, 'manage.tags.merge.submit')}
      back={tagMergePath(merge.from.id)}
      problem={problem}
    />
  );
}

export function TagMergedPage({ context, merge }: { context: PageContext; merge: TagMerge }) {
  const { visit } = context;
  const { language } = visit;
  const title = t(language, 'manage.tags.merged.title');
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <div class="notice" role="status">
          <p>
            {t(visit.locale, 'manage.tags.merged.done', {
              from: merge.from.name,
              into: merge.into.name,
              n: merge.articleCount,
            })}
          </p>
        </div>
        <div class="actions">
          <a class="button" href={adminPaths.tags}>
            {t(language, 'manage.tags.merged.back')}
          </a>
          <a href={tagPath(merge.into)}>
            {t(language, 'manage.tags.merged.page', { name: merge.into.name })}
          </a>
        </div>
      </section>
    </Layout>
  );
}
