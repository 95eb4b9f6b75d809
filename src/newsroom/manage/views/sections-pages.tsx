/**
 * The sections screen: the sections of each language in their menu order with their
 * subsections nested under them, each movable a place up or down with a button; and the form
 * that makes or changes one (name, slug, language, parent, description).
 */
import type { ComponentChildren } from 'preact';
import { sectionPath } from '../../../content/permalinks.js';
import type { SectionMoveDirection } from '../../../content/taxonomy-input.js';
import type { Section } from '../../../content/types.js';
import { t } from '../../../i18n/index.js';
import { languages, type Language } from '../../../text/language.js';
import type { FormFields, FormProblem } from '../../forms.js';
import { adminPaths, itemPath } from '../../paths.js';
import { Form } from '../../views/form.js';
import { Layout } from '../../views/layout.js';
import type { PageContext } from '../../views/page-context.js';
import { sectionTree } from '../section-order.js';
import { Choice, formState, TextArea, TextField } from './fields.js';
import { FormActions, ProblemBox, RowButton, RowLink, ScreenHead, tokenOf } from './parts.js';

export const sectionFields = ['name', 'slug', 'language', 'parentId', 'description'] as const;

export interface SectionsPageProps {
  context: PageContext;
  sections: Section[];
  /** Why a row's button was refused. */
  problem?: FormProblem | null;
}

export function SectionsPage({ context, sections, problem = null }: SectionsPageProps) {
  const { language } = context.visit;
  const title = t(language, 'manage.sections.title');
  const shown = languages.filter((l) => sections.some((s) => s.language === l));
  return (
    <Layout context={context} title={title}>
      <ScreenHead
        context={context}
        title={title}
        intro={t(language, 'manage.sections.intro')}
        action={{ href: adminPaths.newSection, label: t(language, 'manage.sections.new') }}
      />
      <ProblemBox problem={problem} />
      {shown.length === 0 && <p class="panel">{t(language, 'manage.sections.none')}</p>}
      {shown.map((sectionLanguage) => (
        <section class="panel" aria-labelledby={`sections-${sectionLanguage}`}>
          <h2 id={`sections-${sectionLanguage}`}>
            {t(language, `manage.sections.in.${sectionLanguage}`)}
          </h2>
          <ol class="items">
            {sectionTree(sections, sectionLanguage).map((branch, place, branches) => (
              <SectionItem
                context={context}
                section={branch.section}
                isFirst={place === 0}
                isLast={place === branches.length - 1}
              >
                {branch.subsections.length > 0 && (
                  <ol class="items items-nested">
                    {branch.subsections.map((subsection, subplace) => (
                      <SectionItem
                        context={context}
                        section={subsection}
                        isFirst={subplace === 0}
                        isLast={subplace === branch.subsections.length - 1}
                      />
                    ))}
                  </ol>
                )}
              </SectionItem>
            ))}
          </ol>
        </section>
      ))}
    </Layout>
  );
}

interface SectionItemProps {
  context: PageContext;
  section: Section;
  isFirst: boolean;
  isLast: boolean;
  children?: ComponentChildren;
}

function SectionItem({ context, section, isFirst, isLast, children }: SectionItemProps) {
  const { language } = context.visit;
  const name = section.name;
  const move = (direction: SectionMoveDirection) => (
    <RowButton
      context={context}
      action={itemPath('sections', section.id, 'move')}
      field={{ name: 'direction', value: direction }}
      label={t(language, `manage.move.${direction}`)}
      accessibleLabel={t(language, `manage.move.${direction}.named`, { name })}
    />
  );
  return (
    <li class="item">
      <div class="item-row">
        <div class="item-main">
          <a class="item-title" href={itemPath('sections', section.id)}>
            {name}
          </a>
          <span class="item-meta">
            <a href={sectionPath(section)} dir="auto">
              {section.slug}
            </a>
          </span>
        </div>
        <div class="item-actions">
          {!isFirst && move('up')}
          {!isLast && move('down')}
          <RowLink
            href={itemPath('sections', section.id, 'delete')}
            label={t(language, 'manage.delete')}
            accessibleLabel={t(language, 'manage.delete.named', { name })}
          />
        </div>
      </div>
      {children}
    </li>
  );
}

export interface SectionFormPageProps {
  context: PageContext;
  sections: Section[];
  /** The section being changed; null for a new one. */
  section: Section | null;
  problem?: FormProblem | null;
  /** What the form shows: what was typed, or the section as stored. */
  values: FormFields;
}

/** The fields of a section as the form shows them. */
export function sectionValues(section: Section): FormFields {
  return {
    name: section.name,
    slug: section.slug,
    language: section.language,
    parentId: section.parentId === null ? '' : String(section.parentId),
    description: section.description ?? '',
  };
}

export function SectionFormPage({
  context,
  sections,
  section,
  problem = null,
  values,
}: SectionFormPageProps) {
  const { language } = context.visit;
  const title =
    section === null
      ? t(language, 'manage.sections.new')
      : t(language, 'manage.sections.edit', { name: section.name });
  const form = formState('section', problem, sectionFields);
  // One level of subsections: a parent is a section at the top, never the section itself.
  const parents = (parentLanguage: Language) =>
    sections
      .filter((s) => s.parentId === null && s.id !== section?.id && s.language === parentLanguage)
      .map((s) => ({ value: String(s.id), label: s.name }));
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <Form
          id="section"
          action={section === null ? adminPaths.sections : itemPath('sections', section.id)}
          token={tokenOf(context)}
          problem={problem}
          fields={sectionFields}
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
            hint={t(language, section === null ? 'manage.slug.hint' : 'manage.slug.changeHint')}
            value={values.slug ?? ''}
            maxlength={100}
            isEitherDirection
          />
          <Choice
            form={form}
            name="language"
            label={t(language, 'manage.sections.language')}
            options={languages.map((l) => ({
              value: l,
              label: t(language, `newsroom.language.${l}`),
            }))}
            value={values.language ?? context.visit.settings.locale}
          />
          <Choice
            form={form}
            name="parentId"
            label={t(language, 'field.parentId')}
            hint={t(language, 'manage.sections.parentHint')}
            options={[{ value: '', label: t(language, 'manage.sections.noParent') }]}
            groups={languages.map((l) => ({
              label: t(language, `newsroom.language.${l}`),
              options: parents(l),
            }))}
            value={values.parentId ?? ''}
          />
          <TextArea
            form={form}
            name="description"
            label={t(language, 'field.description')}
            hint={t(language, 'manage.sections.descriptionHint')}
            value={values.description ?? ''}
            maxlength={500}
          />
          <FormActions
            context={context}
            submitLabel={t(language, section === null ? 'manage.create' : 'manage.save')}
            back={adminPaths.sections}
          />
        </Form>
      </section>
    </Layout>
  );
}
