/**
 * The page context's date and number style, bound once so views format consistently.
 * English pages always use Western digits: an English page shows no Arabic script.
 */
import type { DigitStyle, Language } from '../../content/types.js';
import { formatDate, formatDateTime, formatInteger, formatTime } from '../../text/index.js';
import type { PageContext } from '../view-models.js';

export interface PageFormat {
  language: Language;
  digits: DigitStyle;
  date: (iso: string | Date) => string;
  dateTime: (iso: string | Date) => string;
  /** The time alone for a moment on `now`'s calendar day, else the date and time. */
  recent: (iso: string) => string;
  integer: (n: number) => string;
}

export function pageFormat(context: PageContext): PageFormat {
  const { language, settings } = context;
  const digits: DigitStyle = language === 'en' ? 'western' : settings.digits;
  const style = {
    language,
    monthStyle: settings.monthStyle,
    digits,
    timeZone: settings.timeZone,
  };
  return {
    language,
    digits,
    date: (iso) => formatDate(iso, style),
    dateTime: (iso) => formatDateTime(iso, style),
    recent: (iso) =>
      isoDay(new Date(iso), settings.timeZone) === isoDay(context.now, settings.timeZone)
        ? formatTime(iso, style)
        : formatDateTime(iso, style),
    integer: (n) => formatInteger(n, digits),
  };
}

// Building a DateTimeFormat costs far more than using one: keep one per time zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const yearFormats = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(
  cache: Map<string, Intl.DateTimeFormat>,
  timeZone: string,
  make: () => Intl.DateTimeFormat,
): Intl.DateTimeFormat {
  let format = cache.get(timeZone);
  if (!format) {
    format = make();
    cache.set(timeZone, format);
  }
  return format;
}

/** YYYY-MM-DD of `date` in `timeZone`, for `<time datetime>` and same-day checks. */
export function isoDay(date: Date, timeZone: string): string {
  return cachedFormat(
    dayFormats,
    timeZone,
    () => new Intl.DateTimeFormat('en-CA', { timeZone }),
  ).format(date);
}

const dayEnds = new Map<string, Date>();

/**
 * The first instant after `date` that is another day in `timeZone` — when the masthead's
 * date changes. Found by halving (daylight saving makes some days 23 or 25 hours long) and
 * remembered for the day.
 */
export function nextDayStart(date: Date, timeZone: string): Date {
  const today = isoDay(date, timeZone);
  const known = dayEnds.get(`${timeZone} ${today}`);
  if (known && known > date) return known;
  let before = date.getTime();
  let after = before + 26 * 3_600_000;
  while (after - before > 1000) {
    const middle = before + Math.floor((after - before) / 2);
    if (isoDay(new Date(middle), timeZone) === today) before = middle;
    else after = middle;
  }
  // Zones change on whole seconds at least: the day starts at `after`, to the second.
  const start = new Date(Math.floor(after / 1000) * 1000);
  if (dayEnds.size > 100) dayEnds.clear();
  dayEnds.set(`${timeZone} ${today}`, start);
  return start;
}

/** The calendar year of `date` in the site's time zone (for the copyright line). */
export function yearIn(date: Date, timeZone: string): number {
  const format = cachedFormat(
    yearFormats,
    timeZone,
    () => new Intl.DateTimeFormat('en-US', { year: 'numeric', timeZone }),
  );
  return Number(format.format(date));
}

/** True when the article was changed more than a minute after it was published. */
export function wasUpdated(publishedAt: string | null, updatedAt: string): boolean {
  if (publishedAt === null) return false;
  return Date.parse(updatedAt) - Date.parse(publishedAt) > 60_000;
}
