/**
 * `/admin/settings`, for administrators: the site settings as one form, saved through the
 * taxonomy service as the admin API's. Every field is sent as typed, so an emptied name or an
 * unknown time zone comes back with the service's own message, and nothing is stored.
 */
import type { FastifyInstance } from 'fastify';
import { languages, type Language } from '../../text/language.js';
import type { FormFields } from '../forms.js';
import type { Pages } from '../pages.js';
import { adminPaths, withNotice } from '../paths.js';
import { ManageScreens } from './access.js';
import { sent } from './form-input.js';
import { SettingsPage, settingsValues } from './views/settings-page.js';

const capability = 'settings.manage';

/** A setting written per language, as sent: `siteName.ar`, `siteName.en`. */
function perLanguage(fields: FormFields, field: 'siteName' | 'tagline') {
  const values: Partial<Record<Language, string>> = {};
  for (const language of languages) {
    const value = fields[`${field}.${language}`];
    if (value !== undefined) values[language] = value;
  }
  return Object.keys(values).length === 0 ? {} : { [field]: values };
}

function settingsInput(fields: FormFields) {
  return {
    ...perLanguage(fields, 'siteName'),
    ...perLanguage(fields, 'tagline'),
    ...sent(fields, ['locale', 'monthStyle', 'digits', 'feedContent']),
    ...(fields.timeZone === undefined ? {} : { timeZone: fields.timeZone.trim() }),
  };
}

export async function settingsRoutes(
  app: FastifyInstance,
  { pages }: { pages: Pages },
): Promise<void> {
  const { taxonomy, clock } = app.midad;
  const screens = new ManageScreens(pages);

  app.get(
    '/settings',
    screens.page(capability, async ({ visit, context }) => (
      <SettingsPage
        context={context}
        values={settingsValues(await taxonomy.settings(visit.member.actor))}
        now={clock()}
      />
    )),
  );

  app.post(
    '/settings',
    screens.form(
      capability,
      async ({ visit }, fields) => {
        await taxonomy.updateSettings(visit.member.actor, settingsInput(fields));
        return withNotice(adminPaths.settings, 'settings-saved');
      },
      async ({ context }, { problem, values }) => (
        <SettingsPage context={context} values={values} problem={problem} now={clock()} />
      ),
    ),
  );
}
