/**
 * `/admin/sections`, for editors and administrators: the sections in menu order, a form to
 * make one (placed last among the sections it joins) or change one, buttons that move one a
 * place up or down, and deletion after a confirmation page — refused while articles or
 * subsections are in it. Every change goes through the taxonomy service, as the admin API's.
 */
import type { FastifyInstance } from 'fastify';
import type { Section } from '../../content/types.js';
import type { Actor } from '../../core/actor.js';
import { t } from '../../i18n/index.js';
import { isLanguage, type Language } from '../../text/language.js';
import type { FormFields, FormProblem } from '../forms.js';
import type { Pages } from '../pages.js';
import { adminPaths, itemPath, withNotice } from '../paths.js';
import { ManageScreens, type Screen } from './access.js';
import { idOrNull, ItemParams, textOrNull, type ItemRoute } from './form-input.js';
import { lastPosition } from './section-order.js';
import { ConfirmPage } from './views/parts.js';
import { SectionFormPage, SectionsPage, sectionValues } from './views/sections-pages.js';

const capability = 'taxonomy.manage';

/** The section the form describes, as the taxonomy service takes it. */
function sectionInput(fields: FormFields) {
  return {
    name: fields.name ?? '',
    slug: textOrNull(fields.slug),
    description: textOrNull(fields.description),
    parentId: idOrNull(fields.parentId),
    ...(fields.language === undefined ? {} : { language: fields.language }),
  };
}

/** Where a section with these fields goes: last among its siblings when it joins new ones. */
function placeFor(
  sections: readonly Section[],
  input: ReturnType<typeof sectionInput>,
  siteLanguage: Language,
  current: Section | null,
): { position?: number } {
  const language = isLanguage(input.language)
    ? input.language
    : (current?.language ?? siteLanguage);
  const parentId = typeof input.parentId === 'number' ? input.parentId : null;
  const isMoving =
    current === null || current.language !== language || current.parentId !== parentId;
  return isMoving ? { position: lastPosition(sections, language, parentId) } : {};
}

export async function sectionRoutes(
  app: FastifyInstance,
  { pages }: { pages: Pages },
): Promise<void> {
  const { taxonomy } = app.midad;
  const screens = new ManageScreens(pages);
  const listOf = (actor: Actor) => taxonomy.sections(actor);

  app.get(
    '/sections',
    screens.page(capability, async ({ visit, context }) => (
      <SectionsPage context={context} sections={await listOf(visit.member.actor)} />
    )),
  );

  app.get(
    '/sections/new',
    screens.page(capability, async ({ visit, context }) => (
      <SectionFormPage
        context={context}
        sections={await listOf(visit.member.actor)}
        section={null}
        values={{ language: visit.settings.locale }}
      />
    )),
  );

  app.post(
    '/sections',
    screens.form(
      capability,
      async ({ visit }, fields) => {
        const { actor } = visit.member;
        const input = sectionInput(fields);
        const place = placeFor(await listOf(actor), input, visit.settings.locale, null);
        await taxonomy.createSection(actor, { ...input, ...place });
        return withNotice(adminPaths.sections, 'section-created');
      },
      async ({ visit, context }, { problem, values }) => (
        <SectionFormPage
          context={context}
          sections={await listOf(visit.member.actor)}
          section={null}
          problem={problem}
          values={values}
        />
      ),
    ),
  );

  const schema = { params: ItemParams };

  app.get<ItemRoute>(
    '/sections/:id',
    { schema },
    screens.page<ItemRoute>(capability, async ({ visit, context, request }) => {
      const section = await taxonomy.section(visit.member.actor, request.params.id);
      return (
        <SectionFormPage
          context={context}
          sections={await listOf(visit.member.actor)}
          section={section}
          values={sectionValues(section)}
        />
      );
    }),
  );

  app.post<ItemRoute>(
    '/sections/:id',
    { schema },
    screens.form<ItemRoute>(
      capability,
      async ({ visit, request }, fields) => {
        const { actor } = visit.member;
        const current = await taxonomy.section(actor, request.params.id);
        const input = sectionInput(fields);
        const place = placeFor(await listOf(actor), input, visit.settings.locale, current);
        await taxonomy.updateSection(actor, current.id, { ...input, ...place });
        return withNotice(adminPaths.sections, 'section-saved');
      },
      async ({ visit, context, request }, { problem, values }) => (
        <SectionFormPage
          context={context}
          sections={await listOf(visit.member.actor)}
          section={await taxonomy.section(visit.member.actor, request.params.id)}
          problem={problem}
          values={values}
        />
      ),
    ),
  );

  app.post<ItemRoute>(
    '/sections/:id/move',
    { schema },
    screens.form<ItemRoute>(
      capability,
      async ({ visit, request }, fields) => {
        await taxonomy.moveSection(visit.member.actor, request.params.id, fields.direction);
        return withNotice(adminPaths.sections, 'section-moved');
      },
      async ({ visit, context }, { problem }) => (
        <SectionsPage
          context={context}
          sections={await listOf(visit.member.actor)}
          problem={problem}
        />
      ),
    ),
  );

  async function deletionPage(
    { visit, context, request }: Screen<ItemRoute>,
    problem: FormProblem | null = null,
  ) {
    const { language } = visit;
    const section = await taxonomy.section(visit.member.actor, request.params.id);
    return (
      <ConfirmPage
        context={context}
        title={t(language, 'manage.sections.delete.title', { name: section.name })}
        consequence={t(language, 'manage.sections.delete.consequence')}
        action={itemPath('sections', section.id, 'delete')}
        confirmLabel={t(language, 'manage.sections.delete.confirm')}
        back={adminPaths.sections}
        problem={problem}
      />
    );
  }

  app.get<ItemRoute>(
    '/sections/:id/delete',
    { schema },
    screens.page<ItemRoute>(capability, (screen) => deletionPage(screen)),
  );

  app.post<ItemRoute>(
    '/sections/:id/delete',
    { schema },
    screens.form<ItemRoute>(
      capability,
      async ({ visit, request }) => {
        await taxonomy.deleteSection(visit.member.actor, request.params.id);
        return withNotice(adminPaths.sections, 'section-deleted');
      },
      (screen, { problem }) => deletionPage(screen, problem),
    ),
  );
}
