/**
 * Period life tables by single year of age 0 … ω−1 and an open group ω+.
 *
 * Person-years convention: deaths fall on average halfway through the year of age
 * (ax = 0.5) at every age below the open group, and at age 0 unless `a0` is given;
 * qx = mx / (1 + (1 − ax) mx), capped at 1. In the open group everybody dies:
 * qω = 1 and Lω = lω / mω. This is the convention of SSB table 07902, whose
 * mx = qx / (1 − qx/2); with it the 2023 table gives e0 = 81.39 (men) and 84.63 (women).
 */
export interface LifeTable {
  /** Central death rates per person-year. */
  mx: Float64Array;
  /** Probability of dying between exact ages x and x+1 (1 in the open group). */
  qx: Float64Array;
  /** Survivors at exact age x out of l0 = 1. */
  lx: Float64Array;
  /** Deaths between x and x+1. */
  dx: Float64Array;
  /** Person-years lived between x and x+1 (in the open group: from ω on). */
  Lx: Float64Array;
  /** Person-years lived from age x on. */
  Tx: Float64Array;
  /** Life expectancy at exact age x, in years. */
  ex: Float64Array;
}

export interface LifeTableOptions {
  /** Average part of the year lived by infants who die (default 0.5). */
  a0?: number;
}

/** Life table from central death rates mx (ages 0…ω, the last entry the open group). */
export function lifeTableFromMx(mx: ArrayLike<number>, options: LifeTableOptions = {}): LifeTable {
  const n = mx.length;
  if (n < 2) throw new Error(`lifeTableFromMx requires at least 2 ages, got ${n}`);
  const a0 = options.a0 ?? 0.5;
  const m = Float64Array.from(mx);
  const qx = new Float64Array(n);
  const lx = new Float64Array(n);
  const dx = new Float64Array(n);
  const Lx = new Float64Array(n);
  const Tx = new Float64Array(n);
  const ex = new Float64Array(n);
  let l = 1;
  for (let x = 0; x < n; x++) {
    const v = m[x];
    if (!Number.isFinite(v) || v < 0) {
      throw new Error(`lifeTableFromMx requires finite non-negative mx, got ${v} at age ${x}`);
    }
    lx[x] = l;
    if (x === n - 1) {
      qx[x] = 1;
      dx[x] = l;
      Lx[x] = v > 0 ? l / v : 0;
      if (v === 0 && l > 0) throw new Error(`lifeTableFromMx requires mx > 0 in the open age group, got 0`);
    } else {
      const ax = x === 0 ? a0 : 0.5;
      const q = Math.min(1, v / (1 + (1 - ax) * v));
      qx[x] = q;
      const d = l * q;
      dx[x] = d;
      // With q capped at 1 the identity L = d / m still holds for m > 0.
      Lx[x] = v > 0 ? d / v : l;
      l -= d;
    }
  }
  let t = 0;
  for (let x = n - 1; x >= 0; x--) {
    t += Lx[x];
    Tx[x] = t;
    ex[x] = lx[x] > 0 ? t / lx[x] : 0;
  }
  return { mx: m, qx, lx, dx, Lx, Tx, ex };
}

/**
 * Central death rates from probabilities of dying, with the same convention
 * (mx = qx / (1 − (1 − ax) qx)); qx must be below 1 except in the last (open) age.
 */
export function mxFromQx(qx: ArrayLike<number>, options: LifeTableOptions = {}): Float64Array {
  const a0 = options.a0 ?? 0.5;
  const n = qx.length;
  const mx = new Float64Array(n);
  for (let x = 0; x < n; x++) {
    const q = qx[x];
    if (!Number.isFinite(q) || q < 0 || q > 1) {
      throw new Error(`mxFromQx requires qx between 0 and 1, got ${q} at age ${x}`);
    }
    const ax = x === 0 ? a0 : 0.5;
    if (q === 1 && x < n - 1) throw new Error(`mxFromQx requires qx < 1 below the open age, got 1 at age ${x}`);
    mx[x] = q / (1 - (1 - ax) * q);
  }
  return mx;
}

/** Life expectancy at birth from mx (see lifeTableFromMx for the convention). */
export function lifeExpectancy(mx: ArrayLike<number>, options: LifeTableOptions = {}): number {
  return lifeTableFromMx(mx, options).ex[0];
}
