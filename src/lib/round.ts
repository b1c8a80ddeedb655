/**
 * The one rounding of the map's numbers: `value` to `digits` decimals (one unless given, a tenth of a
 * user unit, finer than any screen shows the map), so the SVG carries no digit a reader cannot see.
 */
export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A point `[x, y]` rounded to a tenth of a user unit. */
export const roundPoint = ([x, y]: [number, number]): [number, number] => [round(x), round(y)];
