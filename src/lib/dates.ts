/**
 * The one place dates and times are formatted. Content dates are ISO strings in the local calendar
 * of the place; they are read as UTC midnights and formatted in UTC, so the output never depends on
 * the build machine's time zone. Clock times are the place's wall-clock time, shown beside its UTC offset.
 */
const LOCALE = 'it-IT';

const DAY_FORMAT = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
const WEEKDAY_FORMAT = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', weekday: 'long' });
const WEEKDAY_SHORT_FORMAT = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', weekday: 'short' });
const DAY_OF_MONTH_FORMAT = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', day: 'numeric' });
const DAY_MONTH_FORMAT = new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', day: 'numeric', month: 'long' });
const CLOCK_FORMAT = new Intl.DateTimeFormat(LOCALE, {
  timeZone: 'UTC',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `YYYY-MM-DD` → epoch milliseconds of that calendar day at 00:00 UTC. */
export function isoDateToUtc(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError(`not an ISO date (YYYY-MM-DD): "${isoDate}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2023-02-30 over to 2 March: a real calendar date survives the round trip.
  if (new Date(time).toISOString().slice(0, 10) !== isoDate) throw new RangeError(`not a calendar date: "${isoDate}"`);
  return time;
}

/** "12 settembre 2023" */
export function formatDay(isoDate: string): string {
  return DAY_FORMAT.format(isoDateToUtc(isoDate));
}

/** "martedì" */
export function formatWeekday(isoDate: string): string {
  return WEEKDAY_FORMAT.format(isoDateToUtc(isoDate));
}

/** "mar" */
export function formatWeekdayShort(isoDate: string): string {
  return WEEKDAY_SHORT_FORMAT.format(isoDateToUtc(isoDate));
}

/** "12" */
export function formatDayOfMonth(isoDate: string): string {
  return DAY_OF_MONTH_FORMAT.format(isoDateToUtc(isoDate));
}

/** "12 settembre": for a list whose heading already gives the year. */
export function formatDayMonth(isoDate: string): string {
  return DAY_MONTH_FORMAT.format(isoDateToUtc(isoDate));
}

/** "25–27 luglio 2023"; a single day when both ends are the same. */
export function formatDayRange(startIso: string, endIso: string): string {
  if (startIso === endIso) return formatDay(startIso);
  return DAY_FORMAT.formatRange(isoDateToUtc(startIso), isoDateToUtc(endIso));
}

/** "UTC+10", "UTC−4" (with a true minus sign), "UTC+5:30". */
export function formatUtcOffset(offset: string): string {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  if (!match) throw new RangeError(`not a UTC offset (+HH:MM): "${offset}"`);
  const hours = String(Number(match[2]));
  const minutes = match[3] === '00' ? '' : `:${match[3]}`;
  return `UTC${match[1] === '-' ? '−' : '+'}${hours}${minutes}`;
}

/** "06:00": a wall-clock time (`H:MM` or `HH:MM`) as Italian writes it; the offset is shown apart. */
export function formatClockTime(time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  const [hours, minutes] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(hours < 24 && minutes < 60)) throw new RangeError(`not a clock time (HH:MM): "${time}"`);
  return CLOCK_FORMAT.format(Date.UTC(1970, 0, 1, hours, minutes));
}

/** The `datetime` attribute: a date, or a global date-time when the clock time and offset are known. */
export function datetimeAttribute(isoDate: string, time?: string, offset?: string): string {
  return time && offset ? `${isoDate}T${time}${offset}` : isoDate;
}
