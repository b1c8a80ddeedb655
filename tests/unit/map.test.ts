import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { buildMapModel, simplifyTopology, type MapActorInput, type MapRelationInput } from '../../src/lib/map';
import { MAP_HEIGHT, MAP_WIDTH, isInside, viewBoxAround } from '../../src/lib/map-projection';
import type { Camp } from '../../src/lib/map-terms';
import type { Stop } from '../../src/lib/stops';

const require = createRequire(import.meta.url);
const atlas = (name: string) =>
  JSON.parse(readFileSync(require.resolve(`world-atlas/${name}.json`), 'utf8')) as Topology;

// Literal inputs: the real world-atlas (fit, ids and coasts are what is tested), our own actors, stops
// and relations. What today's content draws is checked on dist/ (tests/build-output/figures.test.ts).
const actor = (id: string, countryId: string, camp: Camp, lonLat: [number, number], offMap = false): MapActorInput => ({
  id,
  name: id,
  countryId,
  camp,
  offMap,
  capital: { name: id, lonLat },
});
const actors = [
  actor('corea-del-nord', '408', 'asse', [125.76, 39.04]),
  actor('russia', '643', 'asse', [37.62, 55.76]),
  actor('cina', '156', 'equilibrio', [116.41, 39.9]),
  actor('stati-uniti', '840', 'occidente', [-77.04, 38.91]),
  actor('giappone', '392', 'occidente', [139.65, 35.68]),
  actor('corea-del-sud', '410', 'occidente', [126.98, 37.57]),
  actor('taiwan', '158', 'occidente', [121.57, 25.03]),
  actor('ucraina', '804', 'occidente', [30.52, 50.45], true),
  actor('iran', '364', 'asse', [51.39, 35.69], true),
];
const relation = (id: string, from: string, to: string): MapRelationInput => ({
  id,
  from,
  to,
  kind: 'sostegno',
  label: id,
});
// One between two actors off the frame (the United States and Ukraine), one into the frame from off it.
const relations = [
  relation('munizioni', 'corea-del-nord', 'russia'),
  relation('veto', 'cina', 'corea-del-nord'),
  relation('droni', 'iran', 'russia'),
  relation('kyiv', 'stati-uniti', 'ucraina'),
];
const stop = (number: number, placeId: string, lonLat: [number, number]): Stop => ({
  number,
  placeId,
  name: placeId,
  lonLat,
  eventIds: [`evento-${number}`],
});
// Two stops a few kilometres apart (a border crossing and the station beyond it) must fan out.
const stops = [
  stop(1, 'pyongyang', [125.76, 39.04]),
  stop(2, 'tumangang', [130.6, 42.42]),
  stop(3, 'chasan', [130.65, 42.43]),
  stop(4, 'vostochny', [128.34, 51.89]),
  stop(5, 'komsomolsk', [137.07, 50.6]),
  stop(6, 'knevichi', [132.15, 43.4]),
];
const model = buildMapModel(atlas('countries-110m'), actors, relations, stops, atlas('countries-50m'));

/** The absolute points of a path of `M` (absolute) and `l` (relative) commands, as the map writes them. */
function points(d: string): [number, number][] {
  const result: [number, number][] = [];
  for (const [, command, args] of d.matchAll(/([MLl])([^MLlZz]*)/g)) {
    const numbers = (args!.match(/-?[\d.]+/g) ?? []).map(Number);
    for (let index = 0; index + 1 < numbers.length; index += 2) {
      const last = result[result.length - 1];
      const relative = command === 'l' && last;
      result.push(
        relative ? [last[0] + numbers[index]!, last[1] + numbers[index + 1]!] : [numbers[index]!, numbers[index + 1]!],
      );
    }
  }
  return result;
}

const onFrameEdge = ([x1, y1]: [number, number], [x2, y2]: [number, number]) =>
  (x1 === x2 && (x1 <= 0 || x1 >= MAP_WIDTH)) || (y1 === y2 && (y1 <= 0 || y1 >= MAP_HEIGHT));

/** The longest straight segment within any ring of a path, not counting the frame's own edges. */
function longestInnerSegment(d: string): number {
  let longest = 0;
  for (const ring of d.match(/M[^M]*/g) ?? []) {
    const ringPoints = points(ring);
    ringPoints.slice(1).forEach((point, index) => {
      const previous = ringPoints[index]!;
      if (!onFrameEdge(previous, point))
        longest = Math.max(longest, Math.hypot(point[0] - previous[0], point[1] - previous[1]));
    });
  }
  return longest;
}

describe('buildMapModel(topologies, actors, relations, stops)', () => {
  it('fits the Far East in the overview: the capitals of the Pacific actors are inside the frame', () => {
    for (const id of ['corea-del-nord', 'corea-del-sud', 'cina', 'giappone', 'taiwan']) {
      const actor = model.actors.find((candidate) => candidate.id === id)!;
      expect(actor.capital, id).not.toBeNull();
      expect(isInside(actor.capital!, model.views.overview), id).toBe(true);
    }
  });

  it('frames every stop, and every stop badge, in the detail view', () => {
    expect(model.stops.map((stop) => stop.placeId)).toEqual(stops.map((stop) => stop.placeId));
    for (const stop of model.stops) {
      expect(isInside(stop.point, model.views.detail), stop.placeId).toBe(true);
      expect(isInside(stop.badge, model.views.detail), `badge ${stop.number}`).toBe(true);
    }
  });

  it('keeps the detail view inside the overview and in the same aspect ratio', () => {
    const [x, y, width, height] = model.views.detail;
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(MAP_WIDTH);
    expect(y + height).toBeLessThanOrEqual(MAP_HEIGHT);
    expect(width / height).toBeCloseTo(MAP_WIDTH / MAP_HEIGHT, 2);
  });

  it('never cuts Russia or the United States at the 180° meridian: no edge jumps across the frame', () => {
    for (const id of ['russia', 'stati-uniti', 'cina', 'giappone']) {
      const country = model.countries.find((candidate) => candidate.actorId === id);
      if (!country) continue;
      // A country cut at the antimeridian shows a straight edge across the map where the cut is.
      expect(longestInnerSegment(country.d), id).toBeLessThan(MAP_WIDTH / 10);
    }
    expect(model.countries.find((country) => country.actorId === 'russia')!.d.length).toBeGreaterThan(500);
  });

  it('clips every path to the frame', () => {
    const all = [model.land, ...model.countries.map((country) => country.d), model.borders];
    for (const [x, y] of all.flatMap(points)) {
      expect(x).toBeGreaterThanOrEqual(-1);
      expect(x).toBeLessThanOrEqual(MAP_WIDTH + 1);
      expect(y).toBeGreaterThanOrEqual(-1);
      expect(y).toBeLessThanOrEqual(MAP_HEIGHT + 1);
    }
  });

  it('leaves out countries outside the frame (Ukraine, Iran) and keeps only the land around', () => {
    expect(model.countries.map((country) => country.actorId).sort()).toEqual(
      // The United States' land (Alaska) is outside the frame too: no empty path for it.
      ['cina', 'corea-del-nord', 'corea-del-sud', 'giappone', 'russia', 'taiwan'].sort(),
    );
  });

  it('rounds coordinates of the geometry to whole user units', () => {
    expect(`${model.land}${model.borders}`).not.toMatch(/\d\.\d/);
  });

  it('keeps the drawn geometry small: all paths together under 5 KB gzip', () => {
    const paths = [model.land, model.borders, ...model.countries.map((country) => country.d), model.route].join('');
    expect(gzipSync(paths, { level: 9 }).length).toBeLessThan(5 * 1024);
    const detail = model.detailGeometry!;
    const detailPaths = [detail.land, detail.borders, ...detail.countries.map((country) => country.d)].join('');
    expect(gzipSync(detailPaths, { level: 9 }).length).toBeLessThan(4 * 1024);
  });

  it('points to Ukraine and Iran from the western edge and to the United States from the eastern edge', () => {
    const byId = new Map(model.actors.map((actor) => [actor.id, actor]));
    expect(byId.get('ucraina')!.offMap!.point[0]).toBeLessThan(MAP_WIDTH / 10);
    expect(byId.get('iran')!.offMap!.point[0]).toBeLessThan(MAP_WIDTH / 10);
    expect(byId.get('ucraina')!.offMap!.point[1]).toBeLessThan(byId.get('iran')!.offMap!.point[1]);
    expect(byId.get('stati-uniti')!.offMap!.point[0]).toBeGreaterThan((MAP_WIDTH * 9) / 10);
    expect(byId.get('russia')!.offMap).toBeNull();
  });

  it('draws every relation in the diagram, those between two actors off the frame too', () => {
    expect(model.diagram.arrows.map((arrow) => arrow.id).sort()).toEqual(['droni', 'kyiv', 'munizioni', 'veto']);
  });

  it('draws the detail view from finer coasts than the overview, clipped to its frame', () => {
    const [x, y, width, height] = model.views.detail;
    const inside = (d: string) =>
      points(d).filter(([px, py]) => px >= x && px <= x + width && py >= y && py <= y + height);
    const russia = (geometry: typeof model) => geometry.countries.find((country) => country.actorId === 'russia')!.d;
    // Primorye's coast in the frame: several times the points of the 110m outline.
    expect(inside(russia(model.detailGeometry as typeof model)).length).toBeGreaterThan(
      3 * inside(russia(model)).length,
    );
    for (const [px, py] of points(model.detailGeometry!.land)) {
      expect(px).toBeGreaterThanOrEqual(x - 2.5);
      expect(px).toBeLessThanOrEqual(x + width + 2.5);
      expect(py).toBeGreaterThanOrEqual(y - 2.5);
      expect(py).toBeLessThanOrEqual(y + height + 2.5);
    }
  });

  it('joins the stops with a route through their points only', () => {
    expect(points(model.route)).toEqual(model.stops.map((stop) => stop.point));
  });
});

describe('viewBoxAround(points, padding)', () => {
  it('pads the points and widens the box to the map’s aspect ratio', () => {
    expect(
      viewBoxAround(
        [
          [100, 100],
          [110, 200],
        ],
        10,
      ),
    ).toEqual([19.3, 90, 171.4, 120]);
  });
});

describe('simplifyTopology(topology)', () => {
  it('thins the arcs of the topology itself, so a border two countries share stays one line', () => {
    const fine = atlas('countries-50m');
    const thin = simplifyTopology(fine);
    const count = (topology: Topology) => topology.arcs.reduce((sum, arc) => sum + arc.length, 0);
    expect(count(thin)).toBeLessThan(count(fine) / 2);
    const arcsOf = (topology: Topology, id: string) => {
      const geometry = (
        topology.objects.countries as unknown as { geometries: { id: string; arcs: unknown }[] }
      ).geometries.find((candidate) => candidate.id === id)!;
      return new Set(
        (JSON.stringify(geometry.arcs).match(/-?\d+/g) ?? []).map((index) =>
          Number(index) < 0 ? ~Number(index) : Number(index),
        ),
      );
    };
    // North Korea (408) and China (156) still draw their border from one and the same arc.
    const shared = [...arcsOf(thin, '408')].filter((arc) => arcsOf(thin, '156').has(arc));
    expect(shared.length).toBeGreaterThan(0);
    expect(thin.arcs[shared[0]!]!.length).toBeGreaterThan(1);
  });
});
