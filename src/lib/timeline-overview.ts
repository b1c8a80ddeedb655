/**
 * The journey at a glance: one row per day of the journey, each with its key moment and the day's
 * numbered stops on the map (so that a reader following the map's numbers finds every one). Pure: the
 * timeline model's journey days in, rows out.
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
  /**
   * Every numbered stop of the day, in order, each once; a day without one shows its key event's place,
   * unnumbered; none when that event has no place either.
   */
  places: OverviewPlace[];
}

export interface OverviewPlace {
  name: string;
  stopNumber: number | null;
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
        places: placesOfDay(day),
      },
    ];
  });
}

function placesOfDay(day: DayView): OverviewPlace[] {
  const stops = new Map<number, string>();
  for (const { place, stopNumber } of day.events)
    if (place && stopNumber !== null && !stops.has(stopNumber)) stops.set(stopNumber, place.name);
  if (stops.size > 0) return [...stops].map(([stopNumber, name]) => ({ name, stopNumber }));
  const place = day.events[0]?.place;
  return place ? [{ name: place.name, stopNumber: null }] : [];
}

/** "1 evento", "16 eventi". */
export function formatEventCount(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
