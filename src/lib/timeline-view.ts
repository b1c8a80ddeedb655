/**
 * Turns the ordered timeline into what the component prints: every date, time and place already
 * written in Italian, so the component only renders.
 */
import { datetimeAttribute, formatClockTime, formatDay, formatDayRange, formatUtcOffset, formatWeekday } from './dates';
import { label } from './labels';
import { buildOverview, formatEventCount, type OverviewDay } from './timeline-overview';
import {
  JOURNEY_SPAN_ID,
  type Source,
  type SourcedSpan,
  type Span,
  type TimelineEventInput,
  type TimelinePeriod,
} from './timeline';

export interface EventView {
  id: string;
  kind: TimelineEventInput['kind'];
  title: string;
  text: string;
  /** `datetime` attribute of the event's own `<time>`. */
  datetime: string;
  /** "13 settembre 2023" or "25–27 luglio 2023". */
  dateLabel: string;
  /** True for a multi-day event, whose range the day heading alone does not say. */
  isRange: boolean;
  /** "ore 13:00 (UTC+9)", "verso le 08:50 (UTC+10)", "pomeriggio (UTC+9)", or null. */
  timeLabel: string | null;
  place: { id: string; name: string; plotted: boolean } | null;
  actors: { id: string; name: string }[];
  sources: Source[];
  editorNote: { text: string; section: string } | null;
  /** Number of the map stop this event happened at, when it is on the map's route. */
  stopNumber: number | null;
}

export interface DayView {
  date: string;
  label: string;
  spanIds: string[];
  events: EventView[];
}

export interface PeriodView {
  id: TimelinePeriod['id'];
  title: string;
  /** "10 eventi": the closed period's summary says what it holds. */
  countLabel: string;
  /** Open in the page as built: the journey; the other periods are one tap away. */
  open: boolean;
  days: DayView[];
}

export interface SpanView extends Span {
  rangeLabel: string;
  sources: Source[];
}

export interface TimelineModel {
  periods: PeriodView[];
  spans: SpanView[];
  /** The journey's days at a glance (empty without a journey period). */
  overview: OverviewDay[];
  eventCount: number;
}

export interface TimelineLookups {
  places: Map<string, { name: string; plotted: boolean }>;
  actorNames: Map<string, string>;
  stopNumbers?: Map<string, number>;
}

function timeLabel(event: TimelineEventInput): string | null {
  const offset = event.utcOffset ? ` (${formatUtcOffset(event.utcOffset)})` : '';
  if (event.time && event.utcOffset) {
    const clock = formatClockTime(event.time);
    return `${event.approximateTime ? label('timeline.around') : label('timeline.at')} ${clock}${offset}`;
  }
  if (event.dayPart) return `${event.dayPart}${offset}`;
  return null;
}

export function buildEventView(event: TimelineEventInput, lookups: TimelineLookups): EventView {
  const place = event.placeId ? lookups.places.get(event.placeId) : undefined;
  return {
    id: event.id,
    kind: event.kind,
    title: event.title,
    text: event.text,
    datetime: datetimeAttribute(event.date, event.time, event.utcOffset),
    dateLabel: event.endDate ? formatDayRange(event.date, event.endDate) : formatDay(event.date),
    isRange: event.endDate !== undefined,
    timeLabel: timeLabel(event),
    place: event.placeId && place ? { id: event.placeId, ...place } : null,
    actors: event.actorIds.map((id) => ({ id, name: lookups.actorNames.get(id) ?? id })),
    sources: event.sources,
    editorNote: event.editorNote ?? null,
    stopNumber: lookups.stopNumbers?.get(event.id) ?? null,
  };
}

export function buildTimelineModel(
  periods: TimelinePeriod[],
  spans: SourcedSpan[],
  lookups: TimelineLookups,
): TimelineModel {
  const journey = spans.find((span) => span.id === JOURNEY_SPAN_ID);
  const views: PeriodView[] = periods.map((period) => {
    const days = period.days.map((day) => ({
      date: day.date,
      label: `${formatWeekday(day.date)} ${formatDay(day.date)}`,
      spanIds: day.spanIds,
      events: day.events.map((event) => buildEventView(event, lookups)),
    }));
    return {
      id: period.id,
      title:
        period.id === 'viaggio' && journey
          ? `${label('timeline.period.viaggio')}, ${formatDayRange(journey.start, journey.end)}`
          : label(`timeline.period.${period.id}`),
      countLabel: countEvents(days.reduce((sum, day) => sum + day.events.length, 0)),
      open: period.id === 'viaggio',
      days,
    };
  });
  return {
    spans: spans.map((span) => ({ ...span, rangeLabel: formatDayRange(span.start, span.end) })),
    periods: views,
    overview: buildOverview(views.find((period) => period.id === 'viaggio')?.days ?? []),
    eventCount: views.reduce((sum, period) => sum + period.days.reduce((days, day) => days + day.events.length, 0), 0),
  };
}

/** "1 evento", "10 eventi". */
export function countEvents(count: number): string {
  return formatEventCount(count, label('timeline.event'), label('timeline.events'));
}
