/** Reads site settings from stored values, falling back to the defaults for anything missing or invalid. */
import { languages } from '../db/schema.js';
import { isValidTimeZone } from '../text/index.js';
import {
  defaultSettings,
  digitStyles,
  feedContents,
  monthStyles,
  type SiteSettings,
} from './types.js';

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

function localized(value: unknown, fallback: SiteSettings['siteName']): SiteSettings['siteName'] {
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >;
  const pick = (language: 'ar' | 'en') => {
    const text = record[language];
    return typeof text === 'string' && text.trim() !== '' ? text.trim() : fallback[language];
  };
  return { ar: pick('ar'), en: pick('en') };
}

export function settingsFrom(stored: Map<string, unknown>): SiteSettings {
  const timeZone = stored.get('timeZone');
  return {
    siteName: localized(stored.get('siteName'), defaultSettings.siteName),
    tagline: localized(stored.get('tagline'), defaultSettings.tagline),
    locale: oneOf(languages, stored.get('locale'), defaultSettings.locale),
    monthStyle: oneOf(monthStyles, stored.get('monthStyle'), defaultSettings.monthStyle),
    digits: oneOf(digitStyles, stored.get('digits'), defaultSettings.digits),
    timeZone:
      typeof timeZone === 'string' && isValidTimeZone(timeZone)
        ? timeZone
        : defaultSettings.timeZone,
    feedContent: oneOf(feedContents, stored.get('feedContent'), defaultSettings.feedContent),
  };
}
