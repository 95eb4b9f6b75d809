/**
 * Wall-clock times in a site's IANA time zone, for scheduling forms: reading what an editor
 * typed («2026-12-02T14:30», Arabic-Indic digits welcome) as an instant, and writing an
 * instant back as the `YYYY-MM-DDTHH:mm` that `<input type="datetime-local">` shows.
 * Temporal is not in Node 20, so offsets come from ICU's time zone data by asking
 * `Intl.DateTimeFormat` for the wall clock at an instant.
 */
import { toWesternDigits } from './digits.js';

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const dayMs = 86_400_000;
const minuteMs = 60_000;

/**
 * RFC 3339 date-time (https://www.rfc-editor.org/rfc/rfc3339#section-5.6) with seconds and
 * offset optional, as HTML's datetime-local writes it. With an offset it names an instant;
 * without one, a wall-clock time in the site's zone.
 */
const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * The instant `input` names: an ISO 8601 time with `Z` or an offset as written, or a
 * wall-clock time (`YYYY-MM-DDTHH:mm`, optionally `:ss`, `T` or a space) in `timeZone`.
 * Arabic-Indic and Persian digits read as Western. A wall-clock time skipped by a
 * spring-forward change is moved forward by the gap, and one repeated by a fall-back
 * change is the earlier instant, as Temporal's 'compatible' disambiguation does. Null for
 * anything else, including days that do not exist and an unknown time zone.
 */
export function parseDateTimeInZone(input: string, timeZone: string): Date | null {
  const zone = zoneFormatter(timeZone);
  const match = dateTimePattern.exec(toWesternDigits(input.trim()));
  if (zone === null || match === null) return null;
  const [year, month, day, hour, minute, second] = match
    .slice(1, 7)
    .map((field) => Number(field ?? '0')) as [number, number, number, number, number, number];
  const millisecond = Number((match[7] ?? '').padEnd(3, '0').slice(0, 3));
  const wallClock = { year, month, day, hour, minute, second, millisecond };
  if (!isValidWallClock(wallClock)) return null;

  const wallClockMs = asUtc(wallClock);
  const offset = match[8];
  if (offset === undefined) return new Date(instantAt(wallClockMs, zone));
  const offsetMs = parseOffset(offset);
  return offsetMs === null ? null : new Date(wallClockMs - offsetMs);
}

/**
 * The wall-clock time at `date` in `timeZone` as `YYYY-MM-DDTHH:mm` with Western digits,
 * seconds dropped. Throws a RangeError for an invalid date, an unknown time zone, or a year
 * outside 0001–9999, which a datetime-local input cannot show.
 */
export function formatLocalDateTime(date: Date, timeZone: string): string {
  const wallClock = readWallClock(requireZone(timeZone), requireTime(date));
  const { year, month, day, hour, minute } = wallClock;
  if (year < 1 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}

/**
 * Minutes east of UTC in `timeZone` at `date` (180 for Beirut in summer, −300 for New York
 * in winter). Whole since zones adopted standard time; before that, local mean time can
 * make it fractional (London in 1800: −1.25). Throws a RangeError for an invalid date or an
 * unknown time zone.
 */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  return offsetMsAt(requireTime(date), requireZone(timeZone)) / minuteMs;
}

/**
 * The instant a wall-clock time names, chosen as Temporal's 'compatible' disambiguation
 * does (https://tc39.es/proposal-temporal/#sec-temporal-disambiguatepossibleepochnanoseconds).
 * Like Temporal's reference code it takes the offsets a day either side as the candidates,
 * which holds as long as a zone does not change its offset twice within two days.
 */
function instantAt(wallClockMs: number, zone: Intl.DateTimeFormat): number {
  const offsetBefore = offsetMsAt(wallClockMs - dayMs, zone);
  const offsetAfter = offsetMsAt(wallClockMs + dayMs, zone);
  const candidates = [wallClockMs - offsetBefore, wallClockMs - offsetAfter].filter(
    (instant) => instant + offsetMsAt(instant, zone) === wallClockMs,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: the offset in force before it puts the time as far past the gap's end as it
  // was past its start (00:30 in a 00:00→01:00 gap becomes 01:30).
  return wallClockMs - offsetBefore;
}

function offsetMsAt(epochMs: number, zone: Intl.DateTimeFormat): number {
  // The wall clock is read to the second; offsets are whole seconds.
  const wholeSecondMs = Math.floor(epochMs / 1000) * 1000;
  return asUtc(readWallClock(zone, wholeSecondMs)) - wholeSecondMs;
}

function readWallClock(zone: Intl.DateTimeFormat, epochMs: number): WallClock {
  const wallClock: WallClock = {
    year: 0,
    month: 0,
    day: 0,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
  };
  let isBeforeCommonEra = false;
  for (const { type, value } of zone.formatToParts(epochMs)) {
    if (type === 'era') isBeforeCommonEra = value === 'BC';
    else if (type in wallClock) wallClock[type as keyof WallClock] = Number(value);
  }
  // ICU counts 1 BC, 2 BC …; the proleptic Gregorian calendar of Date has years 0, −1 …
  if (isBeforeCommonEra) wallClock.year = 1 - wallClock.year;
  return wallClock;
}

/** The wall clock read as if it were UTC, in milliseconds since the epoch. */
function asUtc({ year, month, day, hour, minute, second, millisecond }: WallClock): number {
  // Date.UTC would read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  return date.getTime();
}

function isValidWallClock({ year, month, day, hour, minute, second }: WallClock): boolean {
  return (
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59
  );
}

function daysInMonth(year: number, month: number): number {
  const isLeapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, isLeapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return days[month - 1] ?? 0;
}

/** `Z`, `±hh`, `±hhmm` or `±hh:mm` → milliseconds east of UTC; null when out of range. */
function parseOffset(offset: string): number | null {
  if (offset.toUpperCase() === 'Z') return 0;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2) || '0');
  if (hours > 23 || minutes > 59) return null;
  return (offset.startsWith('-') ? -1 : 1) * (hours * 60 + minutes) * minuteMs;
}

const zoneFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A formatter that reads the wall clock in `timeZone`, or null when ICU does not know the
 * zone. Building one costs far more than using it, and a site has one zone: keep them.
 */
function zoneFormatter(timeZone: string): Intl.DateTimeFormat | null {
  const cached = zoneFormatters.get(timeZone);
  if (cached) return cached;
  let zone: Intl.DateTimeFormat;
  try {
    zone = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return null;
  }
  if (zoneFormatters.size < 1000) zoneFormatters.set(timeZone, zone);
  return zone;
}

function requireZone(timeZone: string): Intl.DateTimeFormat {
  const zone = zoneFormatter(timeZone);
  if (zone === null) throw new RangeError(`Unknown time zone: ${JSON.stringify(timeZone)}`);
  return zone;
}

function requireTime(date: Date): number {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new RangeError('Invalid date');
  return time;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
