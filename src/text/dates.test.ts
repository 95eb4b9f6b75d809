import { describe, expect, it } from 'vitest';
import type { DateStyle } from './dates.js';
import { formatDate, formatDateTime, formatTime, isValidTimeZone } from './dates.js';

const beirut: DateStyle = {
  language: 'ar',
  monthStyle: 'both',
  digits: 'arabic-indic',
  timeZone: 'Asia/Beirut',
};
const english: DateStyle = { ...beirut, language: 'en' };

describe('formatDate', () => {
  it('writes both month names with Arabic-Indic digits', () => {
    expect(formatDate('2026-10-14T09:00:00Z', beirut)).toBe('١٤ تشرين الأول/أكتوبر ٢٠٢٦');
  });

  it('writes Levantine or Egyptian month names alone', () => {
    expect(formatDate('2026-10-14T09:00:00Z', { ...beirut, monthStyle: 'levantine' })).toBe(
      '١٤ تشرين الأول ٢٠٢٦',
    );
    expect(formatDate('2026-10-14T09:00:00Z', { ...beirut, monthStyle: 'egyptian' })).toBe(
      '١٤ أكتوبر ٢٠٢٦',
    );
  });

  it('names every month in each style', () => {
    const months = (monthStyle: DateStyle['monthStyle']) =>
      Array.from({ length: 12 }, (_, i) => {
        const iso = `2026-${String(i + 1).padStart(2, '0')}-15T12:00:00Z`;
        return formatDate(iso, { ...beirut, monthStyle, digits: 'western' }).split(' 2026')[0];
      });
    expect(months('levantine')).toEqual([
      '15 كانون الثاني',
      '15 شباط',
      '15 آذار',
      '15 نيسان',
      '15 أيار',
      '15 حزيران',
      '15 تموز',
      '15 آب',
      '15 أيلول',
      '15 تشرين الأول',
      '15 تشرين الثاني',
      '15 كانون الأول',
    ]);
    expect(months('egyptian')).toEqual([
      '15 يناير',
      '15 فبراير',
      '15 مارس',
      '15 أبريل',
      '15 مايو',
      '15 يونيو',
      '15 يوليو',
      '15 أغسطس',
      '15 سبتمبر',
      '15 أكتوبر',
      '15 نوفمبر',
      '15 ديسمبر',
    ]);
    expect(months('both')[0]).toBe('15 كانون الثاني/يناير');
  });

  it('writes Western digits in Arabic when the site asks for them', () => {
    expect(formatDate('2026-10-14T09:00:00Z', { ...beirut, digits: 'western' })).toBe(
      '14 تشرين الأول/أكتوبر 2026',
    );
  });

  it('writes English with English month names and Western digits, whatever the style', () => {
    expect(formatDate('2026-10-14T09:00:00Z', english)).toBe('14 October 2026');
    expect(formatDate('2026-10-14T09:00:00Z', { ...english, monthStyle: 'levantine' })).toBe(
      '14 October 2026',
    );
  });

  it('takes the day from the time zone, not from UTC', () => {
    expect(formatDate('2026-10-14T22:30:00Z', beirut)).toBe('١٥ تشرين الأول/أكتوبر ٢٠٢٦');
    expect(formatDate('2026-10-14T22:30:00Z', { ...english, timeZone: 'UTC' })).toBe(
      '14 October 2026',
    );
    expect(formatDate('2026-12-31T22:30:00Z', english)).toBe('1 January 2027');
    expect(formatDate('2026-01-01T03:00:00Z', { ...english, timeZone: 'America/New_York' })).toBe(
      '31 December 2025',
    );
  });

  it('honours the offset written in the string', () => {
    expect(formatDate('2026-10-15T01:30:00+03:00', english)).toBe('15 October 2026');
    expect(formatDate('2026-10-15T01:30:00+05:00', english)).toBe('14 October 2026');
  });

  it('accepts a Date and a calendar date', () => {
    expect(formatDate(new Date(Date.UTC(2026, 9, 14, 9)), beirut)).toBe(
      '١٤ تشرين الأول/أكتوبر ٢٠٢٦',
    );
    expect(formatDate('2026-10-14', english)).toBe('14 October 2026');
  });

  it('throws a RangeError rather than printing "Invalid Date"', () => {
    for (const bad of [
      '',
      'yesterday',
      '1',
      '2026-13-01',
      '2026-02-30',
      '2026-10-14T25:00:00Z',
      '2026-10-14T09:00:00',
      '2026-10-14T09:00:00Z\n<script>',
      '9'.repeat(100_000),
    ]) {
      expect(() => formatDate(bad, english), bad.slice(0, 30)).toThrow(RangeError);
    }
    expect(() => formatDate(new Date(Number.NaN), beirut)).toThrow(RangeError);
  });

  it('throws a RangeError for an unknown time zone', () => {
    expect(() =>
      formatDate('2026-10-14T09:00:00Z', { ...beirut, timeZone: 'Mars/Olympus' }),
    ).toThrow(RangeError);
  });
});

describe('formatTime', () => {
  it('uses a 24-hour clock in the time zone', () => {
    expect(formatTime('2026-10-14T09:00:00Z', beirut)).toBe('١٢:٠٠');
    expect(formatTime('2026-10-14T09:00:00Z', english)).toBe('12:00');
    expect(formatTime('2026-10-14T13:05:00Z', english)).toBe('16:05');
  });

  it('writes midnight as 00:00, not 24:00', () => {
    expect(formatTime('2026-10-14T21:00:00Z', english)).toBe('00:00');
    expect(formatTime('2026-10-14T21:00:00Z', beirut)).toBe('٠٠:٠٠');
  });

  it('follows daylight saving time', () => {
    expect(formatTime('2026-01-14T09:00:00Z', english)).toBe('11:00');
  });
});

describe('formatDateTime', () => {
  it('joins date and time with «،» in Arabic and «,» in English', () => {
    expect(formatDateTime('2026-10-14T09:00:00Z', beirut)).toBe(
      '١٤ تشرين الأول/أكتوبر ٢٠٢٦، ١٢:٠٠',
    );
    expect(formatDateTime('2026-10-14T09:00:00Z', english)).toBe('14 October 2026, 12:00');
  });

  it('moves date and time together across midnight', () => {
    expect(formatDateTime('2026-10-14T22:30:00Z', beirut)).toBe(
      '١٥ تشرين الأول/أكتوبر ٢٠٢٦، ٠١:٣٠',
    );
    expect(
      formatDateTime('2026-10-14T22:30:00Z', {
        ...beirut,
        monthStyle: 'egyptian',
        digits: 'western',
      }),
    ).toBe('15 أكتوبر 2026، 01:30');
  });
});

describe('isValidTimeZone', () => {
  it('knows IANA zones and refuses anything else', () => {
    expect(isValidTimeZone('Asia/Beirut')).toBe(true);
    expect(isValidTimeZone('Africa/Cairo')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('Asia/Beirut\u0000')).toBe(false);
  });
});
