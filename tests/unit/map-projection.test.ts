import { describe, expect, it } from 'vitest';
import {
  MAP_HEIGHT,
  MAP_WIDTH,
  OVERVIEW_POINTS,
  azimuthalPageMapProjection,
  fitOverview,
  isInside,
  viewBoxAround,
} from '../../src/lib/map-projection';

describe('azimuthalPageMapProjection() and fitOverview(projection)', () => {
  const projection = fitOverview(azimuthalPageMapProjection());

  it('puts the Sea of Japan near the middle and every overview point inside the frame', () => {
    const [x, y] = projection([132, 42])!;
    expect(x).toBeGreaterThan(MAP_WIDTH * 0.3);
    expect(x).toBeLessThan(MAP_WIDTH * 0.7);
    expect(y).toBeGreaterThan(MAP_HEIGHT * 0.3);
    expect(y).toBeLessThan(MAP_HEIGHT * 0.7);
    for (const point of OVERVIEW_POINTS)
      expect(isInside(projection(point)!, [0, 0, MAP_WIDTH, MAP_HEIGHT]), point.join()).toBe(true);
  });

  it('keeps north up and east to the right around the region', () => {
    const [vladivostokX, vladivostokY] = projection([131.9, 43.1])!;
    const [pyongyangX, pyongyangY] = projection([125.76, 39.04])!;
    expect(vladivostokX).toBeGreaterThan(pyongyangX);
    expect(vladivostokY).toBeLessThan(pyongyangY);
  });
});

describe('viewBoxAround(points, padding)', () => {
  it('pads the points and widens a tall box to the map’s aspect ratio, centred', () => {
    const [x, y, width, height] = viewBoxAround(
      [
        [100, 100],
        [120, 300],
      ],
      10,
    );
    expect(height).toBe(220);
    expect(width / height).toBeCloseTo(MAP_WIDTH / MAP_HEIGHT, 2);
    expect(x + width / 2).toBeCloseTo(110, 0);
    expect(y).toBe(90);
  });

  it('heightens a wide box instead', () => {
    const [, y, width, height] = viewBoxAround(
      [
        [0, 50],
        [400, 60],
      ],
      0,
    );
    expect(width).toBe(400);
    expect(width / height).toBeCloseTo(MAP_WIDTH / MAP_HEIGHT, 2);
    expect(y + height / 2).toBeCloseTo(55, 0);
  });
});

describe('isInside(point, viewBox)', () => {
  it('counts the edges as inside', () => {
    expect(isInside([0, 0], [0, 0, 10, 10])).toBe(true);
    expect(isInside([10, 10], [0, 0, 10, 10])).toBe(true);
    expect(isInside([10.1, 5], [0, 0, 10, 10])).toBe(false);
  });
});
