/**
 * The words every layer shares about text: which language a text is in, which digits and
 * month names it is written with. They live here, in the leaf module, so that text tools,
 * the i18n tables, the schema and the views all speak of them without depending on each other.
 */

export const languages = ['ar', 'en'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

export const monthStyles = ['levantine', 'egyptian', 'both'] as const;
export type MonthStyle = (typeof monthStyles)[number];

export const digitStyles = ['arabic-indic', 'western'] as const;
export type DigitStyle = (typeof digitStyles)[number];
