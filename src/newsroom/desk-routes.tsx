/**
 * The desk: the dashboard at /admin (the first-run setup instead, while the site has no
 * account) and the article list at /admin/articles. The list's filters come in its address;
 * its workflow buttons post to one route, which checks the session's CSRF token and goes
 * through the article service — the same rules as the admin API, so a button a role was not
 * shown is refused just the same — then redirects back to the same page of the list with a
 * notice. Unpublishing and deleting are asked once more, on a page of their own.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import type { Actor } from '../core/actor.js';
import { validator } from '../core/validation.js';
import type { DeskQuery } from '../content/article-service.js';
import { checkSessionToken } from './csrf.js';
import { formError, formFields, problemOf, type FormFields, type FormProblem } from './forms.js';
import type { Pages } from './pages.js';
import { articleListPath, withNotice, type Notice } from './paths.js';
import { isMember, signInPath, type MemberVisit } from './sessions.js';
import { showSetup } from './setup-routes.js';
import {
  ConfirmActionPage,
  isConfirmedAction,
  isOffered,
  listActions,
  type ListAction,
} from './views/article-actions.js';
import { filterFields, ListFiltersSchema, type ListFilters } from './views/article-filters.js';
import { ArticleListPage } from './views/article-list-page.js';
import { DashboardPage } from './views/dashboard-page.js';
import { visitOf } from './visit.js';

/** How many articles each of the dashboard's lists shows. */
const dashboardSize = 5;
const perPage = 20;

const readFilters = validator(ListFiltersSchema);

/** A workflow button's form, beside its CSRF token. */
const ActionFormSchema = Type.Object({
  id: Type.String({ pattern: '^[1-9][0-9]{0,8}$' }),
  version: Type.String({ pattern: '^[1-9][0-9]{0,8}$' }),
  action: Type.Enum([...listActions]),
  confirmed: Type.Optional(Type.Literal('yes')),
});
const readActionForm = validator(ActionFormSchema);
type ActionForm = Static<typeof ActionFormSchema>;

const noticeAfter: Record<ListAction, Notice> = {
  submit: 'article-submitted',
  publish: 'article-published',
  unpublish: 'article-unpublished',
  archive: 'article-archived',
  delete: 'article-deleted',
};

/** A query or form's fields without the empty ones: an empty filter means "any". */
function withoutEmpty(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ''));
}

/** Where a button's list was: its `back` field, or the whole list when that cannot be read. */
function backFilters(fields: FormFields): ListFilters {
  try {
    return readFilters(withoutEmpty(Object.fromEntries(new URLSearchParams(fields.back ?? ''))));
  } catch {
    return {};
  }
}

function deskQueryOf(filters: ListFilters, visit: MemberVisit): DeskQuery {
  return {
    ...(filters.status ? { status: [filters.status] } : {}),
    ...(filters.sectionId ? { sectionId: Number(filters.sectionId) } : {}),
    ...(filters.authorId ? { authorId: Number(filters.authorId) } : {}),
    ...(filters.language ? { language: filters.language } : {}),
    ...(filters.mine ? { ownerId: visit.member.user.id } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    sort: filters.sort ?? '-updated',
    page: Number(filters.page ?? '1'),
    perPage,
  };
}

export async function deskRoutes(app: FastifyInstance, { pages }: { pages: Pages }): Promise<void> {
  const { accounts, articles, taxonomy } = app.midad;

  app.get('/', async (request, reply) => {
    if (await accounts.needsSetup()) return showSetup(pages, request, reply);
    const visit = await visitOf(request);
    if (!isMember(visit)) return reply.redirect(signInPath(visit), 303);
    const dashboard = await articles.dashboard(visit.member.actor, dashboardSize);
    return pages.send(
      reply,
      <DashboardPage context={pages.context(request, visit)} dashboard={dashboard} />,
    );
  });

  /**
   * The list with `filters` (none listed when they could not be read); with a problem, its
   * message above and the problem's status.
   */
  async function showList(
    request: FastifyRequest,
    reply: FastifyReply,
    visit: MemberVisit,
    filters: ListFilters | null,
    problem: FormProblem | null = null,
  ) {
    const actor = visit.member.actor;
    const [result, sections, people] = await Promise.all([
      filters === null ? null : articles.list(actor, deskQueryOf(filters, visit)),
      taxonomy.sections(actor),
      taxonomy.people(actor),
    ]);
    const page = (
      <ArticleListPage
        context={pages.context(request, visit)}
        filters={filters ?? {}}
        result={result}
        sections={sections}
        people={people}
        problem={problem}
      />
    );
    return pages.send(reply, page, problem);
  }

  // The filters are read with the same schema here and from a button's `back` field.
  app.get('/articles', async (request, reply) => {
    const visit = await visitOf(request);
    if (!isMember(visit)) return reply.redirect(signInPath(visit), 303);
    let filters: ListFilters;
    try {
      filters = readFilters(withoutEmpty(request.query as Record<string, unknown>));
    } catch (error) {
      const problem = problemOf(formError(error), visit);
      return showList(request, reply, visit, null, problem);
    }
    return showList(request, reply, visit, filters);
  });

  async function perform(actor: Actor, form: ActionForm): Promise<void> {
    const id = Number(form.id);
    const version = Number(form.version);
    if (form.action === 'delete') await articles.delete(actor, id, version);
    else await articles.transition(actor, id, form.action, { version });
  }

  app.post('/articles/actions', async (request, reply) => {
    const visit = await visitOf(request);
    if (!isMember(visit)) return reply.redirect(signInPath(visit), 303);
    const fields = formFields(request);
    const filters = backFilters(fields);
    const actor = visit.member.actor;
    try {
      checkSessionToken(request, visit.member);
      const form = readActionForm(fields);
      if (isConfirmedAction(form.action) && form.confirmed !== 'yes') {
        const article = await articles.get(actor, Number(form.id));
        // What this user may not do is not asked about: the service refuses it below.
        if (isOffered(article, form.action)) {
          const context = pages.context(request, visit);
          return pages.send(
            reply,
            <ConfirmActionPage
              context={context}
              article={article}
              action={form.action}
              filters={filters}
            />,
          );
        }
      }
      await perform(actor, form);
      const back = articleListPath(filterFields(filters));
      return reply.redirect(withNotice(back, noticeAfter[form.action]), 303);
    } catch (error) {
      return showList(request, reply, visit, filters, problemOf(formError(error), visit));
    }
  });
}
