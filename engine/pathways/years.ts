/**
 * Adds `rate` × (the part of [start, end) inside year [origin + i, origin + i + 1)) to
 * out[i] for every i in 0…out.length−1: an annual rate spread over years (of age or of the
 * calendar) by the time spent in each. Returns the time inside the range.
 *
 * @example spreadOverYears(70.5, 72, 100, 70, out) // out[0] += 50, out[1] += 100
 */
export function spreadOverYears(start: number, end: number, rate: number, origin: number, out: Float64Array, offset = 0, length = out.length - offset): number {
  let a = start - origin;
  let b = end - origin;
  if (a < 0) a = 0;
  if (b > length) b = length;
  if (!(b > a)) return 0;
  let i = Math.floor(a);
  const last = Math.ceil(b) - 1;
  if (i === last) {
    out[offset + i] += rate * (b - a);
    return b - a;
  }
  out[offset + i] += rate * (i + 1 - a);
  for (i++; i < last; i++) out[offset + i] += rate;
  out[offset + last] += rate * (b - last);
  return b - a;
}
