import type { Page } from 'playwright-core';

/** What the browser draws of the relations, measured on screen (CSS px). */
export interface RelationGeometry {
  /** Pairs of relation paths that run together: at least 25% of the shorter within 4 px of the other. */
  overlapping: string[];
  /** A relation path crossing the name of an actor that is neither of its ends. */
  crossings: string[];
  /** How many relation paths were measured (drawn, with a box). */
  paths: number;
}

/**
 * Samples every drawn relation path in `scope` every 2 screen px (getPointAtLength mapped through
 * getScreenCTM) and measures it against the other paths and the actors' names (their boxes).
 * A path is `[data-from][data-to]`; a name is `labelSelector` inside an element with `data-actor`.
 */
export function measureRelations(page: Page, pathSelector: string, labelSelector: string): Promise<RelationGeometry> {
  return page.evaluate(
    ([pathSelector, labelSelector]) => {
      type P = { x: number; y: number };
      const paths = [...document.querySelectorAll<SVGPathElement>(pathSelector)].filter(
        (path) =>
          path.getClientRects().length > 0 &&
          path.getBoundingClientRect().width + path.getBoundingClientRect().height > 0,
      );
      const sampled = paths.map((path) => {
        const matrix = path.getScreenCTM()!;
        const total = path.getTotalLength();
        const first = new DOMPoint(path.getPointAtLength(0).x, path.getPointAtLength(0).y).matrixTransform(matrix);
        const last = new DOMPoint(path.getPointAtLength(total).x, path.getPointAtLength(total).y).matrixTransform(
          matrix,
        );
        // Screen length is unknown before sampling: a generous count, then every point kept.
        const count = Math.max(20, Math.ceil((Math.hypot(last.x - first.x, last.y - first.y) * 2) / 2));
        const points: P[] = [];
        for (let index = 0; index <= count; index++) {
          const point = path.getPointAtLength((total * index) / count);
          const screen = new DOMPoint(point.x, point.y).matrixTransform(matrix);
          points.push({ x: screen.x, y: screen.y });
        }
        const name = path.dataset.id ?? `${path.dataset.from}→${path.dataset.to}`;
        return { name, from: path.dataset.from, to: path.dataset.to, points };
      });
      const segmentDistance = (p: P, a: P, b: P) => {
        const [dx, dy] = [b.x - a.x, b.y - a.y];
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
        return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
      };
      const near = (p: P, line: P[]) =>
        line.some((a, index) => index > 0 && segmentDistance(p, line[index - 1]!, a) <= 4);
      const length = (line: P[]) =>
        line.reduce(
          (sum, p, index) => (index ? sum + Math.hypot(p.x - line[index - 1]!.x, p.y - line[index - 1]!.y) : 0),
          0,
        );
      const overlapping: string[] = [];
      sampled.forEach((a, index) =>
        sampled.slice(index + 1).forEach((b) => {
          const [short, long] = length(a.points) <= length(b.points) ? [a, b] : [b, a];
          const shared = short.points.filter((p) => near(p, long.points)).length / short.points.length;
          if (shared >= 0.25) overlapping.push(`${a.name} / ${b.name} (${Math.round(shared * 100)}%)`);
        }),
      );
      const labels = [...document.querySelectorAll<SVGGraphicsElement>(labelSelector)]
        .filter((label) => label.getClientRects().length > 0)
        .map((label) => ({
          actor: label.closest<SVGElement>('[data-actor]')?.dataset.actor,
          box: label.getBoundingClientRect(),
        }))
        .filter(({ box }) => box.width > 0);
      const crossings: string[] = [];
      for (const relation of sampled)
        for (const { actor, box } of labels) {
          if (actor === relation.from || actor === relation.to) continue;
          if (relation.points.some((p) => p.x > box.left && p.x < box.right && p.y > box.top && p.y < box.bottom))
            crossings.push(`${relation.name} over ${actor}`);
        }
      return { overlapping, crossings, paths: sampled.length };
    },
    [pathSelector, labelSelector] as const,
  );
}
