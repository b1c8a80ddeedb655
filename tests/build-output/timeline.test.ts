import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLUG } from '../helpers/article';
import { ROOT } from '../helpers/build';
import { normalise, readHtml } from '../helpers/html';

const DIST = join(ROOT, 'dist');
const page = () => readHtml(join(DIST, SLUG, 'index.html'));
const events: {
  id: string;
  date: string;
  kind: string;
  title: string;
  sources: { url: string }[];
  place?: string;
  editorNote?: object;
}[] = JSON.parse(readFileSync(join(ROOT, 'content', 'visit.json'), 'utf8'));
const places: { id: string; name: string; lonLat?: number[] }[] = JSON.parse(
  readFileSync(join(ROOT, 'content', 'places.json'), 'utf8'),
);

const rows = (html: ReturnType<typeof page>) => html.querySelectorAll('#cronologia ol.overview-days > li');

describe('the timeline in dist/', () => {
  it('is an ordered list with one item per event of content/visit.json, each with its stored id', () => {
    const items = page().querySelectorAll('visit-timeline ol.events > li');
    expect(items.map((item) => item.id).sort()).toEqual(events.map((event) => `tappa-${event.id}`).sort());
  });

  it('lists events in date order', () => {
    const dates = page()
      .querySelectorAll('visit-timeline ol.events > li')
      .map((item) => item.querySelector('time')!.getAttribute('datetime')!.slice(0, 10));
    expect(dates).toEqual([...dates].sort());
  });

  it('gives every event a heading, a <time datetime> matching its date, and its sources as links', () => {
    const html = page();
    for (const event of events) {
      const item = html.getElementById(`tappa-${event.id}`)!;
      expect(normalise(item.querySelector('h4')!.textContent)).toBe(event.title);
      expect(item.querySelector('time')!.getAttribute('datetime')!.startsWith(event.date)).toBe(true);
      const links = item.querySelectorAll('a[href^="http"]').map((link) => link.getAttribute('href'));
      for (const source of event.sources) expect(links).toContain(source.url);
    }
  });

  it('writes the Vostochny arrival with its local time and UTC offset', () => {
    const item = page().getElementById('tappa-arrivo-a-vostochny')!;
    expect(item.querySelector('time')!.getAttribute('datetime')).toBe('2023-09-13T13:00+09:00');
    expect(normalise(item.querySelector('.when')!.textContent)).toBe('ore 13:00 (UTC+9)');
  });

  it('shows the whole journey and the official visit spans', () => {
    const spans = normalise(page().querySelector('#cronologia .spans')!.textContent);
    expect(spans).toContain('10–19 settembre 2023');
    expect(spans).toContain('12–17 settembre 2023');
    const officialDays = page()
      .querySelectorAll('visit-timeline li.day[data-spans~="visita-ufficiale"] > .day-label time')
      .map((time) => time.getAttribute('datetime'));
    expect(officialDays).toEqual(['2023-09-12', '2023-09-13', '2023-09-14', '2023-09-15', '2023-09-16', '2023-09-17']);
  });

  it('names each stop on the map for sighted readers too: its place in a tooltip', () => {
    const stops = page().querySelectorAll('actor-map a.stop');
    expect(stops.length).toBeGreaterThan(5);
    for (const stop of stops) {
      const place = places.find((entry) => entry.id === stop.getAttribute('data-place'))!;
      expect(stop.querySelector('title')?.textContent, stop.id).toBe(place.name);
    }
  });

  it('keys the numbered stops under the map: the same numbers and names as the stops on it', () => {
    const html = page();
    const onMap = html
      .querySelectorAll('actor-map a.stop')
      .map((stop) => `${stop.id.replace('mappa-tappa-', '')} ${stop.querySelector('title')!.textContent}`);
    const keyed = html.querySelectorAll('actor-map ol.stop-key > li').map((item) => normalise(item.textContent));
    expect(keyed).toEqual(onMap);
  });

  it('never plots an unverified place: it says it is not on the map, for want of verified coordinates', () => {
    const unverified = new Set(places.filter((place) => !place.lonLat).map((place) => place.id));
    for (const event of events.filter((item) => item.place && unverified.has(item.place))) {
      const item = page().getElementById(`tappa-${event.id}`)!;
      expect(item.getAttribute('data-place'), event.id).toBeUndefined();
      expect(normalise(item.textContent)).toContain('(non sulla mappa: coordinate non verificate)');
    }
  });

  it('puts the events after the article under a period that says so, once', () => {
    const html = page();
    for (const event of events.filter((item) => item.kind === 'dopo')) {
      const period = html.getElementById(`tappa-${event.id}`)!.closest('details')!;
      expect(normalise(period.querySelector('summary h3')!.textContent)).toBe('Dopo l’articolo');
    }
    expect(normalise(html.querySelector('visit-timeline')!.textContent).split('Dopo l’articolo').length - 1).toBe(1);
  });

  it('makes each period a disclosure whose summary counts its events, the journey alone open', () => {
    const periods = page().querySelectorAll('visit-timeline details.period');
    const summaries = periods.map((period) => [
      normalise(period.querySelector('summary h3')!.textContent),
      normalise(period.querySelector('summary .count')!.textContent),
      period.hasAttribute('open'),
    ]);
    const count = (test: (event: (typeof events)[number]) => boolean) => events.filter(test).length;
    const journey = (event: (typeof events)[number]) => event.kind === 'viaggio';
    expect(summaries).toEqual([
      [
        'Prima del viaggio',
        `${count((event) => event.kind === 'contesto' && event.date < '2023-09-10')} eventi`,
        false,
      ],
      ['Il viaggio, 10–19 settembre 2023', `${count(journey)} eventi`, true],
      ['Dopo il viaggio', '1 evento', false],
      ['Dopo l’articolo', '1 evento', false],
    ]);
    expect(periods.reduce((sum, period) => sum + period.querySelectorAll('li[id^="tappa-"]').length, 0)).toBe(
      events.length,
    );
  });

  it('keeps place, actors and sources one tap away, the editor’s notes and the map stop in sight', () => {
    for (const event of events) {
      const item = page().getElementById(`tappa-${event.id}`)!;
      const details = item.querySelector('details.more')!;
      expect(normalise(details.querySelector('summary')!.textContent)).toBe('Fonti e dettagli');
      for (const source of event.sources)
        expect(details.querySelector(`a[href="${source.url}"]`), event.id).not.toBeNull();
      expect(details.querySelector('.editor-note, .stop-ref'), event.id).toBeNull();
      expect(item.querySelectorAll('.editor-note').length, event.id).toBe(event.editorNote ? 1 : 0);
    }
  });

  it('shows the journey day by day where the article places the timeline: each day its first event, its place and stop, linked', () => {
    const html = page();
    const rows = html.querySelectorAll('#cronologia ol.overview-days > li');
    const journeyDays = [
      ...new Set(events.filter((event) => event.kind === 'viaggio').map((event) => event.date)),
    ].sort();
    expect(rows.map((row) => row.querySelector('time')!.getAttribute('datetime'))).toEqual(journeyDays);
    const summit = rows.find((row) => row.querySelector('time')!.getAttribute('datetime') === '2023-09-13')!;
    expect(summit.querySelector('a')!.getAttribute('href')).toBe('#tappa-arrivo-a-vostochny');
    expect(normalise(summit.querySelector('a .sr-only')!.textContent)).toBe('mercoledì 13 settembre');
    expect(normalise(summit.querySelector('.moment')!.textContent)).toBe(
      events.find((event) => event.id === 'arrivo-a-vostochny')!.title,
    );
    // The same number the map gives the stop at Vostočnyj.
    const stop = html.querySelector('actor-map a.stop[data-place="vostochny"]')!.id.replace('mappa-tappa-', '');
    expect(normalise(summit.querySelector('.where')!.textContent)).toBe(`Tappa ${stop} Cosmodromo Vostočnyj`);
    for (const row of rows)
      expect(
        html.getElementById(row.querySelector('a')!.getAttribute('href')!.slice(1)),
        row.toString(),
      ).not.toBeNull();
  });

  it('names every numbered stop of the map in the journey day by day, exactly once each, in order and with the map’s name', () => {
    const html = page();
    // The map's stops: "Tappa 3: Stazione di Chasan (Khasan)".
    const onMap = html
      .querySelectorAll('actor-map a.stop')
      .map((stop) => normalise(stop.getAttribute('aria-label')!).replace(/^Tappa (\d+): /, '$1 '));
    expect(onMap.length).toBeGreaterThan(5);
    // Each number with the place beside it (the number's parent), whatever else the row shows.
    const inOverview = html
      .querySelectorAll('#cronologia ol.overview-days .stop-number')
      .map((number) => normalise(number.parentNode!.textContent).replace(/^Tappa /, ''));
    expect(inOverview).toEqual(onMap);
    // The day the train crossed the border: both its stops, the crossing and Chasan.
    const border = rows(html).find((row) => row.querySelector('time')!.getAttribute('datetime') === '2023-09-12')!;
    expect(border.querySelectorAll('.stop-number').map((number) => normalise(number.textContent))).toEqual([
      'Tappa 2',
      'Tappa 3',
    ]);
  });

  it('has a row for every day of the journey, 10 to 19 September 2023: the travel day of the 14th too, with no stop', () => {
    const html = page();
    const rows = html.querySelectorAll('#cronologia ol.overview-days > li');
    expect(rows.map((row) => row.querySelector('time')!.getAttribute('datetime'))).toEqual([
      '2023-09-10',
      '2023-09-11',
      '2023-09-12',
      '2023-09-13',
      '2023-09-14',
      '2023-09-15',
      '2023-09-16',
      '2023-09-17',
      '2023-09-18',
      '2023-09-19',
    ]);
    const travelDay = rows[4]!;
    expect(travelDay.querySelector('a')!.getAttribute('href')).toBe('#tappa-in-treno-verso-komsomolsk');
    expect(normalise(travelDay.querySelector('a .sr-only')!.textContent)).toBe('giovedì 14 settembre');
    expect(travelDay.querySelector('.stop-number')).toBeNull();
    // In the chronology: not on the map, and the source whose caution the text keeps.
    const event = html.getElementById('tappa-in-treno-verso-komsomolsk')!;
    expect(event.getAttribute('data-place')).toBeUndefined();
    expect(event.querySelector('.stop-ref')).toBeNull();
    expect(normalise(event.querySelector('.text')!.textContent)).toContain('secondo Yonhap, Kim sembra');
    expect(event.querySelector('a[href="https://koreaherald.com/view.php?ud=20230914000807"]')).not.toBeNull();
  });

  it('links each editor’s note to the passage it is about, leaving the article’s words as written', () => {
    const note = page().querySelector('#tappa-voto-onu-es-11-1 .editor-note')!;
    expect(note.querySelector('a')!.getAttribute('href')).toBe('#la-corea-del-nord-dallinizio-della-guerra-in-ucraina');
    expect(normalise(page().querySelector('.prose')!.textContent)).toContain('nel febbraio 2022');
  });
});
