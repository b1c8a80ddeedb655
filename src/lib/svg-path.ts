import { round } from './round';

/**
 * Thins an SVG path written by d3's geoPath (absolute `M`, `L` and `Z` commands only): drops points
 * closer than `minDistance` to the last kept point and whole rings smaller than `minRingSize`.
 * The map is drawn once at build time, so the page carries only the points a reader can see.
 */
export function simplifyPath(d: string, minDistance: number, minRingSize = 0): string {
  return parseRings(d)
    .map((ring) => simplifyRing(ring, minDistance, minRingSize))
    .join('');
}

interface Ring {
  points: [number, number][];
  closed: boolean;
}

/** The rings of an absolute `M`/`L`/`Z` path, each with its points and whether it is closed. */
function parseRings(d: string): Ring[] {
  return (d.match(/M[^M]*/g) ?? []).map((ring) => ({
    closed: ring.trimEnd().endsWith('Z'),
    points: ring
      .replace(/[MZ]/g, '')
      .split('L')
      .map((pair) => pair.split(',').map(Number) as [number, number])
      .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)),
  }));
}

function simplifyRing({ points, closed }: Ring, minDistance: number, minRingSize: number): string {
  if (points.length === 0) return '';
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  if (closed && size < minRingSize) return '';
  const kept: [number, number][] = [points[0]!];
  for (const point of points.slice(1, -1)) {
    const last = kept[kept.length - 1]!;
    if (Math.hypot(point[0] - last[0], point[1] - last[1]) >= minDistance) kept.push(point);
  }
  if (points.length > 1) kept.push(points[points.length - 1]!);
  if (closed && kept.length < 3) return '';
  return `M${kept.map(([x, y]) => `${x},${y}`).join('L')}${closed ? 'Z' : ''}`;
}

/**
 * Rewrites an absolute `M`/`L`/`Z` path with relative lines: `M204,694L191,685L194,670Z` becomes
 * `M204,694l-13-9 3-15z`. Same shape, fewer and smaller numbers (the map's SVG: 4.3 to 3.7 KB gzip).
 * Steps are rounded to `decimals` from the position already written, so rounding never drifts.
 */
export function relativePath(d: string, decimals = 2): string {
  const step = (value: number) => round(value, decimals);
  return parseRings(d)
    .map(({ points, closed }) => {
      if (points.length === 0) return '';
      let [x, y] = [step(points[0]![0]), step(points[0]![1])];
      let out = `M${x},${y}`;
      points.slice(1).forEach(([px, py], index) => {
        const [dx, dy] = [step(px - x), step(py - y)];
        [x, y] = [step(x + dx), step(y + dy)];
        // A minus sign separates numbers by itself; otherwise a comma or a space is needed.
        out += `${index === 0 ? 'l' : dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ','}${dy}`;
      });
      return closed ? `${out}z` : out;
    })
    .join('');
}
