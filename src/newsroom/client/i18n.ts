/**
 * The editor's words, from the same ICU message tables as the server's (Arabic first, with
 * its six plural forms), in the user's interface language and digits.
 */
import { formatMessage, type MessageParams } from '../../i18n/format.js';
import * as editor from '../../i18n/messages/editor.js';

export type EditorMessageKey = keyof typeof editor.ar;

let tables: Record<EditorMessageKey, string> = editor.ar;
let tag = 'ar';

export function useLanguage(language: 'ar' | 'en', localeTag: string): void {
  tables = editor[language];
  tag = localeTag;
}

export function tr(key: EditorMessageKey, params?: MessageParams): string {
  return formatMessage(tables[key], tag, key, params);
}

/** A moment in the site's time zone, the way the newsroom writes dates. */
export function moment(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(tag, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}

export function number(value: number): string {
  return new Intl.NumberFormat(tag).format(value);
}
