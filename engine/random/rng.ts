/**
 * A source of uniform random numbers in [0, 1): the only way randomness enters the engine
 * (like d3-random's `.source(rng)`). Functions that draw take an Rng as an argument; nothing
 * seeds or reads a global generator.
 */
export type Rng = () => number;

/**
 * The same source as an object with a `next()` method, for Monte Carlo inner loops (a
 * method call on one class of object is inlined by the JIT). A generator of
 * engine/random/streams is one; `sourceFromRng(rng)` turns any Rng into one.
 */
export interface UniformSource {
  next(): number;
  /** Fills out[0…count−1] with the next `count` uniforms (as many calls of next()). */
  fill(out: Float64Array, count: number): void;
}

/**
 * An Rng that always returns `u` (default 0.5, the median): with it every draw by inversion
 * returns its distribution's median, which is how "variation off" is defined.
 *
 * @example constantRng()() // 0.5
 */
export function constantRng(u = 0.5): Rng {
  checkConstant(u, "constantRng");
  return () => u;
}

class ConstantSource implements UniformSource {
  constructor(private readonly u: number) {}
  next(): number {
    return this.u;
  }
  fill(out: Float64Array, count: number): void {
    out.fill(this.u, 0, count);
  }
}

/**
 * Any Rng as a UniformSource (next() calls it; fill calls it `count` times).
 *
 * @example sourceFromRng(constantRng(0.25)).next() // 0.25
 */
export function sourceFromRng(rng: Rng): UniformSource {
  return {
    next: rng,
    fill(out: Float64Array, count: number): void {
      for (let i = 0; i < count; i++) out[i] = rng();
    },
  };
}

/**
 * constantRng as a UniformSource: `next()` always returns `u` (default 0.5, the medians).
 *
 * @example constantSource().next() // 0.5
 */
export function constantSource(u = 0.5): UniformSource {
  checkConstant(u, "constantSource");
  return new ConstantSource(u);
}

function checkConstant(u: number, fn: string): void {
  if (!(u >= 0 && u < 1)) throw new Error(`${fn} requires a value in [0, 1), got ${u}`);
}
