import { describe, expect, it } from 'vitest';
import { buildEventView, buildTimelineModel } from '../../src/lib/timeline-view';
import type { TimelineEventInput } from '../../src/lib/timeline';

const LOOKUPS = {
  places: new Map([
    ['chasan', { name: 'Stazione di Chasan', plotted: true }],
    ['fregata', { name: 'Fregata', plotted: false }],
  ]),
  actorNames: new Map([
    ['russia', 'Russia'],
    ['corea-del-nord', 'Corea del Nord'],
  ]),
  stopNumbers: new Map([['arrivo', 3]]),
};

const ARRIVAL: TimelineEventInput = {
  id: 'arrivo',
  date: '2023-09-12',
  time: '06:00',
  utcOffset: '+10:00',
  kind: 'viaggio',
  placeId: 'chasan',
  actorIds: ['corea-del-nord', 'russia'],
  title: 'Accoglienza a Chasan',
  text: 'Picchetto d’onore.',
  sources: [{ outlet: 'Xinhua', url: 'https://www.shine.cn/news/world/2309138916/' }],
};

describe('buildEventView(event, lookups)', () => {
  it('writes date, local time and offset in Italian, with a machine-readable datetime', () => {
    const view = buildEventView(ARRIVAL, LOOKUPS);
    expect(view.dateLabel).toBe('12 settembre 2023');
    expect(view.timeLabel).toBe('ore 06:00 (UTC+10)');
    expect(view.datetime).toBe('2023-09-12T06:00+10:00');
    expect(view.isRange).toBe(false);
  });

  it('says "verso le" for an approximate time and uses the part of the day when there is no clock time', () => {
    expect(buildEventView({ ...ARRIVAL, time: '08:50', approximateTime: true }, LOOKUPS).timeLabel).toBe(
      'verso le 08:50 (UTC+10)',
    );
    expect(
      buildEventView({ ...ARRIVAL, time: undefined, dayPart: 'pomeriggio', utcOffset: '+09:00' }, LOOKUPS).timeLabel,
    ).toBe('pomeriggio (UTC+9)');
    expect(buildEventView({ ...ARRIVAL, time: undefined, utcOffset: undefined }, LOOKUPS).timeLabel).toBeNull();
  });

  it('resolves the place, the actors and the map stop', () => {
    const view = buildEventView(ARRIVAL, LOOKUPS);
    expect(view.place).toEqual({ id: 'chasan', name: 'Stazione di Chasan', plotted: true });
    expect(view.actors).toEqual([
      { id: 'corea-del-nord', name: 'Corea del Nord' },
      { id: 'russia', name: 'Russia' },
    ]);
    expect(view.stopNumber).toBe(3);
  });

  it('keeps an unverified place as text, not plotted', () => {
    expect(buildEventView({ ...ARRIVAL, id: 'bordo', placeId: 'fregata' }, LOOKUPS).place?.plotted).toBe(false);
  });

  it('writes a multi-day event as a range', () => {
    const view = buildEventView({ ...ARRIVAL, date: '2023-07-25', endDate: '2023-07-27', time: undefined }, LOOKUPS);
    expect(view.dateLabel).toBe('25–27 luglio 2023');
    expect(view.isRange).toBe(true);
  });
});

describe('buildTimelineModel(periods, spans, lookups)', () => {
  it('titles the journey with its span and labels days with the weekday', () => {
    const model = buildTimelineModel(
      [{ id: 'viaggio', days: [{ date: '2023-09-12', spanIds: ['viaggio'], events: [ARRIVAL] }] }],
      [{ id: 'viaggio', label: 'Viaggio', start: '2023-09-10', end: '2023-09-19', sources: [] }],
      LOOKUPS,
    );
    expect(model.periods[0]!.title).toBe('Il viaggio, 10–19 settembre 2023');
    expect(model.periods[0]!.days[0]!.label).toBe('martedì 12 settembre 2023');
    expect(model.spans[0]!.rangeLabel).toBe('10–19 settembre 2023');
  });

  it('opens the journey only, counts each period’s events and the whole, and lists the journey’s days at a glance', () => {
    const before: TimelineEventInput = { ...ARRIVAL, id: 'prima', date: '2022-02-24', kind: 'contesto' };
    const model = buildTimelineModel(
      [
        { id: 'prima', days: [{ date: '2022-02-24', spanIds: [], events: [before] }] },
        {
          id: 'viaggio',
          days: [{ date: '2023-09-12', spanIds: ['viaggio'], events: [ARRIVAL, { ...ARRIVAL, id: 'poi' }] }],
        },
      ],
      [{ id: 'viaggio', label: 'Viaggio', start: '2023-09-10', end: '2023-09-19', sources: [] }],
      LOOKUPS,
    );
    expect(model.periods.map((period) => [period.id, period.open, period.countLabel])).toEqual([
      ['prima', false, '1 evento'],
      ['viaggio', true, '2 eventi'],
    ]);
    expect(model.eventCount).toBe(3);
    expect(model.overview.map((day) => [day.date, day.key.id, day.places.map((place) => place.stopNumber)])).toEqual([
      ['2023-09-12', 'arrivo', [3]],
    ]);
  });
});
