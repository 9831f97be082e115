/**
 * A source of uniform random numbers in [0, 1): the only way randomness enters the engine
 * (like d3-random's `.source(rng)`). Functions that draw take an Rng as an argument; nothing
 * seeds or reads a global generator.
 */
export type Rng = () => number;

/**
 * An Rng that always returns `u` (default 0.5, the median): with it every draw by inversion
 * returns its distribution's median, which is how "variation off" is defined.
 *
 * @example constantRng()() // 0.5
 */
export function constantRng(u = 0.5): Rng {
  if (!(u >= 0 && u < 1)) throw new Error(`constantRng requires a value in [0, 1), got ${u}`);
  return () => u;
}
