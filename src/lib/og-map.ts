import { geoConicConformal, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Camp } from './map-terms';

/** One country of the share image's backdrop, already projected to SVG path data. */
export interface OgCountry {
  id: string;
  d: string;
}

/** The frame of every share image: the Korean peninsula, Japan and the Russian Far East, `[lon, lat]`. */
export const PACIFIC_FRAME: [number, number][] = [
  [116, 30],
  [146, 30],
  [116, 50],
  [146, 50],
];

/** The map sits right of the title column, so the peninsula is never under the text. */
const MAP_LEFT_SHARE = 0.38;

/**
 * The share images' projection (the page map has its own, `azimuthalPageMapProjection` in map-projection.ts):
 * a conic conformal projection centred on 134°E: shapes stay true from Vladivostok to Taiwan,
 * and the parallels of the Korean peninsula are nearly horizontal, as readers expect.
 */
export function conicShareImageProjection(width: number, height: number) {
  return geoConicConformal()
    .rotate([-134, 0])
    .parallels([25, 50])
    .fitExtent(
      [
        [width * MAP_LEFT_SHARE, 0],
        [width, height],
      ],
      { type: 'MultiPoint', coordinates: PACIFIC_FRAME },
    );
}

/**
 * The countries of `topology` (world-atlas shape, object `countries`) projected onto a `width`×`height`
 * box; those wholly outside the box are dropped, the rest are clipped by the image's viewBox.
 */
export function buildOgCountries(topology: Topology, width: number, height: number): OgCountry[] {
  const projection = conicShareImageProjection(width, height);
  const path = geoPath(projection).digits(1);
  const countries = feature(topology, topology.objects.countries as GeometryCollection);
  return countries.features.flatMap((country) => {
    const [[x0, y0], [x1, y1]] = path.bounds(country);
    const visible = x1 > 0 && x0 < width && y1 > 0 && y0 < height;
    const d = visible ? path(country) : null;
    return d ? [{ id: String(country.id), d }] : [];
  });
}

/** The countries drawn in the accent colour: the Moscow–Pyongyang axis, where it lies inside the frame. */
export function axisCountryIds(actors: { countryId: string; camp: Camp; offMap: boolean }[]): string[] {
  return actors.filter((actor) => actor.camp === 'asse' && !actor.offMap).map((actor) => actor.countryId);
}
