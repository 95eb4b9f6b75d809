/**
 * The people screen: everyone who can be in a byline, by name, and the form that adds or
 * changes one — name, slug, job title, bio, language and links (web or mail addresses, which
 * the service checks), in rows that work without a script.
 */
import { authorPath } from '../../../content/permalinks.js';
import type { Person } from '../../../content/types.js';
import { t } from '../../../i18n/index.js';
import { languages } from '../../../text/language.js';
import type { FormFields, FormProblem } from '../../forms.js';
import { adminPaths, itemPath } from '../../paths.js';
import { Form } from '../../views/form.js';
import { Layout } from '../../views/layout.js';
import type { PageContext } from '../../views/page-context.js';
import { linkField, linkRowCount, linkValues } from '../person-links.js';
import { Choice, formState, TextArea, TextField, type FormState } from './fields.js';
import { FormActions, RowLink, ScreenHead, tokenOf } from './parts.js';

const personFields = ['name', 'slug', 'jobTitle', 'language', 'bio'] as const;

export function PeoplePage({ context, people }: { context: PageContext; people: Person[] }) {
  const { language } = context.visit;
  const title = t(language, 'manage.people.title');
  return (
    <Layout context={context} title={title}>
      <ScreenHead
        context={context}
        title={title}
        intro={t(language, 'manage.people.intro')}
        action={{ href: adminPaths.newPerson, label: t(language, 'manage.people.new') }}
      />
      <section class="panel" aria-labelledby="people-count">
        <h2 id="people-count">
          {t(context.visit.locale, 'manage.people.count', { n: people.length })}
        </h2>
        {people.length > 0 && (
          <ul class="items">
            {people.map((person) => (
              <PersonItem context={context} person={person} />
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}

function PersonItem({ context, person }: { context: PageContext; person: Person }) {
  const { language } = context.visit;
  return (
    <li class="item">
      <div class="item-row">
        <div class="item-main">
          <a class="item-title" href={itemPath('people', person.id)}>
            {person.name}
          </a>
          <span class="item-meta">
            {person.jobTitle && (
              <>
                <bdi>{person.jobTitle}</bdi>
                <span class="item-separator" aria-hidden="true">
                  ·
                </span>
              </>
            )}
            <a href={authorPath(person)} dir="auto">
              {person.slug}
            </a>
          </span>
        </div>
        <div class="item-actions">
          <RowLink
            href={itemPath('people', person.id, 'delete')}
            label={t(language, 'manage.delete')}
            accessibleLabel={t(language, 'manage.delete.named', { name: person.name })}
          />
        </div>
      </div>
    </li>
  );
}

/** The fields of a person as the form shows them. */
export function personValues(person: Person): FormFields {
  return {
    name: person.name,
    slug: person.slug,
    jobTitle: person.jobTitle ?? '',
    bio: person.bio ?? '',
    language: person.language,
    ...linkValues(person.links),
  };
}

export interface PersonFormPageProps {
  context: PageContext;
  /** The person being changed; null for a new one. */
  person: Person | null;
  problem?: FormProblem | null;
  values: FormFields;
}

export function PersonFormPage({ context, person, problem = null, values }: PersonFormPageProps) {
  const { language } = context.visit;
  const title =
    person === null
      ? t(language, 'manage.people.new')
      : t(language, 'manage.people.edit', { name: person.name });
  const rows = Array.from({ length: linkRowCount(values) }, (_, row) => row);
  const fields = [
    ...personFields,
    ...rows.flatMap((row) => [linkField(row, 'label'), linkField(row, 'url')]),
  ];
  const form = formState('person', problem, fields);
  return (
    <Layout context={context} title={title} isNarrow>
      <section class="panel">
        <h1>{title}</h1>
        <Form
          id="person"
          action={person === null ? adminPaths.people : itemPath('people', person.id)}
          token={tokenOf(context)}
          problem={problem}
          fields={fields}
        >
          <TextField
            form={form}
            name="name"
            label={t(language, 'field.name')}
            value={values.name ?? ''}
            maxlength={120}
            isRequired
            isEitherDirection
          />
          <TextField
            form={form}
            name="slug"
            label={t(language, 'field.slug')}
            hint={t(language, person === null ? 'manage.slug.hint' : 'manage.slug.changeHint')}
            value={values.slug ?? ''}
            maxlength={120}
            isEitherDirection
          />
          <TextField
            form={form}
            name="jobTitle"
            label={t(language, 'field.jobTitle')}
            value={values.jobTitle ?? ''}
            maxlength={120}
            isEitherDirection
          />
          <Choice
            form={form}
            name="language"
            label={t(language, 'manage.people.language')}
            options={languages.map((l) => ({
              value: l,
              label: t(language, `newsroom.language.${l}`),
            }))}
            value={values.language ?? context.visit.settings.locale}
          />
          <TextArea
            form={form}
            name="bio"
            label={t(language, 'field.bio')}
            hint={t(language, 'manage.people.bioHint')}
            value={values.bio ?? ''}
            maxlength={2000}
            rows={6}
          />
          <LinkRows context={context} form={form} rows={rows} values={values} />
          <FormActions
            context={context}
            submitLabel={t(language, person === null ? 'manage.create' : 'manage.save')}
            back={adminPaths.people}
          />
        </Form>
      </section>
    </Layout>
  );
}

interface LinkRowsProps {
  context: PageContext;
  form: FormState;
  rows: number[];
  values: FormFields;
}

function LinkRows({ context, form, rows, values }: LinkRowsProps) {
  const { locale, language } = context.visit;
  return (
    <fieldset class="fieldset" aria-describedby="person-links-hint">
      <legend>{t(language, 'field.links')}</legend>
      <p class="hint" id="person-links-hint">
        {t(language, 'manage.people.linksHint')}
      </p>
      {rows.map((row) => (
        <div class="link-row">
          <TextField
            form={form}
            name={linkField(row, 'label')}
            label={t(locale, 'manage.people.linkLabel', { n: row + 1 })}
            value={values[linkField(row, 'label')] ?? ''}
            maxlength={60}
            isEitherDirection
          />
          <TextField
            form={form}
            name={linkField(row, 'url')}
            label={t(locale, 'manage.people.linkUrl', { n: row + 1 })}
            value={values[linkField(row, 'url')] ?? ''}
            maxlength={2000}
            type="url"
            isLatin
          />
        </div>
      ))}
    </fieldset>
  );
}
