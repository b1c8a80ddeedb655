import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  datetimeAttribute,
  formatClockTime,
  formatDay,
  formatDayMonth,
  formatDayOfMonth,
  formatDayRange,
  formatUtcOffset,
  formatWeekday,
  formatWeekdayShort,
  isoDateToUtc,
} from '../../src/lib/dates';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('formatDay(isoDate)', () => {
  it('writes the day in Italian', () => {
    expect(formatDay('2023-09-12')).toBe('12 settembre 2023');
    expect(formatDay('2022-03-02')).toBe('2 marzo 2022');
  });

  // Kiritimati is UTC+14 and Etc/GMT+12 is UTC−12: 26 hours apart, the widest gap there is.
  for (const tz of ['Pacific/Kiritimati', 'Etc/GMT+12']) {
    it(`gives the same day whatever the machine's time zone (${tz})`, async () => {
      process.env.TZ = tz;
      // A fresh copy of the module, so its formatters are made under this zone, as in a build there.
      vi.resetModules();
      const dates = await import('../../src/lib/dates');
      expect(new Date(2023, 8, 12).getTimezoneOffset()).not.toBe(0);
      expect(dates.formatDay('2023-09-12')).toBe('12 settembre 2023');
      expect(dates.formatWeekday('2023-09-12')).toBe('martedì');
      expect(dates.formatWeekdayShort('2023-09-12')).toBe('mar');
      expect(dates.formatDayOfMonth('2023-09-12')).toBe('12');
      expect(dates.formatDayRange('2023-09-12', '2023-09-17')).toBe('12–17 settembre 2023');
      expect(dates.formatClockTime('06:00')).toBe('06:00');
    });
  }
});

describe('formatDayRange(start, end)', () => {
  it('writes a range within a month once', () => {
    expect(formatDayRange('2023-07-25', '2023-07-27')).toBe('25–27 luglio 2023');
  });

  it('writes a single day when start and end are equal', () => {
    expect(formatDayRange('2023-09-12', '2023-09-12')).toBe('12 settembre 2023');
  });
});

describe('formatUtcOffset(offset)', () => {
  it('writes whole-hour offsets without minutes and a true minus sign', () => {
    expect(formatUtcOffset('+10:00')).toBe('UTC+10');
    expect(formatUtcOffset('-04:00')).toBe('UTC−4');
    expect(formatUtcOffset('+05:30')).toBe('UTC+5:30');
  });

  it('rejects a malformed offset', () => {
    expect(() => formatUtcOffset('10')).toThrow(/UTC offset/);
  });
});

describe('formatClockTime(time)', () => {
  it('writes the wall-clock time with two-digit hours, on a 24-hour clock', () => {
    expect(formatClockTime('13:00')).toBe('13:00');
    expect(formatClockTime('6:05')).toBe('06:05');
    expect(formatClockTime('0:30')).toBe('00:30');
  });

  it('refuses what is not a time of day', () => {
    expect(() => formatClockTime('24:00')).toThrow(/not a clock time/);
    expect(() => formatClockTime('12:60')).toThrow(/not a clock time/);
    expect(() => formatClockTime('noon')).toThrow(/not a clock time/);
  });
});

describe('isoDateToUtc(isoDate)', () => {
  it('rejects a date that is not on the calendar', () => {
    expect(() => isoDateToUtc('2023-02-30')).toThrow(/calendar date/);
    expect(() => isoDateToUtc('12/09/2023')).toThrow(/ISO date/);
  });

  it('accepts 29 February of a leap year', () => {
    expect(isoDateToUtc('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
  });
});

describe('datetimeAttribute(isoDate, time, offset)', () => {
  it('is a global date-time with the offset when the time is known', () => {
    expect(datetimeAttribute('2023-09-12', '06:00', '+10:00')).toBe('2023-09-12T06:00+10:00');
  });

  it('is the date alone otherwise', () => {
    expect(datetimeAttribute('2023-09-12', undefined, '+10:00')).toBe('2023-09-12');
  });
});

describe('formatWeekdayShort, formatDayOfMonth, formatDayMonth', () => {
  it('write the overview’s calendar leaf and its spoken date', () => {
    expect(formatWeekdayShort('2023-09-17')).toBe('dom');
    expect(formatDayOfMonth('2023-09-01')).toBe('1');
    expect(formatDayMonth('2023-09-13')).toBe('13 settembre');
  });
});
