/**
 * Thins an SVG path written by d3's geoPath (absolute `M`, `L` and `Z` commands only): drops points
 * closer than `minDistance` to the last kept point and whole rings smaller than `minRingSize`.
 * The map is drawn once at build time, so the page carries only the points a reader can see.
 */
export function simplifyPath(d: string, minDistance: number, minRingSize = 0): string {
  const rings = d.match(/M[^M]*/g) ?? [];
  return rings.map((ring) => simplifyRing(ring, minDistance, minRingSize)).join('');
}

function simplifyRing(ring: string, minDistance: number, minRingSize: number): string {
  const closed = ring.trimEnd().endsWith('Z');
  const points = ring
    .replace(/[MZ]/g, '')
    .split('L')
    .map((pair) => pair.split(',').map(Number) as [number, number])
    .filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
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
