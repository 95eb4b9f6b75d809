/**
 * `/admin/people`, for editors and administrators: the people articles are bylined to, a
 * form to add or change one (a new slug leaves a redirect from the old author page), and
 * deletion after a confirmation page — refused while articles carry their name. Through the
 * taxonomy service, as the admin API's.
 */
import type { FastifyInstance } from 'fastify';
import { t } from '../../i18n/index.js';
import type { FormFields, FormProblem } from '../forms.js';
import type { Pages } from '../pages.js';
import { adminPaths, itemPath, withNotice } from '../paths.js';
import { ManageScreens, type Screen } from './access.js';
import { ItemParams, textOrNull, type ItemRoute } from './form-input.js';
import { inFormRows, typedLinks } from './person-links.js';
import { PeoplePage, PersonFormPage, personValues } from './views/people-pages.js';
import { ConfirmPage } from './views/parts.js';

const capability = 'taxonomy.manage';

/**
 * Runs `write` with the person the form describes, as the taxonomy service takes it; a fault
 * in a link is named by the row it was typed in.
 */
async function withPersonInput<T>(
  fields: FormFields,
  write: (input: Record<string, unknown>) => Promise<T>,
): Promise<T> {
  const typed = typedLinks(fields);
  try {
    return await write({
      name: fields.name ?? '',
      slug: textOrNull(fields.slug),
      jobTitle: textOrNull(fields.jobTitle),
      bio: textOrNull(fields.bio),
      links: typed.links,
      ...(fields.language === undefined ? {} : { language: fields.language }),
    });
  } catch (error) {
    throw inFormRows(error, typed);
  }
}

export async function peopleRoutes(
  app: FastifyInstance,
  { pages }: { pages: Pages },
): Promise<void> {
  const { taxonomy } = app.midad;
  const screens = new ManageScreens(pages);

  app.get(
    '/people',
    screens.page(capability, async ({ visit, context }) => (
      <PeoplePage context={context} people={await taxonomy.people(visit.member.actor)} />
    )),
  );

  app.get(
    '/people/new',
    screens.page(capability, async ({ visit, context }) => (
      <PersonFormPage
        context={context}
        person={null}
        values={{ language: visit.settings.locale }}
      />
    )),
  );

  app.post(
    '/people',
    screens.form(
      capability,
      async ({ visit }, fields) => {
        await withPersonInput(fields, (input) => taxonomy.createPerson(visit.member.actor, input));
        return withNotice(adminPaths.people, 'person-created');
      },
      async ({ context }, { problem, values }) => (
        <PersonFormPage context={context} person={null} problem={problem} values={values} />
      ),
    ),
  );

  const schema = { params: ItemParams };

  app.get<ItemRoute>(
    '/people/:id',
    { schema },
    screens.page<ItemRoute>(capability, async ({ visit, context, request }) => {
      const person = await taxonomy.person(visit.member.actor, request.params.id);
      return <PersonFormPage context={context} person={person} values={personValues(person)} />;
    }),
  );

  app.post<ItemRoute>(
    '/people/:id',
    { schema },
    screens.form<ItemRoute>(
      capability,
      async ({ visit, request }, fields) => {
        await withPersonInput(fields, (input) =>
          taxonomy.updatePerson(visit.member.actor, request.params.id, input),
        );
        return withNotice(adminPaths.people, 'person-saved');
      },
      async ({ visit, context, request }, { problem, values }) => (
        <PersonFormPage
          context={context}
          person={await taxonomy.person(visit.member.actor, request.params.id)}
          problem={problem}
          values={values}
        />
      ),
    ),
  );

  async function deletionPage(
    { visit, context, request }: Screen<ItemRoute>,
    problem: FormProblem | null = null,
  ) {
    const { language } = visit;
    const person = await taxonomy.person(visit.member.actor, request.params.id);
    return (
      <ConfirmPage
        context={context}
        title={t(language, 'manage.people.delete.title', { name: person.name })}
        consequence={t(language, 'manage.people.delete.consequence')}
        action={itemPath('people', person.id, 'delete')}
        confirmLabel={t(language, 'manage.people.delete.confirm')}
        back={adminPaths.people}
        problem={problem}
      />
    );
  }

  app.get<ItemRoute>(
    '/people/:id/delete',
    { schema },
    screens.page<ItemRoute>(capability, (screen) => deletionPage(screen)),
  );

  app.post<ItemRoute>(
    '/people/:id/delete',
    { schema },
    screens.form<ItemRoute>(
      capability,
      async ({ visit, request }) => {
        await taxonomy.deletePerson(visit.member.actor, request.params.id);
        return withNotice(adminPaths.people, 'person-deleted');
      },
      (screen, { problem }) => deletionPage(screen, problem),
    ),
  );
}
