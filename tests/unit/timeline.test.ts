import { describe, expect, it } from 'vitest';
import { buildTimeline, groupByDay, sortEvents, type TimelineEventInput } from '../../src/lib/timeline';

function event(id: string, date: string, kind: TimelineEventInput['kind'] = 'viaggio'): TimelineEventInput {
  return { id, date, kind, actorIds: ['russia'], title: id, text: 'testo di prova', sources: [] };
}

const SPANS = [
  { id: 'viaggio', label: 'Viaggio', start: '2023-09-10', end: '2023-09-19' },
  { id: 'visita-ufficiale', label: 'Visita', start: '2023-09-12', end: '2023-09-17' },
];

describe('sortEvents(events)', () => {
  it('orders by date, then by sequence within a day', () => {
    const sorted = sortEvents([
      { ...event('vertice', '2023-09-13'), sequence: 2 },
      event('voto', '2022-03-02'),
      { ...event('arrivo', '2023-09-13'), sequence: 1 },
    ]);
    expect(sorted.map((item) => item.id)).toEqual(['voto', 'arrivo', 'vertice']);
  });
});

describe('groupByDay(events, spans)', () => {
  it('puts events of the same date in one day, in order', () => {
    const days = groupByDay([event('x', '2023-09-13'), event('y', '2023-09-13'), event('z', '2023-09-15')], SPANS);
    expect(days.map((day) => [day.date, day.events.map((item) => item.id)])).toEqual([
      ['2023-09-13', ['x', 'y']],
      ['2023-09-15', ['z']],
    ]);
  });

  it('marks the spans a day falls in', () => {
    const days = groupByDay([event('a', '2023-09-10'), event('b', '2023-09-12'), event('c', '2023-09-18')], SPANS);
    expect(days.map((day) => day.spanIds)).toEqual([['viaggio'], ['viaggio', 'visita-ufficiale'], ['viaggio']]);
  });
});

describe('buildTimeline(events, spans)', () => {
  it('splits events into before, during and after the journey, and after the article', () => {
    const periods = buildTimeline(
      [
        event('dopo-articolo', '2024-06-19', 'dopo'),
        event('immagini', '2023-10-05', 'contesto'),
        event('partenza', '2023-09-10'),
        event('voto', '2022-03-02', 'contesto'),
        event('rientro', '2023-09-19'),
      ],
      SPANS,
    );
    expect(
      periods.map((period) => [period.id, period.days.flatMap((day) => day.events.map((item) => item.id))]),
    ).toEqual([
      ['prima', ['voto']],
      ['viaggio', ['partenza', 'rientro']],
      ['dopo-il-viaggio', ['immagini']],
      ['dopo', ['dopo-articolo']],
    ]);
  });

  it('leaves out empty periods', () => {
    expect(buildTimeline([event('partenza', '2023-09-10')], SPANS).map((period) => period.id)).toEqual(['viaggio']);
  });
});
