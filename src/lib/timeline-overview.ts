/**
 * The journey at a glance: one row per day of the journey, each with its key moment, the place of
 * that moment and its number on the map. Pure: the timeline model's journey days in, rows out.
 */
import { formatDayMonth, formatDayOfMonth, formatWeekday, formatWeekdayShort } from './dates';
import { OFFICIAL_VISIT_SPAN_ID } from './timeline';
import type { DayView } from './timeline-view';

export interface OverviewDay {
  date: string;
  /** "mer" and "13", drawn as a calendar leaf; `dateLabel` says it in full for assistive technology. */
  weekdayShort: string;
  dayOfMonth: string;
  /** "mercoledì 13 settembre". */
  dateLabel: string;
  /** The day falls in the official visit (a span of content/spans.json). */
  official: boolean;
  /** The event the row links to: the day's first, which opens it. */
  key: { id: string; title: string };
  /** The key event's place and its stop on the map, when it has a place. */
  place: { name: string; stopNumber: number | null } | null;
}

/** One row per day that has events, in order; a day without events is left out (nothing to link to). */
export function buildOverview(days: DayView[]): OverviewDay[] {
  return days.flatMap((day) => {
    const [key] = day.events;
    if (!key) return [];
    return [
      {
        date: day.date,
        weekdayShort: formatWeekdayShort(day.date),
        dayOfMonth: formatDayOfMonth(day.date),
        dateLabel: `${formatWeekday(day.date)} ${formatDayMonth(day.date)}`,
        official: day.spanIds.includes(OFFICIAL_VISIT_SPAN_ID),
        key: { id: key.id, title: key.title },
        place: key.place ? { name: key.place.name, stopNumber: key.stopNumber } : null,
      },
    ];
  });
}

/** "1 evento", "16 eventi". */
export function formatEventCount(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
