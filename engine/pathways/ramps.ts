/**
 * Sums of ramps, for spreading time intervals over years without a loop over the years.
 * The ramp of a time x (years from the start of year 0) is R(x)[y] = min(max(x − y, 0), 1):
 * the part of year y before x. The part of an interval [a, b) inside year y is
 * R(b)[y] − R(a)[y], so each end of an interval is one ramp, however many years it spans.
 *
 * R(x) is 1 in the years below ⌊x⌋, x − ⌊x⌋ in year ⌊x⌋ and 0 above, so a ramp is stored as
 * a count at ⌊x⌋ and the fraction at ⌊x⌋; the counts are summed from the top once, when the
 * yearly values are read. Each slot keeps RAMP_PAD cells below year 0 and above the last
 * year, so that a time up to RAMP_PAD years outside the range needs no clamping (a count
 * below year 0 reaches no year, one above the last year reaches every year, and their
 * fractions are never read); only times further out are moved to the edge (a branch that
 * is rarely taken).
 *
 * @example
 * const r = new RampSums(1, 3); addRamp(r.sums, r.base(0), 2.5, r.top); addRamp(r.sums, r.base(0), 0.5, r.top, -1);
 * const out = new Float64Array(3); r.yearly(0, out, 0); // [0.5, 1, 0.5]: [0.5, 2.5) by year
 */
export class RampSums {
  /** Cells per slot: RAMP_PAD + years + RAMP_PAD, two numbers each (count, fraction). */
  readonly width: number;
  /** The last time that needs no clamping: years + RAMP_PAD − 1. */
  readonly top: number;
  /** [(slot × width + RAMP_PAD + ⌊x⌋) × 2] counts, + 1 fractions. */
  readonly sums: Float64Array;

  constructor(
    readonly slots: number,
    readonly years: number,
  ) {
    if (!(Number.isInteger(slots) && slots >= 1 && Number.isInteger(years) && years >= 1)) {
      throw new Error(`RampSums requires whole numbers slots ≥ 1 and years ≥ 1, got ${slots}, ${years}`);
    }
    this.width = years + 2 * RAMP_PAD;
    this.top = years + RAMP_PAD - 1;
    this.sums = new Float64Array(slots * this.width * 2);
  }

  /** Sets every slot to zero. */
  clear(): void {
    this.sums.fill(0);
  }

  /** Index in `sums` of slot `slot`'s cell for year 0 (the count; the fraction is at + 1). */
  base(slot: number): number {
    return (slot * this.width + RAMP_PAD) * 2;
  }

  /** Writes the slot's value in each year y (0…years−1) to out[at + y]: the counts above y plus the fractions at y. */
  yearly(slot: number, out: Float64Array, at: number): void {
    const s = this.sums,
      o = this.base(slot),
      Y = this.years;
    let above = 0;
    for (let i = Y + RAMP_PAD - 1; i >= Y; i--) above += s[o + 2 * i];
    for (let y = Y - 1; y >= 0; y--) {
      out[at + y] = above + s[o + 2 * y + 1];
      above += s[o + 2 * y];
    }
  }
}

/** Cells kept below year 0 and above the last year in each slot. */
export const RAMP_PAD = 16;

/**
 * Adds `sign` × R(x) to the slot of `sums` (RampSums.sums) whose base is `at` (RampSums.base);
 * `top` is RampSums.top. A plain function of numbers, so that the JIT inlines it into
 * inner loops.
 */
export function addRamp(sums: Float64Array, at: number, x: number, top: number, sign: number): void {
  // x + RAMP_PAD ≥ 0, so truncation is the floor; beyond the padding, move x to its edge.
  if (!(x > -RAMP_PAD && x < top)) x = x > 0 ? top : -RAMP_PAD;
  const p = x + RAMP_PAD;
  const i = p | 0;
  const o = at + 2 * (i - RAMP_PAD);
  sums[o] += sign;
  sums[o + 1] += sign * (p - i);
}
