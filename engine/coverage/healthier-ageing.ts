import { InputError } from "../errors";
import { parseBand } from "../population/bands";

/**
 * Shifts an age profile of rates `shift` years older ("healthier ageing"): the new rate of
 * a band is the average over its ages x of r(x − shift), where r is the old profile read
 * as a step function of exact age (each band's rate over all its ages). Ages below the
 * first band take the first band's rate; the open band (e.g. "90+") is averaged over
 * `openBandWidth` years (default 10, i.e. 90-99). The shift may be fractional; 0 returns
 * the rates unchanged. Bands must be contiguous (no gaps); rates are per resident.
 *
 * @example shiftAgeProfile(new Map([["67-79", 0.014], ["80-84", 0.042], ["85-89", 0.13], ["90+", 0.237]]), 5)
 *   // 80-84 takes the 75-79 rate 0.014, 85-89 takes 0.042, 90+ takes (5 × 0.13 + 5 × 0.237) ÷ 10
 */
export function shiftAgeProfile(rates: ReadonlyMap<string, number>, shift: number, openBandWidth = 10): Map<string, number> {
  if (!Number.isFinite(shift) || shift < 0) throw new InputError(`shiftAgeProfile requires a shift of 0 or more years, got ${shift}`);
  if (!(openBandWidth > 0)) throw new InputError(`shiftAgeProfile requires an open band width above 0, got ${openBandWidth}`);
  const bands = Array.from(rates.keys()).map((label) => ({ label, band: parseBand(label, `band "${label}"`), rate: rates.get(label)! }));
  bands.sort((a, b) => a.band.from - b.band.from);
  for (let i = 1; i < bands.length; i++) {
    if (bands[i].band.from !== bands[i - 1].band.to + 1 || bands[i - 1].band.open) {
      throw new InputError(`shiftAgeProfile requires contiguous bands, got "${bands[i - 1].label}" followed by "${bands[i].label}"`);
    }
  }
  if (shift === 0) return new Map(rates);
  // Band intervals [lo, hi) of exact age; the first reaches down to −∞, the open one up to +∞.
  const lo = (i: number) => (i === 0 ? -Infinity : bands[i].band.from);
  const hi = (i: number) => (bands[i].band.open || i === bands.length - 1 ? Infinity : bands[i].band.to + 1);
  const integral = (a: number, b: number) => {
    let s = 0;
    for (let i = 0; i < bands.length; i++) {
      const l = Math.max(a, lo(i));
      const h = Math.min(b, hi(i));
      if (h > l) s += (h - l) * bands[i].rate;
    }
    return s;
  };
  const out = new Map<string, number>();
  for (const b of bands) {
    const from = b.band.from;
    const to = b.band.open ? from + openBandWidth : b.band.to + 1;
    out.set(b.label, integral(from - shift, to - shift) / (to - from));
  }
  return out;
}
