import type { Rng } from "./rng";
import { splitMix64 } from "./splitmix64";
import { Xoshiro128StarStar } from "./xoshiro128";

/**
 * The generator behind every stream: xoshiro128** 1.1 (Blackman and Vigna; see
 * xoshiro128.ts), written in 32-bit integer arithmetic in this file's folder, so that a draw
 * is a few nanoseconds with no call overhead. Stream (seed, i) is named by the string
 * `"trappa:<seed>:<i>"`; its state is the first two outputs x₁, x₂ of SplitMix64 started at
 * the FNV-1a 64-bit hash of that string's bytes: s[0] = low 32 bits of x₁, s[1] = high 32
 * bits of x₁, s[2], s[3] likewise of x₂ (Vigna's recommended way to seed xoshiro). Every
 * piece is tested against its published reference values. Uniforms have 32-bit resolution.
 * Never seeded globally.
 *
 * Until 2026-11 streams were seedrandom's alea seeded with the same strings; the numbers
 * drawn (not their distribution) changed with the switch.
 */
export const STREAM_ALGORITHM = 'xoshiro128** 1.1, state from SplitMix64 seeded with FNV-1a-64("trappa:<seed>:<stream>")';

/** The seed string of stream (seed, stream): `"trappa:<seed>:<stream>"`. */
export function streamSeed(seed: number, stream: number): string {
  if (!Number.isSafeInteger(seed)) throw new Error(`streamSeed requires a whole-number seed, got ${seed}`);
  if (!(Number.isSafeInteger(stream) && stream >= 0)) throw new Error(`streamSeed requires a whole-number stream index ≥ 0, got ${stream}`);
  return `trappa:${seed}:${stream}`;
}

const FNV_OFFSET = BigInt("0xcbf29ce484222325");
const FNV_PRIME = BigInt("0x100000001b3");
const MASK64 = BigInt("0xffffffffffffffff");
const MASK32 = BigInt("0xffffffff");
const S32 = BigInt(32);

/**
 * The 64-bit FNV-1a hash (Fowler, Noll and Vo) of a string of ASCII characters, one byte per
 * character, as an unsigned bigint.
 *
 * @example fnv1a64("a") // 0xaf63dc4c8601ec8cn
 */
export function fnv1a64(text: string): bigint {
  let h = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) throw new Error(`fnv1a64 requires ASCII text, got character code ${c} at ${i}`);
    h = ((h ^ BigInt(c)) * FNV_PRIME) & MASK64;
  }
  return h;
}

/** The initial xoshiro128** state of stream (seed, stream), four unsigned 32-bit words (see STREAM_ALGORITHM). */
export function streamState(seed: number, stream: number): [number, number, number, number] {
  const [a, b] = splitMix64(fnv1a64(streamSeed(seed, stream)), 2);
  return [Number(a & MASK32), Number(a >> S32), Number(b & MASK32), Number(b >> S32)];
}

/**
 * The generator of stream (seed, stream) as an object, for inner loops that call
 * `.next()` directly (the same numbers as `rngStream(seed, stream)`).
 *
 * @example randomStream(42, 0).next() // a number in [0, 1), the same every time
 */
export function randomStream(seed: number, stream: number): Xoshiro128StarStar {
  const [s0, s1, s2, s3] = streamState(seed, stream);
  return new Xoshiro128StarStar(s0, s1, s2, s3);
}

/**
 * The random stream number `stream` of master seed `seed`: replicate i of a run draws from
 * `rngStream(seed, i)` and from nothing else, so results do not depend on how replicates
 * are split over workers.
 *
 * @example const rng = rngStream(42, 0); rng(); // a number in [0, 1), the same every time
 */
export function rngStream(seed: number, stream: number): Rng {
  const g = randomStream(seed, stream);
  return () => g.next();
}
