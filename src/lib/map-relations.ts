/**
 * The "Rapporti" view: a schematic diagram of who gives what to whom. Actors are nodes placed
 * roughly where they are on the map but spread for room; each relation is one curved arrow with a
 * numbered badge keyed to the list beside the diagram. The two directions of a pair bend to opposite
 * sides, parallel relations of one direction fan out, and every badge is placed clear of the others
 * and of the names. Pure geometry at build time: the page gets path strings and points.
 */
import type { Point } from './map-projection';
import { round, roundPoint } from './round';

/** The diagram's user space, sized for a phone: at 288 px across a unit is 0.72 CSS px. */
export const DIAGRAM = {
  width: 400,
  height: 420,
  /** Radius of an actor's marker. */
  node: 7,
  /** Radius of a relation's numbered badge (the number is drawn at 17 units: 12 px on a 320 px screen). */
  badge: 12.5,
  /**
   * Pointer targets, 24 px or more on the narrowest diagram (276 px across: a 320 px screen less
   * Firefox's classic 12 px scrollbar, 0.69 px a unit): the radius of a badge's invisible hit disc,
   * and the height of a name's hit box. No two targets overlap.
   */
  target: 17.5,
  nameTarget: 36,
  /** Font size of the names. */
  name: 15,
  /** Sideways push of a relation's curve (its control point), and the step between parallel ones. */
  bend: 26,
  bendStep: 40,
  /** Clear space between a node's marker and the ends of its arrows. */
  gap: 4,
} as const;

export interface NodePlacement {
  /** Position in the diagram's user space. */
  at: Point;
  /** Where the name sits from the node, in units of the name's font size. */
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
}

/**
 * Hand-placed for room: Russia north, Ukraine and Iran to the west beyond it, China west of the
 * peninsula, Japan east, Taiwan south, the United States across the Pacific to the north-east, so
 * that their arrow to Ukraine can arc over the top. An actor missing here gets a place from its map
 * position (`defaultPlacement`).
 */
export const DIAGRAM_NODES: Record<string, NodePlacement> = {
  ucraina: { at: [30, 72], dx: -0.3, dy: 1.45, anchor: 'start' },
  'stati-uniti': { at: [370, 72], dx: -0.6, dy: 0.35, anchor: 'end' },
  russia: { at: [290, 110], dx: 0, dy: -0.75, anchor: 'middle' },
  iran: { at: [30, 160], dx: -0.3, dy: 1.45, anchor: 'start' },
  'corea-del-nord': { at: [214, 246], dx: -0.6, dy: -0.55, anchor: 'end' },
  cina: { at: [84, 322], dx: -0.15, dy: 1.45, anchor: 'middle' },
  giappone: { at: [380, 300], dx: 0.3, dy: 1.45, anchor: 'end' },
  'corea-del-sud': { at: [270, 372], dx: -0.3, dy: 1.45, anchor: 'start' },
  taiwan: { at: [150, 396], dx: 0.75, dy: 0.35, anchor: 'start' },
};

/**
 * Relations whose curve is set by hand (user units, positive to the left of the direction of
 * travel). The United States' support for Ukraine crosses the whole region: it arcs over the top.
 * China's two arrows to North Korea are short: they fan out wider than two parallel arrows do,
 * so that their badges' hit discs fit side by side between the two names.
 */
export const DIAGRAM_BENDS: Record<string, number> = {
  'sostegno-a-kyiv': -96,
  'paese-ostile': 50,
  'veto-cinese': -30,
  'peso-economico-cinese': 30,
};

export interface DiagramActorInput {
  id: string;
  name: string;
  /** Where the actor is on the overview map, in the map's user space. */
  mapPoint: Point;
}

export interface DiagramRelationInput {
  id: string;
  from: string;
  to: string;
  kind: string;
  label: string;
}

export interface DiagramNode {
  id: string;
  name: string;
  point: Point;
  /** The name's baseline point and anchor. */
  label: { point: Point; anchor: NodePlacement['anchor'] };
  /** The name's box (estimated from its length), `[x, y, width, height]`. */
  box: [number, number, number, number];
  /** The name's pointer target: its box, widened a little and at least `DIAGRAM.nameTarget` tall. */
  hit: [number, number, number, number];
}

export interface DiagramArrow {
  id: string;
  from: string;
  to: string;
  kind: string;
  label: string;
  /** 1, 2, … in reading order of the badges (top to bottom): the number on the badge and in the list. */
  number: number;
  d: string;
  badge: Point;
}

export interface Diagram {
  width: number;
  height: number;
  /** Radius of a badge's disc, and of its invisible hit disc. */
  badge: number;
  target: number;
  nodes: DiagramNode[];
  arrows: DiagramArrow[];
}

/** Average advance of a bold sans-serif letter, in em, with a little to spare. */
const LETTER = 0.68;

/** A node's place from its map position, scaled from the map's frame into the diagram's. */
export function defaultPlacement(mapPoint: Point, mapSize: [number, number]): NodePlacement {
  const inset = 40;
  const x = inset + (mapPoint[0] / mapSize[0]) * (DIAGRAM.width - 2 * inset);
  const y = inset + (mapPoint[1] / mapSize[1]) * (DIAGRAM.height - 2 * inset);
  return { at: roundPoint([x, y]), dx: 0, dy: 1.5, anchor: 'middle' };
}

/** The box of a name set at `placement` from its node. */
export function nameBox(
  name: string,
  { at, dx, dy, anchor }: NodePlacement,
  size: number = DIAGRAM.name,
): DiagramNode['box'] {
  const width = name.length * LETTER * size;
  const x = at[0] + dx * size;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  const baseline = at[1] + dy * size;
  return [round(left), round(baseline - 0.8 * size), round(width), round(size)];
}

type Bezier = [Point, Point, Point];

const at = ([p0, c, p1]: Bezier, t: number): Point => [
  (1 - t) ** 2 * p0[0] + 2 * (1 - t) * t * c[0] + t ** 2 * p1[0],
  (1 - t) ** 2 * p0[1] + 2 * (1 - t) * t * c[1] + t ** 2 * p1[1],
];

/** The part of a quadratic curve between t0 and t1, as a quadratic curve (de Casteljau, twice). */
export function subCurve(curve: Bezier, t0: number, t1: number): Bezier {
  const [p0, c, p1] = curve;
  const lerp = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  // Keep [t0, 1], then the share of it up to t1.
  const head: Bezier = [at(curve, t0), lerp(c, p1, t0), p1];
  const share = t0 === 1 ? 0 : (t1 - t0) / (1 - t0);
  return [head[0], lerp(head[0], head[1], share), at(head, share)];
}

/** The first t (searching from `from` towards `to`) where the curve is `distance` away from `centre`. */
function leave(curve: Bezier, centre: Point, distance: number, from: number, to: number): number {
  const steps = 200;
  for (let step = 0; step <= steps; step++) {
    const t = from + ((to - from) * step) / steps;
    const point = at(curve, t);
    if (Math.hypot(point[0] - centre[0], point[1] - centre[1]) >= distance) return t;
  }
  return to;
}

/**
 * The sideways push of each relation: a pair's two directions bend to opposite sides (a bend is to
 * the left of the direction of travel), parallel relations of one direction fan out by `bendStep`;
 * a lone direction with several relations fans out around the straight line.
 */
export function relationBends(
  relations: Pick<DiagramRelationInput, 'id' | 'from' | 'to'>[],
  overrides: Record<string, number> = DIAGRAM_BENDS,
): number[] {
  return relations.map((relation, index) => {
    if (relation.id in overrides) return overrides[relation.id]!;
    const same = relations.filter((other) => other.from === relation.from && other.to === relation.to);
    const reverse = relations.some((other) => other.from === relation.to && other.to === relation.from);
    const position = same.indexOf(relations[index]!);
    if (reverse) return DIAGRAM.bend + position * DIAGRAM.bendStep;
    return (position - (same.length - 1) / 2) * DIAGRAM.bendStep + (same.length === 1 ? DIAGRAM.bend / 2 : 0);
  });
}

type Box = DiagramNode['box'];
const overlaps = (a: Box, b: Box) =>
  a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
/** A square around a point: a badge's hit disc (`DIAGRAM.target`) fits in it. */
const square = ([x, y]: Point, radius: number): Box => [x - radius, y - radius, 2 * radius, 2 * radius];
/** Where along its curve a badge may sit, best first: the middle, then out towards the ends. */
const BADGE_T = Array.from({ length: 33 }, (_, index) => 0.5 + (index % 2 ? 1 : -1) * Math.ceil(index / 2) * 0.02);

/**
 * The names' hit boxes: each name's box, 3 units wider each side and `DIAGRAM.nameTarget` tall around
 * it. Where two would overlap with their names one above the other, they meet halfway between the
 * names, each growing away from the other to keep its height.
 */
export function nameHitBoxes(boxes: Box[]): Box[] {
  const hits = boxes.map(([x, y, width, height]): Box => {
    const pad = Math.max(0, (DIAGRAM.nameTarget - height) / 2);
    return [x - 3, y - pad, width + 6, height + 2 * pad];
  });
  boxes.forEach((upper, i) =>
    boxes.forEach((lower, j) => {
      const [a, b] = [hits[i]!, hits[j]!];
      const gap = lower[1] - (upper[1] + upper[3]);
      if (i === j || gap < 0 || !overlaps(a, b)) return;
      const middle = upper[1] + upper[3] + gap / 2;
      hits[i] = [a[0], Math.min(a[1], middle - a[3]), a[2], a[3]];
      hits[i]![3] = middle - hits[i]![1];
      hits[j] = [b[0], middle, b[2], Math.max(b[3], b[1] + b[3] - middle)];
    }),
  );
  return hits.map((box) => box.map((value) => round(value)) as Box);
}

export function buildDiagram(
  actors: DiagramActorInput[],
  relations: DiagramRelationInput[],
  mapSize: [number, number],
  placements: Record<string, NodePlacement> = DIAGRAM_NODES,
  overrides: Record<string, number> = DIAGRAM_BENDS,
): Diagram {
  const nodes: DiagramNode[] = actors.map((actor) => {
    const placement = placements[actor.id] ?? defaultPlacement(actor.mapPoint, mapSize);
    const label = {
      point: roundPoint([placement.at[0] + placement.dx * DIAGRAM.name, placement.at[1] + placement.dy * DIAGRAM.name]),
      anchor: placement.anchor,
    };
    const box = nameBox(actor.name, placement);
    return { id: actor.id, name: actor.name, point: placement.at, label, box, hit: box };
  });
  nameHitBoxes(nodes.map((node) => node.box)).forEach((hit, index) => (nodes[index]!.hit = hit));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const drawn = relations.filter((relation) => byId.has(relation.from) && byId.has(relation.to));
  const bends = relationBends(drawn, overrides);
  const degree = new Map<string, number>();
  for (const { from, to } of drawn) for (const id of [from, to]) degree.set(id, (degree.get(id) ?? 0) + 1);
  // A badge's hit disc stays clear of the names' hit boxes, the nodes and the other badges' discs.
  const taken: Box[] = nodes.map((node) => node.hit);
  nodes.forEach((node) => taken.push(square(node.point, DIAGRAM.badge)));
  const arrows = drawn.map((relation, index) => {
    const [a, b] = [byId.get(relation.from)!.point, byId.get(relation.to)!.point];
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    const normal: Point = [(b[1] - a[1]) / length, -(b[0] - a[0]) / length];
    const bend = bends[index]!;
    // The ends leave the node a little to the side of the bend, so a pair's arrows start apart.
    const port = Math.max(-DIAGRAM.node, Math.min(DIAGRAM.node, bend * 0.15));
    const shift = (point: Point, by: number): Point => [point[0] + normal[0] * by, point[1] + normal[1] * by];
    const control = shift([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], bend);
    const full: Bezier = [shift(a, port), control, shift(b, port)];
    // Arrows leave a busy node a little farther out, where they have already fanned apart.
    const clear = (id: string) => DIAGRAM.node + DIAGRAM.gap + Math.max(0, (degree.get(id) ?? 0) - 3) * 2;
    const start = leave(full, a, clear(relation.from), 0, 0.5);
    // The arrowhead is drawn past the path's end: the end stops a head's length short.
    const end = 1 - leave([full[2], full[1], full[0]], b, clear(relation.to) + 4, 0, 0.5);
    const curve = subCurve(full, start, end).map(roundPoint) as Bezier;
    let badge = roundPoint(at(curve, 0.5));
    for (const t of BADGE_T) {
      const candidate = roundPoint(at(curve, t));
      if (!taken.some((box) => overlaps(box, square(candidate, DIAGRAM.target)))) {
        badge = candidate;
        break;
      }
    }
    taken.push(square(badge, DIAGRAM.target));
    return { ...relation, number: 0, d: `M${curve[0].join(',')}Q${curve[1].join(',')} ${curve[2].join(',')}`, badge };
  });
  // Numbered as the eye reads the diagram, top to bottom, then left to right: the list follows.
  const ordered = [...arrows].sort((a, b) => a.badge[1] - b.badge[1] || a.badge[0] - b.badge[0]);
  return {
    width: DIAGRAM.width,
    height: DIAGRAM.height,
    badge: DIAGRAM.badge,
    target: DIAGRAM.target,
    nodes,
    arrows: ordered.map((arrow, index) => ({ ...arrow, number: index + 1 })),
  };
}
