/**
 * Dates as the site's settings want them: Gregorian, in the site's time zone, with
 * Levantine («تشرين الأول»), Egyptian/Gulf («أكتوبر») or both month names, and
 * Arabic-Indic or Western digits. ICU does the calendar, time zone and names; this module
 * only picks the locale and lays the parts out the same way on every page.
 */
import type { DigitStyle, Language, MonthStyle } from './language.js';

export interface DateStyle {
  language: Language;
  monthStyle: MonthStyle;
  digits: DigitStyle;
  timeZone: string;
}

/** The locales whose ICU data carries each set of Gregorian month names. */
const monthLocales = { levantine: 'ar-SY', egyptian: 'ar-EG', english: 'en-GB' } as const;
type MonthLocale = (typeof monthLocales)[keyof typeof monthLocales];

interface DateParts {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

/** «١٤ تشرين الأول/أكتوبر ٢٠٢٦» or «14 October 2026». */
export function formatDate(iso: string | Date, style: DateStyle): string {
  const date = toDate(iso);
  const parts = dateParts(date, style, primaryLocale(style));
  return `${parts.day} ${monthName(date, style, parts.month)} ${parts.year}`;
}

/** «١٢:٠٠» or «12:00», on a 24-hour clock. */
export function formatTime(iso: string | Date, style: DateStyle): string {
  const parts = dateParts(toDate(iso), style, primaryLocale(style));
  return `${parts.hour}:${parts.minute}`;
}

/** «١٤ تشرين الأول/أكتوبر ٢٠٢٦، ١٢:٠٠» or «14 October 2026, 12:00». */
export function formatDateTime(iso: string | Date, style: DateStyle): string {
  const separator = style.language === 'ar' ? '، ' : ', ';
  return formatDate(iso, style) + separator + formatTime(iso, style);
}

/** Whether ICU knows the IANA time zone (e.g. `Asia/Beirut`), so settings can reject typos. */
export function isValidTimeZone(tz: string): boolean {
  const known = checkedTimeZones.get(tz);
  if (known !== undefined) return known;
  let isValid: boolean;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    isValid = true;
  } catch {
    isValid = false;
  }
  // Settings are read on every page: remember the answer (a few zones at most are ever asked).
  if (checkedTimeZones.size < 1000) checkedTimeZones.set(tz, isValid);
  return isValid;
}

const checkedTimeZones = new Map<string, boolean>();

function primaryLocale(style: DateStyle): MonthLocale {
  if (style.language === 'en') return monthLocales.english;
  return style.monthStyle === 'egyptian' ? monthLocales.egyptian : monthLocales.levantine;
}

function monthName(date: Date, style: DateStyle, primary: string): string {
  if (style.language === 'en' || style.monthStyle !== 'both') return primary;
  return `${primary}/${dateParts(date, style, monthLocales.egyptian).month}`;
}

function dateParts(date: Date, style: DateStyle, locale: MonthLocale): Readonly<DateParts> {
  const key = `${formatterKey(locale, style)}|${date.getTime()}`;
  const known = formattedParts.get(key);
  if (known !== undefined) return known;
  const parts: DateParts = { day: '', month: '', year: '', hour: '', minute: '' };
  for (const { type, value } of formatter(locale, style).formatToParts(date)) {
    if (type in parts) parts[type as keyof DateParts] = value;
  }
  // Pages show the same few hundred publication times again and again; formatToParts is
  // among the dearest calls of a render. Forgotten all at once when full: a bound, not an LRU.
  if (formattedParts.size >= 10_000) formattedParts.clear();
  formattedParts.set(key, parts);
  return parts;
}

const formattedParts = new Map<string, Readonly<DateParts>>();

function numberingSystemOf(style: DateStyle): 'arab' | 'latn' {
  return style.language === 'ar' && style.digits === 'arabic-indic' ? 'arab' : 'latn';
}

function formatterKey(locale: MonthLocale, style: DateStyle): string {
  return `${locale}|${numberingSystemOf(style)}|${style.timeZone}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Building a DateTimeFormat costs far more than using one; pages format dozens of dates. */
function formatter(locale: MonthLocale, style: DateStyle): Intl.DateTimeFormat {
  const numberingSystem = numberingSystemOf(style);
  const key = formatterKey(locale, style);
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, {
      calendar: 'gregory',
      numberingSystem,
      timeZone: style.timeZone,
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * ISO 8601 / RFC 3339: a calendar date, or a date and time with its UTC offset. A time
 * without an offset is refused, as JavaScript would read it in the server's own zone.
 */
const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?))?$/i;

function toDate(input: string | Date): Date {
  const date = typeof input === 'string' ? parseIso(input) : new Date(input.getTime());
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid date: ${String(input)}`);
  return date;
}

function parseIso(text: string): Date {
  const match = isoDateTime.exec(text);
  if (!match) throw new RangeError(`Not an ISO 8601 date: ${JSON.stringify(text.slice(0, 40))}`);
  const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
  const calendarDate = new Date(Date.UTC(year, month - 1, day));
  // Date.parse rolls 2026-02-30 over to 2 March instead of refusing it.
  if (calendarDate.getUTCMonth() !== month - 1 || calendarDate.getUTCDate() !== day) {
    throw new RangeError(`No such day: ${text}`);
  }
  return new Date(text);
}
