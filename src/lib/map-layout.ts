/** Small geometric helpers for the map's drawing: arrows to the edge, curved relations, spread markers. */
import { MAP_HEIGHT, MAP_WIDTH, type Point } from './map-projection';

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
export const roundPoint = ([x, y]: Point): Point => [round(x), round(y)];

/**
 * An arrow on the left or right edge for a place outside the frame, as a reader of a flat map looks
 * for it: west or east by longitude (the shorter way round from `centreLon`), higher for a northern
 * latitude. `latitudes` is the [south, north] range spread over the frame's height.
 */
export function edgeArrow([lon, lat]: [number, number], centreLon: number, latitudes: [number, number], inset = 30): { point: Point; angle: number } {
  const east = ((lon - centreLon + 540) % 360) - 180 > 0;
  const share = (lat - latitudes[0]) / (latitudes[1] - latitudes[0]);
  const y = Math.min(MAP_HEIGHT - inset, Math.max(inset, MAP_HEIGHT * (1 - share)));
  return { point: roundPoint([east ? MAP_WIDTH - inset : inset, y]), angle: east ? 0 : 180 };
}

/** A gentle curve from one point to another; `bend` (user units) pushes it sideways. */
export function curvePath(from: Point, to: Point, bend: number): string {
  const [mx, my] = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const length = Math.hypot(dx, dy) || 1;
  const control = roundPoint([mx - (dy / length) * bend, my + (dx / length) * bend]);
  return `M${from.join(',')}Q${control.join(',')} ${to.join(',')}`;
}

/**
 * Markers whose points lie closer than `minGap` (directly or through a chain of neighbours) are grouped and fanned out on a circle of `radius`
 * (at most; less for two) around the group's centre, in input order clockwise from the top; a lone
 * marker stays on its point.
 */
export function spreadMarkers(points: Point[], minGap: number, radius: number): Point[] {
  // Union-find: a chain of near neighbours is one group, whatever the input order.
  const parent = points.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
  points.forEach((point, index) =>
    points.slice(0, index).forEach((other, earlier) => {
      if (Math.hypot(other[0] - point[0], other[1] - point[1]) < minGap) parent[root(index)] = root(earlier);
    }),
  );
  const groupOf = points.map((_, index) => root(index));
  return points.map((point, index) => {
    const members = groupOf.map((group, member) => (group === groupOf[index] ? member : -1)).filter((member) => member >= 0);
    if (members.length === 1) return point;
    const centre: Point = [
      members.reduce((sum, member) => sum + points[member]![0], 0) / members.length,
      members.reduce((sum, member) => sum + points[member]![1], 0) / members.length,
    ];
    const angle = -Math.PI / 2 + (2 * Math.PI * members.indexOf(index)) / members.length;
    // Fewer markers need a smaller circle to stay apart, and keep closer to their place.
    const ring = radius * Math.min(1, 0.35 + 0.2 * members.length);
    return roundPoint([centre[0] + ring * Math.cos(angle), centre[1] + ring * Math.sin(angle)]);
  });
}
