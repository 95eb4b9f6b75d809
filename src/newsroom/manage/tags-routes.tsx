/**
 * `/admin/tags`: the tag list with its search and pages, open to everyone in the newsroom;
 * renaming a tag (a new slug leaves a redirect from the old address), merging one into another
 * of its language and deleting one, each after a confirmation page, for editors and
 * administrators. Through the taxonomy service, as the admin API's.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Tag } from '../../content/types.js';
import { t } from '../../i18n/index.js';
import { formError, problemOf, type FormFields, type FormProblem } from '../forms.js';
import type { Pages } from '../pages.js';
import { adminPaths, itemPath, withNotice } from '../paths.js';
import { ManageScreens, type Screen, type Shown } from './access.js';
import { idOrNull, ItemParams, textOrNull, type ItemRoute } from './form-input.js';
import { ConfirmPage } from './views/parts.js';
import { TagMergeChoicePage, TagMergeConfirmPage, TagMergedPage } from './views/tag-merge-pages.js';
import { TagFormPage, TagsPage } from './views/tags-pages.js';

const perPage = 50;
/** How many tags the merge page's select offers; a search by name finds the others. */
const mergeChoices = 50;

const ListQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
});
type ListRoute = { Querystring: { q?: string; page?: number } };

const MergeQuery = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 100 })),
  into: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647 })),
});
type MergeRoute = ItemRoute & { Querystring: { q?: string; into?: number } };

function tagValues(tag: Tag): FormFields {
  return { name: tag.name, slug: tag.slug };
}

export async function tagRoutes(app: FastifyInstance, { pages }: { pages: Pages }): Promise<void> {
  const { taxonomy } = app.midad;
  const screens = new ManageScreens(pages);

  app.get<ListRoute>(
    '/tags',
    { schema: { querystring: ListQuery } },
    screens.page<ListRoute>('articles.read', async ({ visit, context, request }) => {
      const q = request.query.q?.trim() ?? '';
      const page = request.query.page ?? 1;
      const found = await taxonomy.tags(visit.member.actor, {
        ...(q === '' ? {} : { q }),
        page,
        perPage,
      });
      return (
        <TagsPage
          context={context}
          tags={found.items}
          total={found.total}
          q={q}
          page={page}
          pageCount={Math.max(1, Math.ceil(found.total / perPage))}
        />
      );
    }),
  );

  const schema = { params: ItemParams };

  app.get<ItemRoute>(
    '/tags/:id',
    { schema },
    screens.page<ItemRoute>('tags.manage', async ({ visit, context, request }) => {
      const tag = await taxonomy.tag(visit.member.actor, request.params.id);
      return <TagFormPage context={context} tag={tag} values={tagValues(tag)} />;
    }),
  );

  app.post<ItemRoute>(
    '/tags/:id',
    { schema },
    screens.form<ItemRoute>(
      'tags.manage',
      async ({ visit, request }, fields) => {
        await taxonomy.updateTag(visit.member.actor, request.params.id, {
          name: fields.name ?? '',
          slug: textOrNull(fields.slug),
        });
        return withNotice(adminPaths.tags, 'tag-saved');
      },
      async ({ visit, context, request }, { problem, values }) => (
        <TagFormPage
          context={context}
          tag={await taxonomy.tag(visit.member.actor, request.params.id)}
          problem={problem}
          values={values}
        />
      ),
    ),
  );

  /** The choice of the tag to merge into: the tags of its language, found by `q`. */
  async function mergeChoicePage(
    { visit, context, request }: Screen<ItemRoute>,
    q: string,
    again: { problem: FormProblem; chosen: string } | null = null,
  ) {
    const { actor } = visit.member;
    const from = await taxonomy.tag(actor, request.params.id);
    const found = await taxonomy.tags(actor, {
      language: from.language,
      ...(q === '' ? {} : { q }),
      page: 1,
      perPage: mergeChoices + 1,
    });
    const others = found.items.filter((tag) => tag.id !== from.id);
    const othersFound = found.total - (others.length < found.items.length ? 1 : 0);
    const candidates = others.slice(0, mergeChoices);
    return (
      <TagMergeChoicePage
        context={context}
        from={from}
        candidates={candidates}
        isCut={othersFound > candidates.length}
        q={q}
        chosen={again?.chosen ?? ''}
        problem={again?.problem ?? null}
      />
    );
  }

  app.get<MergeRoute>(
    '/tags/:id/merge',
    { schema: { params: ItemParams, querystring: MergeQuery } },
    screens.page<MergeRoute>('tags.manage', async (screen): Promise<Shown> => {
      const { visit, context, request } = screen;
      const { into } = request.query;
      const q = request.query.q?.trim() ?? '';
      if (into === undefined) return mergeChoicePage(screen, q);
      try {
        const merge = await taxonomy.tagMerge(visit.member.actor, request.params.id, into);
        return <TagMergeConfirmPage context={context} merge={merge} />;
      } catch (error) {
        const problem = problemOf(formError(error), visit);
        const page = await mergeChoicePage(screen, q, { problem, chosen: String(into) });
        return { page, problem };
      }
    }),
  );

  app.post<ItemRoute>(
    '/tags/:id/merge',
    { schema },
    screens.form<ItemRoute>(
      'tags.manage',
      async ({ visit, context, request }, fields) => {
        const merge = await taxonomy.mergeTag(
          visit.member.actor,
          request.params.id,
          idOrNull(fields.into),
        );
        return <TagMergedPage context={context} merge={merge} />;
      },
      (screen, { problem, values }) =>
        mergeChoicePage(screen, '', { problem, chosen: values.into ?? '' }),
    ),
  );

  async function deletionPage(
    { visit, context, request }: Screen<ItemRoute>,
    problem: FormProblem | null = null,
  ) {
    const { language } = visit;
    const tag = await taxonomy.tag(visit.member.actor, request.params.id);
    return (
      <ConfirmPage
        context={context}
        title={t(language, 'manage.tags.delete.title', { name: tag.name })}
        consequence={t(language, 'manage.tags.delete.consequence')}
        action={itemPath('tags', tag.id, 'delete')}
        confirmLabel={t(language, 'manage.tags.delete.confirm')}
        back={adminPaths.tags}
        problem={problem}
      />
    );
  }

  app.get<ItemRoute>(
    '/tags/:id/delete',
    { schema },
    screens.page<ItemRoute>('tags.manage', (screen) => deletionPage(screen)),
  );

  app.post<ItemRoute>(
    '/tags/:id/delete',
    { schema },
    screens.form<ItemRoute>(
      'tags.manage',
      async ({ visit, request }) => {
        await taxonomy.deleteTag(visit.member.actor, request.params.id);
        return withNotice(adminPaths.tags, 'tag-deleted');
      },
      (screen, { problem }) => deletionPage(screen, problem),
    ),
  );
}
