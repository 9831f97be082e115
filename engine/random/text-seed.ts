import seedrandom from "seedrandom";

/**
 * A master seed given as a text (`"seed": "kommunestyret-mars-2027"`) turned into the
 * 32-bit integer the engine's streams start from: the first 32-bit output of seedrandom's
 * ARC4 generator keyed with the text (`seedrandom(text).int32() >>> 0`). seedrandom's
 * ARC4 (RC4 with the key mixed by `mixkey`, the first 256 bytes dropped) has not changed
 * since version 2.0 (2013); test/random/text-seed.test.ts re-derives the value from the
 * algorithm itself, so an upgrade that changed it would fail there, not silently move
 * every figure. The hot loops keep xoshiro128** (seedrandom's generators are about
 * 2.5 × slower there); only the master seed comes from here.
 *
 * @example seedFromText("kommunestyret-mars-2027") // a whole number 0 … 4 294 967 295
 */
export function seedFromText(text: string): number {
  return seedrandom(text).int32() >>> 0;
}

/** A master seed as a number: a whole number as it is, a text through seedFromText. */
export function masterSeed(seed: number | string): number {
  return typeof seed === "number" ? seed : seedFromText(seed);
}
