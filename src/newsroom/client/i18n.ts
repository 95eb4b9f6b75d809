/**
 * The editor's words, from the same ICU message tables as the server's (Arabic first, with
 * its six plural forms), in the user's interface language and digits.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import * as editor from '../../i18n/messages/editor.js';

export type EditorMessageKey = keyof typeof editor.ar;
type Params = Record<string, string | number>;

let tables: Record<EditorMessageKey, string> = editor.ar;
let tag = 'ar';
const compiled = new Map<string, IntlMessageFormat>();

export function useLanguage(language: 'ar' | 'en', localeTag: string): void {
  tables = editor[language];
  tag = localeTag;
  compiled.clear();
}

export function tr(key: EditorMessageKey, params?: Params): string {
  const template = tables[key];
  if (!/[{}']/.test(template)) return template;
  let format = compiled.get(key);
  if (!format) {
    format = new IntlMessageFormat(template, tag);
    compiled.set(key, format);
  }
  return String(format.format(params));
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
