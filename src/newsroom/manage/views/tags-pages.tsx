/**
 * The tags screen: every tag by name, searchable and in pages, for everyone in the newsroom;
 * editors also rename one (name and slug), merge it into another or delete it. Tags are made
 * while writing, so the screen has no form to make one.
 */
import { tagPath } from '../../../content/permalinks.js';
import type { Tag } from '../../../content/types.js';
import { can } from '../../../core/permissions.js';
import { t } from '../../../i18n/index.js';
import type { FormFields, FormProblem } from '../../forms.js';
import { adminPaths, itemPath, tagListPath } from '../../paths.js';
import { Form } from '../../views/form.js';
import { Layout } from '../../views/layout.js';
import type { PageContext } from '../../views/page-context.js';
import { formState, TextField } from './fields.js';
import { FormActions, Pager, RowLink, ScreenHead, tokenOf } from './parts.js';
import { tagMergePath } from './tag-merge-pages.js';

export const tagFields = ['name', 'slug'] as const;

export interface TagsPageProps {
  context: PageContext;
  tags: Tag[];
  total: number;
  q: string;
  page: number;
  pageCount: number;
}

export function TagsPage({ context, tags, total, q, page, pageCount }: TagsPageProps) {
  const { visit } = context;
  const { language } = visit;
  const title = t(language, 'manage.tags.title');
  const isEditor = visit.member !== null && can(visit.member.actor, 'tags.manage');
  return (
    <Layout context={context} title={title}>
      <ScreenHead
        context={context}
        title={title}
        intro={t(language, isEditor ? 'manage.tags.intro.editor' : 'manage.tags.intro')}
      />
      <form class="search panel" method="get" action={adminPaths.tags} role="search">
        <label for="tags-q">{t(language, 'manage.tags.search')}</label>
        <div class="search-row">
          <input id="tags-q" name="q" type="search" value={q} maxlength={100} dir="auto" />
          <button class="button" type="submit">
            {t(language, 'manage.tags.searchSubmit')}
          </button>
        </div>
      </form>
      <section class="panel" aria-labelledby="tags-found">
        <h2 id="tags-found">
          {t(visit.locale, q === '' ? 'manage.tags.count' : 'manage.tags.found', { n: total, q })}
        </h2>
        {tags.length > 0 && (
          <ul class="items">
            {tags.map((tag) => (
              <TagItem context={context} tag={tag} isEditor={isEditor} />
            ))}
          </ul>
        )}
        <Pager
          context={context}
          label={t(language, 'manage.tags.pages')}
          page={page}
          pageCount={pageCount}
          pathOf={(other) => tagListPath(q, other)}
        />
      </section>
    </Layout>
  );
}

function TagItem({
  context,
  tag,
  isEditor,
}: {
  context: PageContext;
  tag: Tag;
  isEditor: boolean;
}) {
  const { language } = context.visit;
  const name = tag.name;
  return (
    <li class="item">
      <div class="item-row">
        <div class="item-main">
          <a class="item-title" href={isEditor ? itemPath('tags', tag.id) : tagPath(tag)}>
            {name}
          </a>
          <span class="item-meta">
            <a href={tagPath(tag)} dir="auto">
              {tag.slug}
            </a>
            <span class="item-separator" aria-hidden="true">
              ·
            </span>
            {t(language, `newsroom.language.${tag.language}`)}
          </span>
        </div>
        {isEditor && (
          <div class="item-actions">
            <RowLink
              href={tagMergePath(tag.id)}
              label={t(language, 'manage.tags.merge')}
              accessibleLabel={t(language, 'manage.tags.merge.named', { name })}
            />
            <RowLink
              href={itemPath('tags', tag.id, 'delete')}
              label={t(language, 'manage.delete')}
              accessibleLabel={t(language, 'manage.delete.named', { name })}
            />
          </div>
        )}
      </div>
    </li>
  );
}

export interface TagFormPageProps {
  context: PageContext;
  tag: Tag;
  problem?: FormProblem | null;
  values: FormFields;
}

export function TagFormPage({ context, tag, problem = null, values }: TagFormPageProps) {
  const { language } = context.visit;
  const title = t(language, 'manage.tags.edit', { name: tag.name });
  const form = formState('tag', problem, tagFields);
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <Form
          id="tag"
          action={itemPath('tags', tag.id)}
          token={tokenOf(context)}
          problem={problem}
          fields={tagFields}
        >
          <TextField
            form={form}
            name="name"
            label={t(language, 'field.name')}
            value={values.name ?? ''}
            maxlength={100}
            isRequired
            isEitherDirection
          />
          <TextField
            form={form}
            name="slug"
            label={t(language, 'field.slug')}
            hint={t(language, 'manage.slug.changeHint')}
            value={values.slug ?? ''}
            maxlength={100}
            isEitherDirection
          />
          <FormActions
            context={context}
            submitLabel={t(language, 'manage.save')}
            back={adminPaths.tags}
          />
        </Form>
      </section>
    </Layout>
  );
}
