import { describe, expect, it } from 'vitest';
import { curvePath, edgeArrow, segmentsCross, spreadMarkers } from '../../src/lib/map-layout';

describe('edgeArrow(lonLat, centreLon, latitudes)', () => {
  it('puts a place west of the centre on the left edge, higher for a northern latitude', () => {
    const kyiv = edgeArrow([30.5, 50.45], 132, [15, 65]);
    const tehran = edgeArrow([51.4, 35.7], 132, [15, 65]);
    expect(kyiv).toEqual({ point: [30, 203.7], angle: 180 });
    expect(tehran.point[0]).toBe(30);
    expect(tehran.point[1]).toBeGreaterThan(kyiv.point[1]);
  });

  it('goes east across the Pacific for Washington, the shorter way round', () => {
    expect(edgeArrow([-77, 38.9], 132, [15, 65])).toEqual({ point: [970, 365.4], angle: 0 });
  });

  it('keeps the arrow inside the frame for far latitudes', () => {
    expect(edgeArrow([30, 89], 132, [15, 65]).point[1]).toBe(30);
  });
});

describe('curvePath(from, to, bend)', () => {
  it('draws a quadratic curve whose control point is pushed sideways by bend', () => {
    expect(curvePath([0, 0], [100, 0], 10)).toBe('M0,0Q50,10 100,0');
    expect(curvePath([0, 0], [100, 0], -10)).toBe('M0,0Q50,-10 100,0');
  });
});

describe('spreadMarkers(points, { near, radius, gap, obstacles, lines })', () => {
  const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

  it('leaves a lone marker on its point', () => {
    expect(spreadMarkers([[10, 10]], { near: 5, radius: 10, gap: 4 })).toEqual([[10, 10]]);
  });

  it('groups a chain of near markers whatever their order', () => {
    const chain: [number, number][] = [
      [0, 0],
      [40, 0],
      [20, 0],
    ];
    for (const points of [chain, [...chain].reverse()]) {
      const spread = spreadMarkers(points, { near: 25, radius: 10, gap: 4 });
      spread.forEach((point, index) => expect(point, `marker ${index}`).not.toEqual(points[index]));
      expect(new Set(spread.map((point) => point.join())).size).toBe(3);
    }
  });

  it('fans out markers that crowd one spot, `gap` apart, their leaders longer than a marker’s radius', () => {
    const points: [number, number][] = [
      [100, 100],
      [100, 100],
      [101, 100],
      [300, 300],
    ];
    const spread = spreadMarkers(points, { near: 5, radius: 20, gap: 10 });
    for (const [a, b] of [
      [0, 1],
      [0, 2],
      [1, 2],
    ] as const)
      expect(distance(spread[a]!, spread[b]!), `markers ${a} and ${b}`).toBeGreaterThanOrEqual(50 - 0.2);
    for (const index of [0, 1, 2]) expect(distance(spread[index]!, points[index]!)).toBeGreaterThan(20);
    expect(spread[3]).toEqual([300, 300]);
  });

  it('keeps a crowd `gap` from a lone marker beside it and half a gap from an obstacle', () => {
    // A pair at (100, 100) with a lone marker 60 to its right and a name's box just under it.
    const points: [number, number][] = [
      [100, 100],
      [100, 100],
      [160, 100],
    ];
    const name: [number, number, number, number] = [40, 110, 80, 30];
    const spread = spreadMarkers(points, { near: 5, radius: 20, gap: 10, obstacles: [name] });
    for (const index of [0, 1]) {
      expect(distance(spread[index]!, spread[2]!), `marker ${index} to the lone one`).toBeGreaterThanOrEqual(50 - 0.2);
      const [x, y, width, height] = name;
      const [cx, cy] = spread[index]!;
      const clear = Math.hypot(Math.max(x - cx, 0, cx - x - width), Math.max(y - cy, 0, cy - y - height));
      expect(clear, `marker ${index} to the name`).toBeGreaterThanOrEqual(25 - 0.2);
    }
  });

  it('keeps off a line when there is room elsewhere', () => {
    // A pair whose shortest fan would sit on the line that runs up from it.
    const points: [number, number][] = [
      [100, 100],
      [100, 100],
    ];
    const line: [[number, number], [number, number]] = [
      [100, 100],
      [100, 0],
    ];
    const spread = spreadMarkers(points, { near: 5, radius: 10, gap: 4, lines: [line] });
    for (const [x] of spread) expect(Math.abs(x - 100)).toBeGreaterThanOrEqual(10);
  });

  it('sends each marker of a crowd to the slot on its side, so that no two leader lines cross', () => {
    // Five places on a diagonal and one twice over (a place visited again), listed out of order.
    const points: [number, number][] = [
      [10, 10],
      [30, 30],
      [0, 0],
      [20, 20],
      [30, 30],
      [40, 40],
    ];
    const spread = spreadMarkers(points, { near: 15, radius: 8, gap: 4 });
    const lines = points.map((point, index): [[number, number], [number, number]] => [point, spread[index]!]);
    lines.forEach((line, index) =>
      lines
        .slice(index + 1)
        .forEach((other, later) =>
          expect(segmentsCross(line, other), `leaders ${index} and ${index + 1 + later}`).toBe(false),
        ),
    );
    // The top-left place gets a slot up and to the left of the crowd's centre, the bottom-right one down and to the right.
    expect(spread[2]![0] + spread[2]![1]).toBeLessThan(40);
    expect(spread[5]![0] + spread[5]![1]).toBeGreaterThan(40);
  });
});

describe('segmentsCross(a, b)', () => {
  it('sees two segments cross, or one end touch the other segment', () => {
    expect(
      segmentsCross(
        [
          [0, 0],
          [10, 10],
        ],
        [
          [0, 10],
          [10, 0],
        ],
      ),
    ).toBe(true);
    expect(
      segmentsCross(
        [
          [0, 0],
          [10, 0],
        ],
        [
          [5, 0],
          [5, 8],
        ],
      ),
    ).toBe(true);
  });

  it('does not count parallel segments, segments apart, or a shared end', () => {
    expect(
      segmentsCross(
        [
          [0, 0],
          [10, 0],
        ],
        [
          [0, 2],
          [10, 2],
        ],
      ),
    ).toBe(false);
    expect(
      segmentsCross(
        [
          [0, 0],
          [4, 4],
        ],
        [
          [6, 6],
          [10, 10],
        ],
      ),
    ).toBe(false);
    expect(
      segmentsCross(
        [
          [0, 0],
          [10, 0],
        ],
        [
          [0, 0],
          [0, 10],
        ],
      ),
    ).toBe(false);
  });
});
