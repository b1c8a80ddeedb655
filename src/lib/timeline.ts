/**
 * Orders the timeline events and groups them by period and by day. Pure: content in, plain data out.
 */

import type { z } from 'astro/zod';
import type { eventKind, source } from '../content.config';

export type EventKind = z.infer<typeof eventKind>;

/** The span of the whole train journey (content/spans.json): it splits the timeline into periods. */
export const JOURNEY_SPAN_ID = 'viaggio';
/** The span of the official visit inside the journey: its days carry a badge. */
export const OFFICIAL_VISIT_SPAN_ID = 'visita-ufficiale';

/** Where a fact comes from: the outlet as the reader sees it, and its address. */
export type Source = z.infer<typeof source>;

/** A timeline event as the collection gives it (structural; references already resolved to ids). */
export interface TimelineEventInput {
  id: string;
  date: string;
  sequence?: number;
  endDate?: string;
  time?: string;
  approximateTime?: boolean;
  dayPart?: string;
  utcOffset?: string;
  kind: EventKind;
  placeId?: string;
  actorIds: string[];
  title: string;
  text: string;
  sources: Source[];
  editorNote?: { text: string; section: string };
}

export interface Span {
  id: string;
  label: string;
  start: string;
  end: string;
}

/** A span as the collection gives it, with the sources of its dates. */
export type SourcedSpan = Span & { sources: Source[] };

export interface TimelineDay {
  date: string;
  /** Spans (ids) this day falls in, e.g. the whole journey and the official visit. */
  spanIds: string[];
  events: TimelineEventInput[];
}

export interface TimelinePeriod {
  /** 'prima' before the journey, 'viaggio' during it, 'dopo-il-viaggio' after it, 'dopo' after the article. */
  id: 'prima' | 'viaggio' | 'dopo-il-viaggio' | 'dopo';
  days: TimelineDay[];
}

/** Every event of `periods` (of the timeline or of its view model), in order. */
export function eventsOf<E>(periods: readonly { days: readonly { events: readonly E[] }[] }[]): E[] {
  return periods.flatMap((period) => period.days.flatMap((day) => day.events));
}

/** Date order, then `sequence` within a day (the order things happened). */
export function sortEvents<T extends { date: string; sequence?: number }>(events: T[]): T[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || (a.sequence ?? 0) - (b.sequence ?? 0));
}

/** Consecutive events on the same date become one day. Expects sorted events. */
export function groupByDay(events: TimelineEventInput[], spans: Span[] = []): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const event of events) {
    const last = days[days.length - 1];
    if (last && last.date === event.date) last.events.push(event);
    else days.push({ date: event.date, spanIds: spansOn(event.date, spans), events: [event] });
  }
  return days;
}

function spansOn(date: string, spans: Span[]): string[] {
  return spans.filter((span) => span.start <= date && date <= span.end).map((span) => span.id);
}

function periodOf(event: TimelineEventInput, journey: Span | undefined): TimelinePeriod['id'] {
  if (event.kind === 'dopo') return 'dopo';
  if (!journey || event.date < journey.start) return 'prima';
  return event.date <= journey.end ? 'viaggio' : 'dopo-il-viaggio';
}

/**
 * The whole timeline: events sorted, split into periods around the journey span, grouped by day.
 * Empty periods are left out.
 */
export function buildTimeline(
  events: TimelineEventInput[],
  spans: Span[],
  journeySpanId = JOURNEY_SPAN_ID,
): TimelinePeriod[] {
  const journey = spans.find((span) => span.id === journeySpanId);
  const order: TimelinePeriod['id'][] = ['prima', 'viaggio', 'dopo-il-viaggio', 'dopo'];
  const sorted = sortEvents(events);
  return order
    .map((id) => ({
      id,
      days: groupByDay(
        sorted.filter((event) => periodOf(event, journey) === id),
        spans,
      ),
    }))
    .filter((period) => period.days.length > 0);
}
