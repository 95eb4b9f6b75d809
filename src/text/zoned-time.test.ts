import { describe, expect, it } from 'vitest';
import { formatLocalDateTime, parseDateTimeInZone, zoneOffsetMinutes } from './zoned-time.js';

const hourMs = 3_600_000;
const minuteMs = 60_000;

function parsed(input: string, timeZone: string): string | null {
  return parseDateTimeInZone(input, timeZone)?.toISOString() ?? null;
}

/**
 * Lebanon's clocks as Node's tzdata has them: forward at 00:00 on the last Sunday of March
 * (22:00 UTC on the Saturday), back at 00:00 on the last Sunday of October to 23:00 on the
 * Saturday (21:00 UTC).
 */
const beirutChanges = [
  { year: 2025, springForward: '2025-03-29T22:00:00Z', fallBack: '2025-10-25T21:00:00Z' },
  { year: 2026, springForward: '2026-03-28T22:00:00Z', fallBack: '2026-10-24T21:00:00Z' },
  { year: 2027, springForward: '2027-03-27T22:00:00Z', fallBack: '2027-10-30T21:00:00Z' },
  { year: 2028, springForward: '2028-03-25T22:00:00Z', fallBack: '2028-10-28T21:00:00Z' },
];

/** The 2026 changes of each zone with daylight saving time, as UTC instants. */
const changes2026 = [
  { zone: 'Asia/Beirut', springForward: '2026-03-28T22:00:00Z', fallBack: '2026-10-24T21:00:00Z' },
  {
    zone: 'Europe/London',
    springForward: '2026-03-29T01:00:00Z',
    fallBack: '2026-10-25T01:00:00Z',
  },
  {
    zone: 'America/New_York',
    springForward: '2026-03-08T07:00:00Z',
    fallBack: '2026-11-01T06:00:00Z',
  },
];

describe('parseDateTimeInZone', () => {
  it('reads a wall-clock time in the site’s zone', () => {
    expect(parsed('2026-12-02T14:30', 'Asia/Beirut')).toBe('2026-12-02T12:30:00.000Z');
    expect(parsed('2026-07-02T14:30', 'Asia/Beirut')).toBe('2026-07-02T11:30:00.000Z');
    expect(parsed('2026-12-02T14:30', 'Europe/London')).toBe('2026-12-02T14:30:00.000Z');
    expect(parsed('2026-07-02T14:30', 'Europe/London')).toBe('2026-07-02T13:30:00.000Z');
    expect(parsed('2026-12-02T14:30', 'America/New_York')).toBe('2026-12-02T19:30:00.000Z');
    expect(parsed('2026-07-02T14:30', 'America/New_York')).toBe('2026-07-02T18:30:00.000Z');
    expect(parsed('2026-12-02T14:30', 'UTC')).toBe('2026-12-02T14:30:00.000Z');
    expect(parsed('2026-12-02T14:30', 'Asia/Riyadh')).toBe('2026-12-02T11:30:00.000Z');
    expect(parsed('2026-07-02T14:30', 'Asia/Riyadh')).toBe('2026-07-02T11:30:00.000Z');
  });

  it('takes seconds, a space for the «T», and surrounding spaces', () => {
    expect(parsed('2026-12-02T14:30:45', 'Asia/Beirut')).toBe('2026-12-02T12:30:45.000Z');
    expect(parsed('2026-12-02 14:30', 'Asia/Beirut')).toBe('2026-12-02T12:30:00.000Z');
    expect(parsed(' 2026-12-02T14:30 ', 'Asia/Beirut')).toBe('2026-12-02T12:30:00.000Z');
    expect(parsed('2026-12-02T14:30:45.250', 'UTC')).toBe('2026-12-02T14:30:45.250Z');
  });

  it('reads Arabic-Indic and Persian digits as editors type them', () => {
    expect(parsed('٢٠٢٦-١٢-٠٢T١٤:٣٠', 'Asia/Beirut')).toBe('2026-12-02T12:30:00.000Z');
    expect(parsed('٢٠٢٦-١٢-٠٢ ١٤:٣٠:٠٥', 'Asia/Beirut')).toBe('2026-12-02T12:30:05.000Z');
    expect(parsed('۲۰۲۶-۱۲-۰۲ ۱۴:۳۰', 'Asia/Beirut')).toBe('2026-12-02T12:30:00.000Z');
  });

  it('takes the instant as written when the input has Z or an offset, whatever the zone', () => {
    expect(parsed('2026-12-02T14:30:00+02:00', 'America/New_York')).toBe(
      '2026-12-02T12:30:00.000Z',
    );
    expect(parsed('2026-12-02T14:30:00Z', 'Asia/Beirut')).toBe('2026-12-02T14:30:00.000Z');
    expect(parsed('2026-12-02t14:30:00z', 'Asia/Beirut')).toBe('2026-12-02T14:30:00.000Z');
    expect(parsed('2026-12-02T14:30:00-05:30', 'UTC')).toBe('2026-12-02T20:00:00.000Z');
    expect(parsed('2026-12-02T14:30+0300', 'UTC')).toBe('2026-12-02T11:30:00.000Z');
    expect(parsed('2026-12-02T14:30+03', 'UTC')).toBe('2026-12-02T11:30:00.000Z');
    expect(parsed('2026-12-02T14:30:00.5+02:00', 'UTC')).toBe('2026-12-02T12:30:00.500Z');
  });

  it('moves a time skipped by the clocks going forward on by the gap', () => {
    // Beirut: 00:00 → 01:00 on 29 March 2026.
    expect(parsed('2026-03-28T23:59', 'Asia/Beirut')).toBe('2026-03-28T21:59:00.000Z');
    expect(parsed('2026-03-29T00:00', 'Asia/Beirut')).toBe('2026-03-28T22:00:00.000Z');
    expect(parsed('2026-03-29T00:30', 'Asia/Beirut')).toBe(
      parsed('2026-03-29T01:30', 'Asia/Beirut'),
    );
    expect(parsed('2026-03-29T00:30', 'Asia/Beirut')).toBe('2026-03-28T22:30:00.000Z');
    expect(parsed('2026-03-29T01:00', 'Asia/Beirut')).toBe('2026-03-28T22:00:00.000Z');
    // London: 01:00 → 02:00; New York: 02:00 → 03:00.
    expect(parsed('2026-03-29T01:30', 'Europe/London')).toBe('2026-03-29T01:30:00.000Z');
    expect(parsed('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
  });

  it('takes the first of the two instants a time names when the clocks go back', () => {
    // Beirut: 00:00 back to 23:00 on the Saturday, so 23:00–23:59 on 24 October happens twice.
    expect(parsed('2026-10-24T22:59', 'Asia/Beirut')).toBe('2026-10-24T19:59:00.000Z');
    expect(parsed('2026-10-24T23:00', 'Asia/Beirut')).toBe('2026-10-24T20:00:00.000Z');
    expect(parsed('2026-10-24T23:30', 'Asia/Beirut')).toBe('2026-10-24T20:30:00.000Z');
    expect(parsed('2026-10-25T00:00', 'Asia/Beirut')).toBe('2026-10-24T22:00:00.000Z');
    // London: 01:00–01:59 twice; New York: 01:00–01:59 twice.
    expect(parsed('2026-10-25T01:30', 'Europe/London')).toBe('2026-10-25T00:30:00.000Z');
    expect(parsed('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
  });

  it('refuses what is not a real date and time', () => {
    for (const bad of [
      '',
      '   ',
      'tomorrow',
      '2026-12-02',
      '14:30',
      '2026-12-02T14',
      '2026-12-2T14:30',
      '26-12-02T14:30',
      '2026-13-01T10:00',
      '2026-00-10T10:00',
      '2026-02-29T10:00',
      '2026-02-30T10:00',
      '2026-04-31T10:00',
      '2026-12-00T10:00',
      '2026-12-02T24:00',
      '2026-12-02T14:60',
      '2026-12-02T14:30:60',
      '0000-01-01T00:00',
      '2026-12-02T14:30+24:00',
      '2026-12-02T14:30+02:60',
      '2026-12-02T14:30:00+2:00',
      '2026-12-02T14:30 Asia/Beirut',
      '2026-12-02T14:30\n<script>',
      '9'.repeat(100_000),
    ]) {
      expect(parseDateTimeInZone(bad, 'Asia/Beirut'), bad.slice(0, 30)).toBeNull();
    }
  });

  it('knows 29 February in leap years only', () => {
    expect(parsed('2028-02-29T10:00', 'UTC')).toBe('2028-02-29T10:00:00.000Z');
    expect(parsed('2000-02-29T10:00', 'UTC')).toBe('2000-02-29T10:00:00.000Z');
    expect(parsed('2100-02-29T10:00', 'UTC')).toBeNull();
  });

  it('refuses an unknown time zone, even for an instant with an offset', () => {
    expect(parseDateTimeInZone('2026-12-02T14:30', 'Mars/Olympus')).toBeNull();
    expect(parseDateTimeInZone('2026-12-02T14:30:00Z', 'Mars/Olympus')).toBeNull();
    expect(parseDateTimeInZone('2026-12-02T14:30', '')).toBeNull();
  });
});

describe('formatLocalDateTime', () => {
  it('writes the wall clock in the zone as a datetime-local input wants it', () => {
    const instant = new Date('2026-12-02T12:30:45Z');
    expect(formatLocalDateTime(instant, 'Asia/Beirut')).toBe('2026-12-02T14:30');
    expect(formatLocalDateTime(instant, 'Europe/London')).toBe('2026-12-02T12:30');
    expect(formatLocalDateTime(instant, 'America/New_York')).toBe('2026-12-02T07:30');
    expect(formatLocalDateTime(instant, 'UTC')).toBe('2026-12-02T12:30');
    expect(formatLocalDateTime(instant, 'Asia/Riyadh')).toBe('2026-12-02T15:30');
  });

  it('writes midnight as 00:00 and takes the day from the zone', () => {
    expect(formatLocalDateTime(new Date('2026-10-14T21:00:00Z'), 'Asia/Beirut')).toBe(
      '2026-10-15T00:00',
    );
    expect(formatLocalDateTime(new Date('2026-12-31T22:30:00Z'), 'Asia/Beirut')).toBe(
      '2027-01-01T00:30',
    );
    expect(formatLocalDateTime(new Date('2026-01-01T03:00:00Z'), 'America/New_York')).toBe(
      '2025-12-31T22:00',
    );
  });

  it('shows the hour the clocks skip as never happening, and the repeated hour twice', () => {
    expect(formatLocalDateTime(new Date('2026-03-28T21:59:00Z'), 'Asia/Beirut')).toBe(
      '2026-03-28T23:59',
    );
    expect(formatLocalDateTime(new Date('2026-03-28T22:00:00Z'), 'Asia/Beirut')).toBe(
      '2026-03-29T01:00',
    );
    expect(formatLocalDateTime(new Date('2026-10-24T20:30:00Z'), 'Asia/Beirut')).toBe(
      '2026-10-24T23:30',
    );
    expect(formatLocalDateTime(new Date('2026-10-24T21:30:00Z'), 'Asia/Beirut')).toBe(
      '2026-10-24T23:30',
    );
  });

  it('pads early years to four digits', () => {
    expect(formatLocalDateTime(new Date('0099-06-01T12:00:00Z'), 'UTC')).toBe('0099-06-01T12:00');
  });

  it('throws a RangeError rather than writing something an input cannot show', () => {
    expect(() => formatLocalDateTime(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
    expect(() => formatLocalDateTime(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => formatLocalDateTime(new Date('+010000-01-01T00:00:00Z'), 'UTC')).toThrow(
      RangeError,
    );
  });
});

describe('zoneOffsetMinutes', () => {
  it('follows Lebanon’s clock changes to the millisecond', () => {
    for (const { year, springForward, fallBack } of beirutChanges) {
      const forward = Date.parse(springForward);
      const back = Date.parse(fallBack);
      expect(zoneOffsetMinutes(new Date(forward - 1), 'Asia/Beirut'), `${year}`).toBe(120);
      expect(zoneOffsetMinutes(new Date(forward), 'Asia/Beirut'), `${year}`).toBe(180);
      expect(zoneOffsetMinutes(new Date(back - 1), 'Asia/Beirut'), `${year}`).toBe(180);
      expect(zoneOffsetMinutes(new Date(back), 'Asia/Beirut'), `${year}`).toBe(120);
      // Both at local midnight (the offset in force until then added back) of a last Sunday.
      for (const localMidnight of [forward + 2 * hourMs, back + 3 * hourMs]) {
        const day = new Date(localMidnight);
        expect(day.toISOString(), `${year}`).toMatch(/T00:00:00.000Z$/);
        expect(day.getUTCDay(), `${year}`).toBe(0);
        expect(day.getUTCDate() + 7, `${year}`).toBeGreaterThan(31);
      }
    }
  });

  it('gives minutes east of UTC in summer and winter', () => {
    const winter = new Date('2026-01-15T12:00:00Z');
    const summer = new Date('2026-07-15T12:00:00Z');
    expect([winter, summer].map((d) => zoneOffsetMinutes(d, 'Asia/Beirut'))).toEqual([120, 180]);
    expect([winter, summer].map((d) => zoneOffsetMinutes(d, 'Europe/London'))).toEqual([0, 60]);
    expect([winter, summer].map((d) => zoneOffsetMinutes(d, 'America/New_York'))).toEqual([
      -300, -240,
    ]);
    expect([winter, summer].map((d) => zoneOffsetMinutes(d, 'UTC'))).toEqual([0, 0]);
    expect([winter, summer].map((d) => zoneOffsetMinutes(d, 'Asia/Riyadh'))).toEqual([180, 180]);
  });

  it('gives local mean time before standard time, which is not whole minutes', () => {
    expect(zoneOffsetMinutes(new Date('1800-01-01T00:00:00Z'), 'Europe/London')).toBe(-1.25);
    expect(zoneOffsetMinutes(new Date('1800-01-01T00:00:00Z'), 'Asia/Beirut')).toBe(142);
  });

  it('throws a RangeError for an invalid date or an unknown zone', () => {
    expect(() => zoneOffsetMinutes(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
    expect(() => zoneOffsetMinutes(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('a time written to a form and read back', () => {
  const zones = ['Asia/Beirut', 'Europe/London', 'America/New_York', 'UTC', 'Asia/Riyadh'];

  /** The instant the form sends back for `instant`, which the form shows to the minute. */
  function roundTrip(instant: number, zone: string): { shown: string; readBack: number } {
    const shown = formatLocalDateTime(new Date(instant), zone);
    const readBack = parseDateTimeInZone(shown, zone);
    if (readBack === null) throw new Error(`${shown} in ${zone} did not read back`);
    return { shown, readBack: readBack.getTime() };
  }

  it('is the same minute, over decades of rule changes', () => {
    const step = 3 * 24 * hourMs + 7 * hourMs + 13 * minuteMs + 17_000;
    for (const zone of zones) {
      for (let instant = Date.UTC(1970, 0, 1); instant < Date.UTC(2040, 0, 1); instant += step) {
        const { shown, readBack } = roundTrip(instant, zone);
        const minute = Math.floor(instant / minuteMs) * minuteMs;
        if (readBack === minute) continue;
        // The second pass of a repeated hour shows the same time as the first, and reads back as it.
        expect(readBack, `${zone} ${shown}`).toBeLessThan(minute);
        expect(formatLocalDateTime(new Date(readBack), zone), zone).toBe(shown);
      }
    }
  });

  it('is the same minute around every 2026 clock change, but in the repeated hour', () => {
    for (const { zone, springForward, fallBack } of changes2026) {
      for (const change of [springForward, fallBack]) {
        let firstPassInstead = 0;
        const start = Date.parse(change) - 3 * hourMs;
        for (let instant = start; instant < start + 6 * hourMs; instant += minuteMs) {
          const { shown, readBack } = roundTrip(instant, zone);
          if (readBack === instant) continue;
          firstPassInstead += 1;
          expect(readBack, `${zone} ${shown}`).toBe(instant - hourMs);
        }
        expect(firstPassInstead, `${zone} ${change}`).toBe(change === fallBack ? 60 : 0);
      }
    }
  });
});
