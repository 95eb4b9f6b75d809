/**
 * Every user-visible string, in Arabic and English, as ICU MessageFormat messages
 * (intl-messageformat on Node's ICU): `{name}` arguments, `{n, plural, …}` with Arabic's six
 * plural categories (zero, one, two, few, many, other), `{x, select, …}`. Keys are typed from
 * the Arabic tables, so an English table that misses one does not compile.
 */
import { formatMessage, type MessageParams } from './format.js';
import type { DigitStyle, Language } from '../text/language.js';
import * as accounts from './messages/accounts.js';
import * as desk from './messages/desk.js';
import * as documentBody from './messages/document.js';
import * as editor from './messages/editor.js';
import * as errors from './messages/errors.js';
import * as manage from './messages/manage.js';
import * as newsroom from './messages/newsroom.js';
import * as site from './messages/site.js';
import * as wordpress from './messages/wordpress.js';

const ar = {
  ...site.ar,
  ...errors.ar,
  ...accounts.ar,
  ...newsroom.ar,
  ...manage.ar,
  ...desk.ar,
  ...editor.ar,
  ...documentBody.ar,
  ...wordpress.ar,
};
export type MessageKey = keyof typeof ar;

export const messages: Record<Language, Record<MessageKey, string>> = {
  ar,
  en: {
    ...site.en,
    ...errors.en,
    ...accounts.en,
    ...newsroom.en,
    ...manage.en,
    ...desk.en,
    ...editor.en,
    ...documentBody.en,
    ...wordpress.en,
  },
};

/** A language, or a language with the digits numbers in messages are written with. */
export type Locale = Language | { language: Language; digits: DigitStyle };

export type { MessageParams };

/** Numbering systems are named: ICU's default for plain `ar` has changed between releases. */
export function localeTag(locale: Locale): string {
  if (typeof locale === 'string') return locale === 'ar' ? 'ar-u-nu-arab' : 'en';
  if (locale.language === 'en') return 'en';
  return locale.digits === 'western' ? 'ar-u-nu-latn' : 'ar-u-nu-arab';
}

export function languageOf(locale: Locale): Language {
  return typeof locale === 'string' ? locale : locale.language;
}

/** The message for `key`, with its arguments filled; a missing argument is a bug and throws. */
export function t(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return formatMessage(messages[languageOf(locale)][key], localeTag(locale), key, params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(ar, key);
}

/**
 * The language a client prefers among Midad's, from an `Accept-Language` header
 * (RFC 9110 §12.5.4: ranges with optional q weights), or `fallback`.
 */
export function negotiateLanguage(header: string | undefined, fallback: Language): Language {
  if (!header) return fallback;
  let best: { language: Language; q: number } | null = null;
  for (const part of header.split(',')) {
    const [range = '', ...options] = part.trim().toLowerCase().split(';');
    const qOption = options.map((o) => o.trim()).find((o) => o.startsWith('q='));
    const q = qOption === undefined ? 1 : Number(qOption.slice(2));
    if (!Number.isFinite(q) || q <= 0) continue;
    const primary = range.split('-')[0];
    const language = primary === 'ar' ? 'ar' : primary === 'en' ? 'en' : null;
    if (language && (best === null || q > best.q)) best = { language, q };
  }
  return best?.language ?? fallback;
}
