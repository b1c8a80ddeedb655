/** Small geometric helpers for the map's drawing: arrows to the edge, curved relations, spread markers. */
import { MAP_HEIGHT, MAP_WIDTH, type Point } from './map-projection';
import { roundPoint } from './round';

/**
 * An arrow on the left or right edge for a place outside the frame, as a reader of a flat map looks
 * for it: west or east by longitude (the shorter way round from `centreLon`), higher for a northern
 * latitude. `latitudes` is the [south, north] range spread over the frame's height.
 */
export function edgeArrow(
  [lon, lat]: [number, number],
  centreLon: number,
  latitudes: [number, number],
  inset = 30,
): { point: Point; angle: number } {
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

/** True when segments a and b cross or touch, other than at an end they share. */
export function segmentsCross([a1, a2]: [Point, Point], [b1, b2]: [Point, Point]): boolean {
  const same = (p: Point, q: Point) => p[0] === q[0] && p[1] === q[1];
  if (same(a1, b1) || same(a1, b2) || same(a2, b1) || same(a2, b2)) return false;
  const side = (p: Point, q: Point, r: Point) =>
    Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
  const within = (p: Point, q: Point, r: Point) =>
    Math.min(p[0], q[0]) <= r[0] &&
    r[0] <= Math.max(p[0], q[0]) &&
    Math.min(p[1], q[1]) <= r[1] &&
    r[1] <= Math.max(p[1], q[1]);
  const [d1, d2, d3, d4] = [side(b1, b2, a1), side(b1, b2, a2), side(a1, a2, b1), side(a1, a2, b2)];
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  return (
    (d1 === 0 && within(b1, b2, a1)) ||
    (d2 === 0 && within(b1, b2, a2)) ||
    (d3 === 0 && within(a1, a2, b1)) ||
    (d4 === 0 && within(a1, a2, b2))
  );
}

/**
 * Markers whose points lie closer than `minGap` (directly or through a chain of neighbours) are
 * grouped and fanned out on a circle of `radius` (at most; less for fewer markers) around the group's
 * centre, on slots clockwise from the top; a lone marker stays on its point. Each marker takes the
 * slot on its own side of the centre (the markers in angular order, turned to the shortest leader
 * lines that do not cross), so no two leader lines cross.
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
  const result = [...points];
  const groups = new Map<number, number[]>();
  points.forEach((_, index) => groups.set(root(index), [...(groups.get(root(index)) ?? []), index]));
  for (const members of groups.values()) {
    if (members.length === 1) continue;
    const centre: Point = [
      members.reduce((sum, member) => sum + points[member]![0], 0) / members.length,
      members.reduce((sum, member) => sum + points[member]![1], 0) / members.length,
    ];
    // Fewer markers need a smaller circle to stay apart, and keep closer to their place.
    const ring = radius * Math.min(1, 0.35 + 0.2 * members.length);
    const slots = members.map((_, slot) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * slot) / members.length;
      return roundPoint([centre[0] + ring * Math.cos(angle), centre[1] + ring * Math.sin(angle)]);
    });
    // Clockwise from the top, as the slots go; markers on one spot keep their input order.
    const angleOf = (member: number) => {
      const [dx, dy] = [points[member]![0] - centre[0], points[member]![1] - centre[1]];
      return dx === 0 && dy === 0 ? 0 : (Math.atan2(dy, dx) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
    };
    const ordered = [...members].sort((a, b) => angleOf(a) - angleOf(b));
    let best: { crossings: number; length: number; slots: Point[] } | null = null;
    for (let turn = 0; turn < members.length; turn++) {
      const placed = ordered.map((_, index) => slots[(index + turn) % members.length]!);
      const lines = ordered.map((member, index): [Point, Point] => [points[member]!, placed[index]!]);
      const crossings = lines.reduce(
        (sum, line, index) => sum + lines.slice(index + 1).filter((other) => segmentsCross(line, other)).length,
        0,
      );
      const length = lines.reduce((sum, [a, b]) => sum + Math.hypot(b[0] - a[0], b[1] - a[1]), 0);
      if (!best || crossings < best.crossings || (crossings === best.crossings && length < best.length - 1e-9))
        best = { crossings, length, slots: placed };
    }
    ordered.forEach((member, index) => (result[member] = best!.slots[index]!));
  }
  return result;
}
