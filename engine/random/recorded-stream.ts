import { exponentialFromU } from "./exponential";
import type { LognormalFactorTable } from "./lognormal-table";
import { randomStream } from "./streams";
import type { Xoshiro128StarStar } from "./xoshiro128";

/**
 * The uniforms of stream (seed, stream) kept as they are generated, for work that reads the
 * same stream again and again (the uncertainty run's parameter sets all run the same
 * person-level streams): a read is a view into the recording, extended from the stream's
 * generator when it runs past the end, so the numbers are those of randomStream(seed,
 * stream) read from the start (next() and fill() give the same sequence).
 */
export class RecordedStream {
  private values = new Float64Array(0);
  private length = 0;
  private readonly generator: Xoshiro128StarStar;
  /** Functions of the uniforms (log-normal factors, exponentials), by key: computed once per uniform. */
  private readonly derived = new Map<object, { values: Float64Array; length: number }>();

  constructor(
    readonly seed: number,
    readonly stream: number,
  ) {
    this.generator = randomStream(seed, stream);
  }

  /** Uniforms `from` … from + count − 1 of the stream, as a view (do not change it). */
  read(from: number, count: number): Float64Array {
    const end = from + count;
    if (end > this.length) this.extend(end);
    return this.values.subarray(from, end);
  }

  /** Uniform `at` of the stream. */
  at(at: number): number {
    if (at >= this.length) this.extend(at + 1);
    return this.values[at];
  }

  /**
   * table.at(u) of uniforms `from` … from + count − 1 (the log-normal factor of each, used
   * where a uniform is a phase draw), as a view; computed once per uniform and table.
   */
  factors(from: number, count: number, table: LognormalFactorTable): Float64Array {
    return this.map(table, (u) => table.at(u), from, count);
  }

  /** exponentialFromU(u) (−ln(1 − u)) of uniforms `from` … from + count − 1, as a view; computed once per uniform. */
  exponentials(from: number, count: number): Float64Array {
    return this.map(exponentialFromU, exponentialFromU, from, count);
  }

  /** fn(u) of uniforms `from` … from + count − 1 as a view, computed once per uniform for `key` (fn must depend on u only). */
  private map(key: object, fn: (u: number) => number, from: number, count: number): Float64Array {
    const end = from + count;
    let d = this.derived.get(key);
    if (!d) {
      if (this.derived.size >= 4) this.derived.clear();
      this.derived.set(key, (d = { values: new Float64Array(0), length: 0 }));
    }
    if (end > d.length) {
      const u = this.read(0, Math.max(end, this.length));
      if (u.length > d.values.length) {
        const grown = new Float64Array(u.length);
        grown.set(d.values.subarray(0, d.length));
        d.values = grown;
      }
      for (let i = d.length; i < u.length; i++) d.values[i] = fn(u[i]);
      d.length = u.length;
    }
    return d.values.subarray(from, end);
  }

  private extend(to: number): void {
    if (to > this.values.length) {
      const grown = new Float64Array(Math.max(to, 2 * this.values.length, 4096));
      grown.set(this.values.subarray(0, this.length));
      this.values = grown;
    }
    const more = this.values.length - this.length;
    this.generator.fill(this.values.subarray(this.length), more);
    this.length += more;
  }
}

/** Recordings of the last seed read, by stream (at most MAX_STREAMS, then started afresh). */
const recordings = new Map<number, RecordedStream>();
let recordedSeed: number | null = null;
const MAX_STREAMS = 64;

/**
 * The recording of stream (seed, stream), kept between calls (per thread) for the last seed
 * asked for and at most 64 streams.
 *
 * @example recordedStream(2040, 1_000_000_000).read(0, 5) // randomStream(2040, 1e9)'s first five uniforms
 */
export function recordedStream(seed: number, stream: number): RecordedStream {
  if (seed !== recordedSeed) {
    recordings.clear();
    recordedSeed = seed;
  }
  let r = recordings.get(stream);
  if (!r) {
    if (recordings.size >= MAX_STREAMS) recordings.clear();
    r = new RecordedStream(seed, stream);
    recordings.set(stream, r);
  }
  return r;
}
