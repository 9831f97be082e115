/**
 * xoshiro128** 1.1 (Blackman and Vigna, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47(4), 2021; reference implementation https://prng.di.unimi.it/xoshiro128starstar.c):
 * 128 bits of state, period 2^128 − 1, 32-bit outputs that pass BigCrush and PractRand.
 * Written in 32-bit integer arithmetic (Math.imul, shifts), so one draw costs a few
 * nanoseconds and allocates nothing.
 *
 * The state must not be all zero. `next()` is a uniform in [0, 1) with 32-bit resolution
 * (output × 2^−32), like the generators it replaces.
 *
 * @example const g = new Xoshiro128StarStar(1, 2, 3, 4); g.nextUint32(); // 11520 (the reference output)
 */
export class Xoshiro128StarStar {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(s0: number, s1: number, s2: number, s3: number) {
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) throw new Error("Xoshiro128StarStar requires a state that is not all zero");
  }

  /** The next 32-bit output, as an unsigned integer 0…2^32 − 1. */
  nextUint32(): number {
    const s0 = this.s0,
      s1 = this.s1;
    let s2 = this.s2,
      s3 = this.s3;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    this.s1 = s1 ^ s2;
    this.s0 = s0 ^ s3;
    this.s2 = s2 ^ t;
    this.s3 = (s3 << 11) | (s3 >>> 21);
    return result >>> 0;
  }

  /** A uniform in [0, 1): the next output × 2^−32. */
  next(): number {
    return this.nextUint32() * 2.3283064365386963e-10;
  }

  /**
   * Fills out[0…count−1] with the next `count` uniforms (the same numbers as `count` calls of
   * next()). The state is written back after every 64 numbers, not only at the end: a first
   * call with a long loop is compiled while it runs (on-stack replacement), and stores that
   * had not yet run by then would send the compiled code back to the interpreter on every
   * later call.
   */
  fill(out: Float64Array, count: number): void {
    let s0 = this.s0,
      s1 = this.s1,
      s2 = this.s2,
      s3 = this.s3;
    for (let i = 0; i < count; ) {
      const end = Math.min(count, i + 64);
      for (; i < end; i++) {
        const m = Math.imul(s1, 5);
        const result = Math.imul((m << 7) | (m >>> 25), 9);
        const t = s1 << 9;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 11) | (s3 >>> 21);
        out[i] = (result >>> 0) * 2.3283064365386963e-10;
      }
      this.s0 = s0;
      this.s1 = s1;
      this.s2 = s2;
      this.s3 = s3;
    }
  }

  /** The state words s[0…3] as unsigned 32-bit integers (for tests and diagnostics). */
  state(): [number, number, number, number] {
    return [this.s0 >>> 0, this.s1 >>> 0, this.s2 >>> 0, this.s3 >>> 0];
  }
}
