import { geoAzimuthalEqualArea, type GeoProjection } from 'd3-geo';
import { round } from './round';

/** The SVG's user space: the overview fills it; the detail view is a window into it. */
export const MAP_WIDTH = 1000;
export const MAP_HEIGHT = 700;

export type LonLat = [number, number];
export type Point = [number, number];
/** `[x, y, width, height]` of an SVG viewBox. */
export type ViewBox = [number, number, number, number];

/**
 * The page map's projection (the share images have their own, `conicShareImageProjection` in og-map.ts):
 * an azimuthal equal-area projection centred on the Sea of Japan (132°E, 42°N). Why: it keeps areas
 * honest, it has no edge at the 180° meridian (Russia and the Aleutians are never cut in two), and the
 * visit's region sits at its centre, where the shapes are truest.
 */
export function azimuthalPageMapProjection(): GeoProjection {
  return geoAzimuthalEqualArea().rotate([-132, -42]).clipAngle(90).precision(0.2);
}

/**
 * Points the overview must show: Taiwan, the Chinese coast, Lake Baikal, Kamchatka and the open
 * Pacific east of Japan. Farther actors (the United States, Ukraine, Iran) get arrows at the edge.
 */
export const OVERVIEW_POINTS: LonLat[] = [
  [104, 22],
  [118, 20],
  [104, 52],
  [156, 57],
  [150, 30],
];

export function fitOverview(projection: GeoProjection, margin = 10): GeoProjection {
  projection.fitExtent(
    [
      [margin, margin],
      [MAP_WIDTH - margin, MAP_HEIGHT - margin],
    ],
    { type: 'MultiPoint', coordinates: OVERVIEW_POINTS },
  );
  return projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, MAP_HEIGHT],
  ]);
}

/**
 * A viewBox around `points` (projected), padded and widened to the overview's aspect ratio so the
 * SVG's box does not change shape between views.
 */
export function viewBoxAround(points: Point[], padding: number): ViewBox {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  let [x0, y0, x1, y1] = [
    Math.min(...xs) - padding,
    Math.min(...ys) - padding,
    Math.max(...xs) + padding,
    Math.max(...ys) + padding,
  ];
  const aspect = MAP_WIDTH / MAP_HEIGHT;
  if ((x1 - x0) / (y1 - y0) < aspect) {
    const grow = ((y1 - y0) * aspect - (x1 - x0)) / 2;
    [x0, x1] = [x0 - grow, x1 + grow];
  } else {
    const grow = ((x1 - x0) / aspect - (y1 - y0)) / 2;
    [y0, y1] = [y0 - grow, y1 + grow];
  }
  return [x0, y0, x1 - x0, y1 - y0].map((value) => round(value)) as ViewBox;
}

/** True when a projected point lies inside a viewBox. */
export function isInside([x, y]: Point, [vx, vy, vw, vh]: ViewBox): boolean {
  return x >= vx && x <= vx + vw && y >= vy && y <= vy + vh;
}
