/** Scratch for reading the high 32 bits (sign, exponent, top of the mantissa) of a double. */
const F64 = new Float64Array(1);
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
const HI = new Uint32Array(F64.buffer, LITTLE_ENDIAN ? 4 : 0, 1);
/** 2^k for k = 0…63 (to scale 1 − u ≥ 2^−53 into [1, 2) by multiplication, which is exact). */
const POW2 = Float64Array.from({ length: 64 }, (_, k) => 2 ** k);
/** Cells of [1, 2) for the logarithm: centres c_j = 1 + (j + ½)/128, ln c_j and 1/c_j. */
const CELLS = 128;
const CENTRE = new Float64Array(CELLS);
const LN_CENTRE = new Float64Array(CELLS);
const INV_CENTRE = new Float64Array(CELLS);
for (let j = 0; j < CELLS; j++) {
  CENTRE[j] = 1 + (j + 0.5) / CELLS;
  LN_CENTRE[j] = Math.log(CENTRE[j]);
  INV_CENTRE[j] = 1 / CENTRE[j];
}

/**
 * The standard exponential quantile −ln(1 − u) for a uniform u in [0, 1), about twice as
 * fast as Math.log for Monte Carlo inner loops: 1 − u = 2^e × f with f in [1, 2) (e read
 * from the number's bits), ln f = ln c + ln(1 + t) around the nearest of 128 tabulated
 * centres c (|t| ≤ 1/256, six terms of the series). Error below 1e-15 × max(1, value)
 * (tested; absolute near u = 0, where the value itself is near 0). u must be in [0, 1).
 *
 * @example exponentialFromU(0.5) // 0.6931471805599453 (ln 2)
 */
export function exponentialFromU(u: number): number {
  const y = 1 - u;
  F64[0] = y;
  const hi = HI[0];
  const e = (hi >>> 20) - 1023;
  const f = y * POW2[-e];
  const j = (hi >>> 13) & (CELLS - 1);
  const t = (f - CENTRE[j]) * INV_CENTRE[j];
  return -(e * Math.LN2 + LN_CENTRE[j] + t * (1 + t * (-0.5 + t * (1 / 3 + t * (-0.25 + t * (0.2 - t * (1 / 6)))))));
}
