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

/** A rectangle a marker must keep clear of, in user units: `[x, y, width, height]`. */
export type Box = [number, number, number, number];

/** How far a disc of `radius` around `centre` reaches into `box` grown by `gap` (0 when clear). */
function intrusion(centre: Point, radius: number, [x, y, width, height]: Box): number {
  const dx = Math.max(x - centre[0], 0, centre[0] - (x + width));
  const dy = Math.max(y - centre[1], 0, centre[1] - (y + height));
  return Math.max(0, radius - Math.hypot(dx, dy));
}

/** How far a disc of `radius` around `centre` reaches over the segment from `a` to `b` (0 when clear). */
function overLine(centre: Point, radius: number, [a, b]: [Point, Point]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const along = Math.max(
    0,
    Math.min(1, ((centre[0] - a[0]) * dx + (centre[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)),
  );
  return Math.max(0, radius - Math.hypot(a[0] + along * dx - centre[0], a[1] + along * dy - centre[1]));
}

export interface SpreadOptions {
  /** Markers whose points lie closer than this (directly or through a chain of neighbours) form a crowd. */
  near: number;
  /** The markers' radius, and the gap each keeps from another marker and from an obstacle. */
  radius: number;
  gap: number;
  /** What the markers must keep clear of (names on the map). */
  obstacles?: Box[];
  /** Lines the markers should rather not cover (the route), when there is room elsewhere. */
  lines?: [Point, Point][];
}

/** Crowds (groups of near points), largest first, by union-find: a chain of neighbours is one crowd. */
function crowds(points: Point[], near: number): number[][] {
  const parent = points.map((_, index) => index);
  const root = (index: number): number => (parent[index] === index ? index : (parent[index] = root(parent[index]!)));
  points.forEach((point, index) =>
    points.slice(0, index).forEach((other, earlier) => {
      if (Math.hypot(other[0] - point[0], other[1] - point[1]) < near) parent[root(index)] = root(earlier);
    }),
  );
  const groups = new Map<number, number[]>();
  points.forEach((_, index) => groups.set(root(index), [...(groups.get(root(index)) ?? []), index]));
  return [...groups.values()].sort((a, b) => b.length - a.length || a[0]! - b[0]!);
}

/** True when score `a` beats `b`: compared term by term, lower first. */
function isBetter(a: number[], b: number[]): boolean {
  for (let index = 0; index < a.length; index++)
    if (Math.abs(a[index]! - b[index]!) > 1e-9) return a[index]! < b[index]!;
  return false;
}

/** Number of pairs of segments that cross. */
function crossings(lines: [Point, Point][]): number {
  return lines.reduce(
    (sum, line, index) => sum + lines.slice(index + 1).filter((other) => segmentsCross(line, other)).length,
    0,
  );
}

/**
 * Markers (numbered discs of `radius`) for points: a lone marker stays on its point; a crowd fans out
 * around its centre, with a leader line back to each point, like a newspaper's callouts. The slots are
 * `gap` apart, on a full ring just wide enough for them (and for the leaders to show) or on a fan of a
 * wider one; of the rings and turns tried (5° steps), the layout kept is the one where the markers keep
 * `gap` from every other marker and every other crowd's points and half of it from every obstacle (a
 * name's hit box has its own margin), then where the fewest leader lines cross, then where the markers
 * cover least of `lines`, then where the leaders are shortest. Each marker takes the slot on its own side
 * of the centre (the markers in angular order). Larger crowds are placed first.
 */
export function spreadMarkers(
  points: Point[],
  { near, radius, gap, obstacles = [], lines = [] }: SpreadOptions,
): Point[] {
  const result = [...points];
  const spacing = 2 * radius + gap;
  const groups = crowds(points, near);
  const fixed: Point[] = groups.filter((members) => members.length === 1).map(([member]) => points[member!]!);
  for (const members of groups.filter((group) => group.length > 1)) {
    const centre: Point = [
      members.reduce((sum, member) => sum + points[member]![0], 0) / members.length,
      members.reduce((sum, member) => sum + points[member]![1], 0) / members.length,
    ];
    // The smallest ring that holds the crowd with `gap` between neighbours and the leaders showing.
    const smallest = Math.max(spacing / 2 / Math.sin(Math.PI / members.length), radius + gap + 6);
    const angleOf = (member: number) => {
      const [dx, dy] = [points[member]![0] - centre[0], points[member]![1] - centre[1]];
      return dx === 0 && dy === 0 ? 0 : (Math.atan2(dy, dx) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
    };
    // Clockwise from the top, as the slots go; markers on one spot keep their input order.
    const ordered = [...members].sort((a, b) => angleOf(a) - angleOf(b));
    const others = points.filter((_, index) => !members.includes(index));
    const score = (placed: Point[]) => {
      const clash = placed.reduce(
        (sum, marker) =>
          sum +
          fixed.reduce(
            (s, other) => s + Math.max(0, spacing - Math.hypot(marker[0] - other[0], marker[1] - other[1])),
            0,
          ) +
          others.reduce(
            (s, other) => s + Math.max(0, radius + gap - Math.hypot(marker[0] - other[0], marker[1] - other[1])),
            0,
          ) +
          obstacles.reduce((s, box) => s + intrusion(marker, radius + gap / 2, box), 0),
        0,
      );
      const leaders = ordered.map((member, index): [Point, Point] => [points[member]!, placed[index]!]);
      const length = leaders.reduce((sum, [a, b]) => sum + Math.hypot(b[0] - a[0], b[1] - a[1]), 0);
      const cover = placed.reduce(
        (sum, marker) => sum + lines.reduce((s, line) => s + overLine(marker, radius, line), 0),
        0,
      );
      return [Math.round(clash * 10), crossings(leaders), Math.round(cover), length];
    };
    let best: { score: number[]; placed: Point[] } | null = null;
    for (const ring of [0, 8, 16, 24, 32].map((more) => smallest + more))
      for (let step = 0; step < 72; step++) {
        // Neighbours a chord of `spacing` apart: a full ring, or a fan on one side when the ring is wider.
        const apart = Math.max(2 * Math.asin(Math.min(1, spacing / 2 / ring)), 0) + 0.02;
        const turnStep = Math.min(apart, (2 * Math.PI) / members.length);
        const slots = members.map((_, slot) => {
          const angle = -Math.PI / 2 + (step * Math.PI) / 36 + turnStep * slot;
          return roundPoint([centre[0] + ring * Math.cos(angle), centre[1] + ring * Math.sin(angle)]);
        });
        for (let turn = 0; turn < members.length; turn++) {
          const placed = ordered.map((_, index) => slots[(index + turn) % members.length]!);
          const candidate = { score: score(placed), placed };
          if (!best || isBetter(candidate.score, best.score)) best = candidate;
        }
      }
    ordered.forEach((member, index) => (result[member] = best!.placed[index]!));
    fixed.push(...best!.placed);
  }
  return result;
}
