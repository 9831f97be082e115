import { N_AGES, OPEN_AGE } from "./grid";
import type { AgeBand } from "./bands";

/**
 * Splits band totals into single years 0…104 and 105+, preserving each band's sum
 * exactly, never negative, and smooth.
 *
 * Method: the cumulative count C(x) (persons below exact age x) is known at every band
 * edge; it is interpolated with Steffen's monotone cubic Hermite spline (M. Steffen 1990,
 * "A simple method for monotonic interpolation in one dimension", A&A 239:443), and the
 * count at age a is C(a+1) − C(a). The spline passes through every edge, so band sums are
 * kept exactly; it is monotone, so no count is negative; its slope (the density) is
 * continuous across band edges, so the single years are smooth. The open band (e.g. 90+)
 * is spread over its ages in proportion to `openWeights` (index 0 = the band's first age,
 * the last one the open group 105+), by default a geometric decline of 25 % a year of
 * age, or pass a stationary life-table population (Lx, with T for 105+) for a better shape.
 *
 * @example graduateBands(parseBands("0-17,18-49,50-66,67-79,80-89,90+"), [5454, 9608, 6719, 4125, 1320, 275])
 */
export function graduateBands(bands: readonly AgeBand[], totals: ArrayLike<number>, openWeights?: ArrayLike<number>): Float64Array {
  if (totals.length !== bands.length) {
    throw new Error(`graduateBands requires one total per band (${bands.length}), got ${totals.length}`);
  }
  for (let i = 0; i < totals.length; i++) {
    if (!Number.isFinite(totals[i]) || totals[i] < 0) {
      throw new Error(`graduateBands requires finite non-negative totals, got ${totals[i]} for band ${bands[i].label}`);
    }
  }
  const out = new Float64Array(N_AGES);
  const open = bands[bands.length - 1];
  if (!open.open || bands[0].from !== 0) throw new Error(`graduateBands requires bands covering 0 to an open band, got ${bands.map((b) => b.label).join(",")}`);
  // Knots at band edges for the closed bands.
  const xs: number[] = [0];
  const cs: number[] = [0];
  for (let i = 0; i < bands.length - 1; i++) {
    xs.push(bands[i].to + 1);
    cs.push(cs[cs.length - 1] + totals[i]);
  }
  if (xs.length >= 2) {
    const d = steffenSlopes(xs, cs);
    let k = 0;
    let prev = 0;
    for (let a = 1; a <= open.from; a++) {
      while (k < xs.length - 2 && a > xs[k + 1]) k++;
      const c = hermite(xs[k], xs[k + 1], cs[k], cs[k + 1], d[k], d[k + 1], a);
      out[a - 1] = Math.max(0, c - prev);
      prev = c;
    }
    // Guard against rounding: put each band's exact total back.
    for (let i = 0; i < bands.length - 1; i++) {
      let s = 0;
      for (let a = bands[i].from; a <= bands[i].to; a++) s += out[a];
      const diff = totals[i] - s;
      if (diff !== 0) {
        if (s > 0) {
          const f = totals[i] / s;
          for (let a = bands[i].from; a <= bands[i].to; a++) out[a] *= f;
        } else {
          const w = bands[i].to - bands[i].from + 1;
          for (let a = bands[i].from; a <= bands[i].to; a++) out[a] = totals[i] / w;
        }
      }
    }
  }
  // The open band.
  const n = OPEN_AGE - open.from + 1;
  const w = new Float64Array(n);
  let sw = 0;
  for (let k = 0; k < n; k++) {
    w[k] = openWeights ? openWeights[k] : 0.75 ** k * (k === n - 1 ? 4 : 1);
    if (!(w[k] >= 0)) throw new Error(`graduateBands requires non-negative open-band weights, got ${w[k]} at age ${open.from + k}`);
    sw += w[k];
  }
  if (!(sw > 0)) throw new Error(`graduateBands requires open-band weights with a positive sum`);
  const total = totals[bands.length - 1];
  for (let k = 0; k < n; k++) out[open.from + k] = (total * w[k]) / sw;
  return out;
}

function hermite(x0: number, x1: number, c0: number, c1: number, d0: number, d1: number, x: number): number {
  const h = x1 - x0;
  const t = (x - x0) / h;
  const t2 = t * t;
  const t3 = t2 * t;
  return (2 * t3 - 3 * t2 + 1) * c0 + (t3 - 2 * t2 + t) * h * d0 + (-2 * t3 + 3 * t2) * c1 + (t3 - t2) * h * d1;
}

/** Steffen's monotone slopes at the knots. */
function steffenSlopes(xs: number[], ys: number[]): Float64Array {
  const n = xs.length;
  const d = new Float64Array(n);
  if (n === 2) {
    const s = (ys[1] - ys[0]) / (xs[1] - xs[0]);
    d[0] = s;
    d[1] = s;
    return d;
  }
  const h: number[] = [];
  const s: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    h.push(xs[i + 1] - xs[i]);
    s.push((ys[i + 1] - ys[i]) / h[i]);
  }
  for (let i = 1; i < n - 1; i++) {
    const p = (s[i - 1] * h[i] + s[i] * h[i - 1]) / (h[i - 1] + h[i]);
    d[i] = (Math.sign(s[i - 1]) + Math.sign(s[i])) * Math.min(Math.abs(s[i - 1]), Math.abs(s[i]), 0.5 * Math.abs(p));
  }
  const end = (s0: number, s1: number, h0: number, h1: number): number => {
    const p = s0 * (1 + h0 / (h0 + h1)) - (s1 * h0) / (h0 + h1);
    if (p * s0 <= 0) return 0;
    if (Math.abs(p) > 2 * Math.abs(s0)) return 2 * s0;
    return p;
  };
  d[0] = end(s[0], s[1], h[0], h[1]);
  d[n - 1] = end(s[n - 2], s[n - 3], h[n - 2], h[n - 3]);
  return d;
}
