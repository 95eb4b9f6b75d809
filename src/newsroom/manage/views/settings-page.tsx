/**
 * The site settings, for administrators, as one form: the site's name and tagline in each
 * language, its default language, how dates and numbers are written (each choice shown with
 * today's date or a number written that way), and its time zone, suggested from the zones
 * Node's ICU knows; and what the site's feeds carry of each story. A value the service refuses comes back marked, with what was typed.
 */
import { feedContents, type SiteSettings } from '../../../content/types.js';
import { t } from '../../../i18n/index.js';
import { formatDate, formatInteger } from '../../../text/index.js';
import { digitStyles, languages, monthStyles, type Language } from '../../../text/language.js';
import type { FormFields, FormProblem } from '../../forms.js';
import { adminPaths } from '../../paths.js';
import { Form, SubmitButton } from '../../views/form.js';
import { Layout } from '../../views/layout.js';
import type { PageContext } from '../../views/page-context.js';
import { Choice, formState, TextField, type FormState } from './fields.js';
import { ScreenHead, tokenOf } from './parts.js';

export const settingsFields = [
  'siteName.ar',
  'siteName.en',
  'tagline.ar',
  'tagline.en',
  'locale',
  'monthStyle',
  'digits',
  'timeZone',
  'feedContent',
] as const;

const timeZones = Intl.supportedValuesOf('timeZone');

/** The settings as the form shows them. */
export function settingsValues(settings: SiteSettings): FormFields {
  return {
    'siteName.ar': settings.siteName.ar,
    'siteName.en': settings.siteName.en,
    'tagline.ar': settings.tagline.ar,
    'tagline.en': settings.tagline.en,
    locale: settings.locale,
    monthStyle: settings.monthStyle,
    digits: settings.digits,
    timeZone: settings.timeZone,
    feedContent: settings.feedContent,
  };
}

export interface SettingsPageProps {
  context: PageContext;
  /** What the form shows: what was typed, or the settings as stored. */
  values: FormFields;
  problem?: FormProblem | null;
  /** The day the date examples show. */
  now: Date;
}

export function SettingsPage({ context, values, problem = null, now }: SettingsPageProps) {
  const { visit } = context;
  const { language } = visit;
  const title = t(language, 'manage.settings.title');
  const form = formState('settings', problem, settingsFields);
  const example = (name: string, shown: string) =>
    t(visit.locale, 'manage.settings.example', { name, example: shown });
  return (
    <Layout context={context} title={title}>
      <ScreenHead context={context} title={title} intro={t(language, 'manage.settings.intro')} />
      <section class="panel">
        <Form
          id="settings"
          action={adminPaths.settings}
          token={tokenOf(context)}
          problem={problem}
          fields={settingsFields}
        >
          <InBothLanguages
            form={form}
            field="siteName"
            legend={t(language, 'field.siteName')}
            values={values}
            language={language}
            maxlength={100}
          />
          <InBothLanguages
            form={form}
            field="tagline"
            legend={t(language, 'field.tagline')}
            hint={t(language, 'manage.settings.taglineHint')}
            values={values}
            language={language}
            maxlength={200}
          />
          <fieldset class="fieldset">
            <legend>{t(language, 'manage.settings.languageAndDates')}</legend>
            <Choice
              form={form}
              name="locale"
              label={t(language, 'field.locale')}
              hint={t(language, 'manage.settings.localeHint')}
              options={languages.map((l) => ({
                value: l,
                label: t(language, `newsroom.language.${l}`),
              }))}
              value={values.locale ?? ''}
            />
            <Choice
              form={form}
              name="monthStyle"
              label={t(language, 'field.monthStyle')}
              options={monthStyles.map((monthStyle) => ({
                value: monthStyle,
                label: example(
                  t(language, `manage.settings.month.${monthStyle}`),
                  formatDate(now, {
                    language: 'ar',
                    monthStyle,
                    digits: visit.settings.digits,
                    timeZone: visit.settings.timeZone,
                  }),
                ),
              }))}
              value={values.monthStyle ?? ''}
            />
            <Choice
              form={form}
              name="digits"
              label={t(language, 'field.digits')}
              hint={t(language, 'manage.settings.digitsHint')}
              options={digitStyles.map((digits) => ({
                value: digits,
                label: example(
                  t(language, `manage.settings.digits.${digits}`),
                  formatInteger(1234567890, digits),
                ),
              }))}
              value={values.digits ?? ''}
            />
            <TextField
              form={form}
              name="timeZone"
              label={t(language, 'field.timeZone')}
              hint={t(language, 'manage.settings.timeZoneHint')}
              value={values.timeZone ?? ''}
              maxlength={64}
              list="time-zones"
              isRequired
              isLatin
            />
            <datalist id="time-zones">
              {timeZones.map((zone) => (
                <option value={zone} />
              ))}
            </datalist>
          </fieldset>
          <fieldset class="fieldset">
            <legend>{t(language, 'manage.settings.feeds')}</legend>
            <Choice
              form={form}
              name="feedContent"
              label={t(language, 'field.feedContent')}
              hint={t(language, 'manage.settings.feedContentHint')}
              options={feedContents.map((content) => ({
                value: content,
                label: t(language, `manage.settings.feedContent.${content}`),
              }))}
              value={values.feedContent ?? ''}
            />
          </fieldset>
          <SubmitButton>{t(language, 'manage.save')}</SubmitButton>
        </Form>
      </section>
    </Layout>
  );
}

interface InBothLanguagesProps {
  form: FormState;
  field: 'siteName' | 'tagline';
  legend: string;
  hint?: string;
  values: FormFields;
  language: Language;
  maxlength: number;
}

/** One setting written in each of the site's languages. */
function InBothLanguages({
  form,
  field,
  legend,
  hint,
  values,
  language,
  maxlength,
}: InBothLanguagesProps) {
  const hintId = `${form.id}-${field}-hint`;
  return (
    <fieldset class="fieldset" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p class="hint" id={hintId}>
          {hint}
        </p>
      )}
      {languages.map((written) => (
        <TextField
          form={form}
          name={`${field}.${written}`}
          label={t(language, `newsroom.language.${written}`)}
          value={values[`${field}.${written}`] ?? ''}
          maxlength={maxlength}
          isRequired
          isEitherDirection
        />
      ))}
    </fieldset>
  );
}
