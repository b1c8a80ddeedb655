import { describe, expect, it } from 'vitest';
import {
  DIAGRAM,
  buildDiagram,
  defaultPlacement,
  nameBox,
  nameHitBoxes,
  relationBends,
  subCurve,
  type NodePlacement,
} from '../../src/lib/map-relations';

type Point = [number, number];
const node = (at: Point, anchor: NodePlacement['anchor'] = 'start'): NodePlacement => ({
  at,
  dx: 0.5,
  dy: 0.35,
  anchor,
});
const numbers = (d: string) => d.match(/-?\d+(\.\d+)?/g)!.map(Number);
/** Points of a quadratic path `M x,y Q cx,cy x,y`. */
function sample(d: string, steps = 50): Point[] {
  const [x0, y0, cx, cy, x1, y1] = numbers(d) as [number, number, number, number, number, number];
  return Array.from({ length: steps + 1 }, (_, index) => {
    const t = index / steps;
    return [
      (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1,
      (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y1,
    ];
  });
}

describe('relationBends(relations)', () => {
  it('bends the two directions of a pair to opposite sides and fans out parallel relations', () => {
    const bends = relationBends(
      [
        { id: 'a', from: 'x', to: 'y' },
        { id: 'b', from: 'x', to: 'y' },
        { id: 'c', from: 'y', to: 'x' },
      ],
      {},
    );
    // Each bend is to the left of its own direction: positive for both ways means opposite sides on the page.
    expect(bends).toEqual([DIAGRAM.bend, DIAGRAM.bend + DIAGRAM.bendStep, DIAGRAM.bend]);
  });

  it('spreads a lone direction with two relations around the straight line, and takes a bend given by hand', () => {
    const relations = [
      { id: 'a', from: 'x', to: 'y' },
      { id: 'b', from: 'x', to: 'y' },
      { id: 'c', from: 'x', to: 'z' },
    ];
    expect(relationBends(relations, {})).toEqual([-DIAGRAM.bendStep / 2, DIAGRAM.bendStep / 2, DIAGRAM.bend / 2]);
    expect(relationBends(relations, { c: -90 })[2]).toBe(-90);
  });
});

describe('subCurve(curve, t0, t1)', () => {
  it('keeps the part of a quadratic curve between two parameters', () => {
    // A symmetric arch from (0,0) over (50,100) to (100,0): its middle half starts at t = 0.25.
    const part = subCurve(
      [
        [0, 0],
        [50, 100],
        [100, 0],
      ],
      0.25,
      0.75,
    );
    expect(part[0]).toEqual([25, 37.5]);
    expect(part[2]).toEqual([75, 37.5]);
    expect(part[1]).toEqual([50, 62.5]);
  });
});

describe('nameBox(name, placement)', () => {
  it('puts the box right of the point for start, left for end, around it for middle', () => {
    const [startLeft] = nameBox('Cina', node([100, 100], 'start'), 10);
    const [endLeft, , endWidth] = nameBox('Cina', node([100, 100], 'end'), 10);
    const [middleLeft, , middleWidth] = nameBox('Cina', node([100, 100], 'middle'), 10);
    expect(startLeft).toBe(105);
    expect(endLeft + endWidth).toBe(105);
    expect(middleLeft + middleWidth / 2).toBe(105);
  });
});

describe('nameHitBoxes(boxes)', () => {
  const bottom = (box: number[]) => box[1]! + box[3]!;
  it('gives a lone name a hit box 3 units wider each side and DIAGRAM.nameTarget tall, centred on it', () => {
    expect(nameHitBoxes([[100, 50, 40, 15]])).toEqual([[97, 39.5, 46, 36]]);
  });

  it('lets two names one above the other meet halfway between them, each keeping its full height', () => {
    const [upper, lower] = nameHitBoxes([
      [100, 50, 60, 15],
      [120, 75, 60, 15],
    ]);
    // The names are 10 units apart (65 to 75): the hit boxes meet at 70.
    expect(bottom(upper!)).toBe(70);
    expect(lower![1]).toBe(70);
    expect(upper![3]).toBeGreaterThanOrEqual(DIAGRAM.nameTarget);
    expect(lower![3]).toBeGreaterThanOrEqual(DIAGRAM.nameTarget);
    // Each still covers its own name.
    expect(upper![1]).toBeLessThanOrEqual(50);
    expect(bottom(lower!)).toBeGreaterThanOrEqual(90);
  });

  it('leaves names side by side, or far apart, as they are', () => {
    const apart = nameHitBoxes([
      [0, 0, 40, 15],
      [0, 200, 40, 15],
    ]);
    expect(apart.map((box) => box[3])).toEqual([36, 36]);
  });
});

describe('defaultPlacement(mapPoint, mapSize)', () => {
  it('keeps an actor without a hand-set place where the map has it, inside the diagram', () => {
    expect(defaultPlacement([0, 0], [1000, 700]).at).toEqual([40, 40]);
    expect(defaultPlacement([1000, 700], [1000, 700]).at).toEqual([DIAGRAM.width - 40, DIAGRAM.height - 40]);
  });
});

describe('buildDiagram(actors, relations, mapSize, placements, bends)', () => {
  const actors = ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), mapPoint: [0, 0] as Point }));
  const placements = { a: node([50, 50]), b: node([250, 50]), c: node([150, 300]) };
  const relations = [
    { id: 'b-a', from: 'b', to: 'a', kind: 'armi', label: 'Da B ad A' },
    { id: 'a-b', from: 'a', to: 'b', kind: 'armi', label: 'Da A a B' },
    { id: 'a-c', from: 'a', to: 'c', kind: 'armi', label: 'Da A a C' },
    { id: 'a-x', from: 'a', to: 'x', kind: 'armi', label: 'A un attore che il diagramma non ha' },
  ];
  const diagram = buildDiagram(actors, relations, [1000, 700], placements, {});

  it('draws one arrow per relation between two of its actors, numbered in reading order of the badges', () => {
    expect(diagram.arrows.map((arrow) => arrow.id).sort()).toEqual(['a-b', 'a-c', 'b-a']);
    expect(diagram.arrows.map((arrow) => arrow.number)).toEqual([1, 2, 3]);
    const ys = diagram.arrows.map((arrow) => arrow.badge[1]);
    expect(ys).toEqual([...ys].sort((p, q) => p - q));
    // A → C runs down the page: its badge is the lowest.
    expect(diagram.arrows[2]!.id).toBe('a-c');
  });

  it('curves the two directions of a pair to opposite sides of the line between them', () => {
    const y = (id: string) => sample(diagram.arrows.find((arrow) => arrow.id === id)!.d)[25]![1];
    // The line from A to B is y = 50; one direction passes above it, the other below.
    expect(Math.sign(y('a-b') - 50)).toBe(-Math.sign(y('b-a') - 50));
    expect(Math.abs(y('a-b') - 50)).toBeGreaterThan(5);
  });

  it('starts and ends each arrow clear of its nodes', () => {
    for (const arrow of diagram.arrows) {
      const points = sample(arrow.d);
      const from = placements[arrow.from as 'a'].at;
      const to = placements[arrow.to as 'a'].at;
      expect(Math.hypot(points[0]![0] - from[0], points[0]![1] - from[1])).toBeGreaterThanOrEqual(DIAGRAM.node);
      expect(Math.hypot(points.at(-1)![0] - to[0], points.at(-1)![1] - to[1])).toBeGreaterThanOrEqual(DIAGRAM.node + 4);
    }
  });

  it('keeps every badge’s hit disc clear of the other badges’ and of the names’ hit boxes', () => {
    for (const [index, arrow] of diagram.arrows.entries()) {
      const [x, y] = arrow.badge;
      for (const other of diagram.arrows.slice(index + 1))
        expect(Math.hypot(x - other.badge[0], y - other.badge[1]), `${arrow.id} / ${other.id}`).toBeGreaterThanOrEqual(
          2 * DIAGRAM.target,
        );
      for (const { id, hit } of diagram.nodes) {
        const clear =
          x + DIAGRAM.target <= hit[0] ||
          x - DIAGRAM.target >= hit[0] + hit[2] ||
          y + DIAGRAM.target <= hit[1] ||
          y - DIAGRAM.target >= hit[1] + hit[3];
        expect(clear, `${arrow.id} / ${id}`).toBe(true);
      }
    }
  });

  it('puts every badge on its own arrow, apart from the other badges', () => {
    for (const [index, arrow] of diagram.arrows.entries()) {
      const nearest = Math.min(
        ...sample(arrow.d, 200).map(([x, y]) => Math.hypot(x - arrow.badge[0], y - arrow.badge[1])),
      );
      expect(nearest, arrow.id).toBeLessThan(1);
      for (const other of diagram.arrows.slice(index + 1))
        expect(
          Math.hypot(arrow.badge[0] - other.badge[0], arrow.badge[1] - other.badge[1]),
          `${arrow.id} / ${other.id}`,
        ).toBeGreaterThanOrEqual(2 * DIAGRAM.badge);
    }
  });

  it('moves a badge along its arrow when the middle is taken by a name', () => {
    // C's name sits right on the middle of A → B.
    const crowded = buildDiagram(
      actors,
      relations.slice(1, 2),
      [1000, 700],
      { ...placements, c: { at: [150, 40], dx: 0, dy: 0.35, anchor: 'middle' } },
      {},
    );
    const [arrow] = crowded.arrows;
    const points = sample(arrow!.d);
    expect(arrow!.badge).not.toEqual(points[25]!.map((value) => Math.round(value * 10) / 10));
  });
});
