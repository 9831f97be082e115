const MASK = BigInt("0xffffffffffffffff");
const GAMMA = BigInt("0x9e3779b97f4a7c15");
const M1 = BigInt("0xbf58476d1ce4e5b9");
const M2 = BigInt("0x94d049bb133111eb");
const S30 = BigInt(30),
  S27 = BigInt(27),
  S31 = BigInt(31);

/**
 * SplitMix64 (Steele, Lea and Flood 2014; reference implementation
 * https://prng.di.unimi.it/splitmix64.c), the generator Vigna recommends for filling the
 * state of the xoshiro generators from one 64-bit seed. Returns the next `count` outputs
 * from state `x` (unsigned 64-bit integers as bigint). Only used when a stream is set up,
 * never per draw.
 *
 * @example splitMix64(BigInt("1477776061723855037"), 1) // [1985237415132408290n] (the reference output)
 */
export function splitMix64(x: bigint, count: number): bigint[] {
  const out: bigint[] = [];
  let s = BigInt.asUintN(64, x);
  for (let i = 0; i < count; i++) {
    s = (s + GAMMA) & MASK;
    let z = s;
    z = ((z ^ (z >> S30)) * M1) & MASK;
    z = ((z ^ (z >> S27)) * M2) & MASK;
    out.push(z ^ (z >> S31));
  }
  return out;
}
