import { describe, expect, it } from 'vitest';
import { buildOverview, formatEventCount } from '../../src/lib/timeline-overview';
import type { DayView, EventView } from '../../src/lib/timeline-view';

const event = (id: string, title: string, place: EventView['place'], stopNumber: number | null = null): EventView => ({
  id,
  kind: 'viaggio',
  title,
  text: '',
  datetime: '2023-09-13',
  dateLabel: '13 settembre 2023',
  isRange: false,
  timeLabel: null,
  place,
  actors: [],
  sources: [],
  editorNote: null,
  stopNumber,
});

const VOSTOCHNY = { id: 'vostochny', name: 'Cosmodromo Vostočnyj', plotted: true };

describe('buildOverview(days)', () => {
  const days: DayView[] = [
    { date: '2023-09-11', label: '', spanIds: ['viaggio'], events: [event('annuncio', 'Annuncio della visita', null)] },
    {
      date: '2023-09-13',
      label: '',
      spanIds: ['viaggio', 'visita-ufficiale'],
      events: [event('arrivo', 'Putin accoglie Kim', VOSTOCHNY, 4), event('vertice', 'Il vertice', VOSTOCHNY, 4)],
    },
    { date: '2023-09-14', label: '', spanIds: ['viaggio', 'visita-ufficiale'], events: [] },
  ];

  it('gives each day its first event as the key moment, with the place and its stop on the map', () => {
    const [, summit] = buildOverview(days);
    expect(summit).toEqual({
      date: '2023-09-13',
      weekdayShort: 'mer',
      dayOfMonth: '13',
      dateLabel: 'mercoledì 13 settembre',
      official: true,
      key: { id: 'arrivo', title: 'Putin accoglie Kim' },
      places: [{ name: 'Cosmodromo Vostočnyj', stopNumber: 4 }],
    });
  });

  it('lists every numbered stop of a day, in order and once each, and leaves out its places not on the map', () => {
    const [border, lastDay] = buildOverview([
      {
        date: '2023-09-12',
        label: '',
        spanIds: ['viaggio', 'visita-ufficiale'],
        events: [
          event('confine', 'Il treno passa il confine', { id: 'tumangang', name: 'Tumangang', plotted: true }, 2),
          event('chasan', 'Arrivo a Chasan', { id: 'chasan', name: 'Stazione di Chasan', plotted: true }, 3),
          event('di-nuovo', 'Ancora a Chasan', { id: 'chasan', name: 'Stazione di Chasan', plotted: true }, 3),
        ],
      },
      {
        date: '2023-09-17',
        label: '',
        spanIds: ['viaggio'],
        events: [
          event('universita', 'L’università', { id: 'universita', name: 'Università', plotted: false }),
          event('oceanario', 'L’oceanario', { id: 'oceanario', name: 'Oceanario', plotted: true }, 7),
        ],
      },
    ]);
    expect(border!.places).toEqual([
      { name: 'Tumangang', stopNumber: 2 },
      { name: 'Stazione di Chasan', stopNumber: 3 },
    ]);
    // The key moment stays the day's first event; its place, not on the map, gives way to the day's stop.
    expect(lastDay!.key.id).toBe('universita');
    expect(lastDay!.places).toEqual([{ name: 'Oceanario', stopNumber: 7 }]);
  });

  it('shows the key event’s place, unnumbered, on a day without a stop on the map', () => {
    const [day] = buildOverview([
      {
        date: '2023-09-16',
        label: '',
        spanIds: ['viaggio'],
        events: [event('teatro', 'Il balletto', { id: 'teatro', name: 'Teatro Mariinskij', plotted: false })],
      },
    ]);
    expect(day!.places).toEqual([{ name: 'Teatro Mariinskij', stopNumber: null }]);
  });

  it('keeps a day without a place, outside the official visit, and leaves out a day without events', () => {
    const rows = buildOverview(days);
    expect(rows.map((row) => row.date)).toEqual(['2023-09-11', '2023-09-13']);
    expect(rows[0]).toMatchObject({ weekdayShort: 'lun', official: false, places: [] });
  });
});

describe('formatEventCount(count, one, many)', () => {
  it('uses the singular for one only', () => {
    expect(formatEventCount(1, 'evento', 'eventi')).toBe('1 evento');
    expect(formatEventCount(16, 'evento', 'eventi')).toBe('16 eventi');
    expect(formatEventCount(0, 'evento', 'eventi')).toBe('0 eventi');
  });
});
