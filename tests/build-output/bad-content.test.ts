import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SLUG } from '../helpers/article';
import { ROOT, runAstroBuild } from '../helpers/build';
import { makeFixtureProject } from '../helpers/fixture';
import { readHtml } from '../helpers/html';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((remove) => remove()));

type Entry = Record<string, any>;

/** Builds a copy of the project whose data file `file` has its entries changed by `edit`. */
async function buildWithEdited(file: string, edit: (entries: Entry[]) => void) {
  const entries = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Entry[];
  edit(entries);
  const fixture = makeFixtureProject({ [file]: JSON.stringify(entries, null, 2) });
  cleanups.push(fixture.remove);
  return runAstroBuild(fixture.root);
}

const buildWithFirstEvent = (edit: (event: Entry, all: Entry[]) => void) =>
  buildWithEdited('content/visit.json', (events) => edit(events[0]!, events));
const byId = (entries: Entry[], id: string) => entries.find((entry) => entry.id === id)!;

describe('bad timeline data fails the build, naming file, entry and field', () => {
  it('an unknown place reference', async () => {
    const result = await buildWithFirstEvent((event) => (event.place = 'atlantide'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/visit.json › invasione-ucraina › place: no place "atlantide"');
  });

  it('an unknown actor reference', async () => {
    const result = await buildWithFirstEvent((event) => (event.actors = ['russia', 'narnia']));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/visit.json › invasione-ucraina › actors[1]: no actor "narnia"');
  });

  it('a date that is not on the calendar', async () => {
    const result = await buildWithFirstEvent((event) => (event.date = '2022-02-30'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('visit → invasione-ucraina');
    expect(result.output).toMatch(/date: Invalid ISO date/i);
    expect(result.output).toContain('content/visit.json');
  });

  it('an event without a source', async () => {
    const result = await buildWithFirstEvent((event) => (event.sources = []));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('visit → invasione-ucraina');
    expect(result.output).toMatch(/sources: Too small/);
  });

  it('a clock time without its UTC offset', async () => {
    const result = await buildWithEdited(
      'content/visit.json',
      (events) => delete byId(events, 'arrivo-a-chasan').utcOffset,
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/visit.json');
    expect(result.output).toMatch(/arrivo-a-chasan[\s\S]*utcOffset[^\n]*a clock time needs the place’s UTC offset/);
  });

  it('a source address that is not http(s)', async () => {
    const result = await buildWithEdited(
      'content/visit.json',
      (events) => (byId(events, 'oceanario').sources[0].url = 'javascript:alert(1)'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/oceanario[\s\S]*sources\.0\.url[^\n]*must be an http\(s\) address/);
  });

  it('a span the timeline needs, renamed', async () => {
    const result = await buildWithEdited('content/spans.json', (spans) => (byId(spans, 'viaggio').id = 'treno'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/spans.json: no span "viaggio" (the timeline needs it)');
  });

  it('a duplicate id', async () => {
    const result = await buildWithFirstEvent((event, all) => (event.id = all[1]!.id));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('voto-onu-es-11-1');
    expect(result.output).toContain('content/visit.json');
    expect(result.output).toMatch(/duplicate|more than one/i);
  });
});

describe('bad map data fails the build, naming file, entry and field', () => {
  it('an actor whose country id is not in world-atlas', async () => {
    const result = await buildWithEdited(
      'content/actors.json',
      (actors) => (byId(actors, 'giappone').countryId = '999'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/actors.json › giappone › countryId: no country "999" in world-atlas');
  });

  it('a relation to an unknown actor', async () => {
    const result = await buildWithEdited(
      'content/relations.json',
      (relations) => (byId(relations, 'droni-iraniani').to = 'rusia'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/relations.json › droni-iraniani › to: no actor "rusia"');
  });

  it('a reference to a section the article does not have', async () => {
    const result = await buildWithEdited('content/actors.json', (actors) =>
      byId(actors, 'taiwan').sections.push('epilogo'),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/actors.json › taiwan › sections[1]: no section "epilogo"');
  });

  it('coordinates out of range', async () => {
    const result = await buildWithEdited(
      'content/places.json',
      (places) => (byId(places, 'vostochny').lonLat = [128.334, 151.884]),
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('places → vostochny');
    expect(result.output).toMatch(/lonLat\.1: Too big: expected number to be <=90/);
    expect(result.output).toContain('content/places.json');
  });

  it('a duplicate actor id', async () => {
    const result = await buildWithEdited('content/actors.json', (actors) => (byId(actors, 'taiwan').id = 'cina'));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/actors.json');
    expect(result.output).toMatch(/"cina"[^\n]*(duplicate|more than one)|(duplicate|more than one)[^\n]*cina/i);
  });
});

describe('a card or an arrow whose text rests on nothing fails the build, naming file, entry and field', () => {
  it('an actor with neither sources nor a section', async () => {
    const result = await buildWithEdited('content/actors.json', (actors) => {
      delete byId(actors, 'taiwan').section;
      delete byId(actors, 'taiwan').sources;
    });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/actors.json');
    expect(result.output).toMatch(
      /taiwan[\s\S]*sources[^\n]*needs its basis: sources, or the section of the article it paraphrases/,
    );
  });

  it('a relation with neither sources nor a section', async () => {
    const result = await buildWithEdited(
      'content/relations.json',
      (relations) => delete byId(relations, 'tensioni-stretto').section,
    );
    expect(result.code).not.toBe(0);
    expect(result.output).toContain('content/relations.json');
    expect(result.output).toMatch(
      /tensioni-stretto[\s\S]*sources[^\n]*needs its basis: sources, or the section of the article it paraphrases/,
    );
  });
});

describe('a bad entry of the updates log fails the build, naming file, entry and field', () => {
  it('a fragment that names nothing on the article page', async () => {
    const update = {
      id: 'svista',
      date: '2026-12-01',
      kind: 'correzione',
      article: SLUG,
      text: 'Corretta una svista.',
      fragment: 'attore-atlantide',
    };
    const fixture = makeFixtureProject({ 'content/updates.json': JSON.stringify([update]) });
    cleanups.push(fixture.remove);
    const result = await runAstroBuild(fixture.root);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      `content/updates.json › svista › fragment: no element "attore-atlantide" on the page of ${SLUG}`,
    );
  });
});

describe('a failed build leaves the last good dist/ as it was', () => {
  it('after a broken reference and after a JSON syntax error, both named, with no stale data used', async () => {
    const fixture = makeFixtureProject();
    cleanups.push(fixture.remove);
    const visit = join(fixture.root, 'content/visit.json');
    const page = join(fixture.root, 'dist', SLUG, 'index.html');
    expect((await runAstroBuild(fixture.root)).code).toBe(0);
    const good = readFileSync(page, 'utf8');

    const events = JSON.parse(readFileSync(visit, 'utf8')) as Entry[];
    byId(events, 'oceanario').place = 'atlantide';
    writeFileSync(visit, JSON.stringify(events, null, 2));
    const broken = await runAstroBuild(fixture.root);
    expect(broken.code).not.toBe(0);
    expect(broken.output).toContain('content/visit.json › oceanario › place: no place "atlantide"');
    expect(readFileSync(page, 'utf8')).toBe(good);
    expect(existsSync(join(fixture.root, 'dist/.prerender'))).toBe(false);

    // A trailing comma after an edited title: Astro alone would log it and build from its cache.
    byId(events, 'oceanario').place = 'oceanario';
    byId(events, 'oceanario').title = 'Titolo modificato';
    writeFileSync(visit, JSON.stringify(events, null, 2).replace(/\n]$/, ',\n]'));
    const unparsable = await runAstroBuild(fixture.root);
    expect(unparsable.code).not.toBe(0);
    expect(unparsable.output).toMatch(/content\/visit\.json:\d+:\d+: invalid JSON/);
    expect(readFileSync(page, 'utf8')).toBe(good);
  });
});

describe('the timeline does not depend on the build machine’s time zone', () => {
  it('renders the same dates and times built at UTC+14 and at UTC−12', async () => {
    const fixture = makeFixtureProject();
    cleanups.push(fixture.remove);
    const timelineHtml = async (tz: string) => {
      const result = await runAstroBuild(fixture.root, { TZ: tz });
      expect(result.code, result.output).toBe(0);
      return readHtml(join(fixture.root, 'dist', SLUG, 'index.html')).querySelector('visit-timeline')!.outerHTML;
    };
    const east = await timelineHtml('Pacific/Kiritimati');
    const west = await timelineHtml('Etc/GMT+12');
    expect(east).toContain('martedì 12 settembre 2023');
    expect(east).toBe(west);
  });
});
