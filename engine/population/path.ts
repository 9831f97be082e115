import { InputError } from "../errors";

/**
 * A path of values over calendar years, given as anchors `{ "2023": 1.40, "2030": 1.57 }`.
 * Between anchors the value is interpolated linearly; before the first and after the last
 * anchor it is held constant. Units are those of the quantity (TFR in children per woman,
 * e0 in years, migration in persons per year).
 *
 * @example pathValue({ 2023: 1.4, 2030: 1.57 }, 2025) // 1.4486 (2/7 of the way)
 */
export type Path = Readonly<Record<string, number>>;

/** Sorted anchors of a path, validated: years are integers, values finite. */
export function pathAnchors(path: Path, name = "path"): Array<[number, number]> {
  const anchors: Array<[number, number]> = [];
  for (const [key, value] of Object.entries(path)) {
    const year = Number(key);
    if (!Number.isInteger(year)) {
      throw new InputError(`${name}: expected whole years as keys, got ${JSON.stringify(key)}`);
    }
    if (typeof value !== "number" || !Number.isFinite(value)) {
      throw new InputError(`${name}["${key}"]: expected a finite number, got ${JSON.stringify(value)}`);
    }
    anchors.push([year, value]);
  }
  if (anchors.length === 0) throw new InputError(`${name}: expected at least one year, got none`);
  return anchors.sort((a, b) => a[0] - b[0]);
}

/** The value of a path in `year` (linear between anchors, constant outside them). */
export function pathValue(path: Path, year: number, name = "path"): number {
  return valueAt(pathAnchors(path, name), year);
}

/**
 * A path compiled once into a function of the year (validated, anchors sorted), for
 * use in inner loops.
 */
export function compilePath(path: Path, name = "path"): (year: number) => number {
  const a = pathAnchors(path, name);
  if (a.length === 1) {
    const v = a[0][1];
    return () => v;
  }
  return (year) => valueAt(a, year);
}

function valueAt(a: Array<[number, number]>, year: number): number {
  if (year <= a[0][0]) return a[0][1];
  const last = a[a.length - 1];
  if (year >= last[0]) return last[1];
  for (let i = 1; i < a.length; i++) {
    if (year <= a[i][0]) {
      const [y0, v0] = a[i - 1];
      const [y1, v1] = a[i];
      return v0 + ((v1 - v0) * (year - y0)) / (y1 - y0);
    }
  }
  return last[1];
}
