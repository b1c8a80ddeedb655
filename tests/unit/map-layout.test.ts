import { describe, expect, it } from 'vitest';
import { curvePath, edgeArrow, spreadMarkers } from '../../src/lib/map-layout';

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

describe('spreadMarkers(points, minGap, radius)', () => {
  it('leaves a lone marker on its point', () => {
    expect(spreadMarkers([[10, 10]], 5, 20)).toEqual([[10, 10]]);
  });

  it('groups a chain of near markers whatever their order', () => {
    const chain: [number, number][] = [
      [0, 0],
      [40, 0],
      [20, 0],
    ];
    for (const points of [chain, [...chain].reverse()]) {
      const spread = spreadMarkers(points, 25, 20);
      spread.forEach((point, index) => expect(point, `marker ${index}`).not.toEqual(points[index]));
      expect(new Set(spread.map((point) => point.join())).size).toBe(3);
    }
  });

  it('fans out markers that crowd one spot, clockwise from the top, a pair on a smaller circle', () => {
    const spread = spreadMarkers(
      [
        [100, 100],
        [101, 100],
        [300, 300],
      ],
      5,
      20,
    );
    expect(spread[0]).toEqual([100.5, 85]);
    expect(spread[1]).toEqual([100.5, 115]);
    expect(spread[2]).toEqual([300, 300]);
  });
});
