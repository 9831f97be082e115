import { normalQuantile, standardNormal } from "../random/distributions";
import type { Rng } from "../random/rng";
import { rngStream } from "../random/streams";

/**
 * A sub-stream for one parameter: one uniform u of the replicate's stream seeds
 * rngStream(⌊u · 2³²⌋, index). The replicate's stream advances by exactly one draw per
 * parameter, whatever the parameter's sampler needs (rejection samplers use a variable
 * number of draws), so a baseline and a variant stay aligned draw for draw.
 */
export function subStream(rng: Rng, index: number): Rng {
  return rngStream(Math.floor(rng() * 4294967296), index);
}

/**
 * A Gamma(shape, 1) draw by Marsaglia and Tsang's method (2000), with the boost
 * G(a) = G(a + 1) · U^(1/a) for shape below 1. Shape must be positive.
 */
export function gammaDraw(rng: Rng, shape: number): number {
  if (!(shape > 0 && Number.isFinite(shape))) throw new Error(`gammaDraw requires a positive shape, got ${shape}`);
  if (shape < 1) {
    const u = rng();
    return gammaDraw(rng, shape + 1) * (u > 0 ? u : 1e-300) ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u > 0 ? u : 1e-300) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A Beta(a, b) draw as G_a / (G_a + G_b). */
export function betaDraw(rng: Rng, a: number, b: number): number {
  const x = gammaDraw(rng, a);
  const y = gammaDraw(rng, b);
  return x / (x + y);
}

/** A Dirichlet(α) draw: independent Gamma(α_k) normalised to sum 1. */
export function dirichletDraw(rng: Rng, alpha: readonly number[]): number[] {
  const g = alpha.map((a) => gammaDraw(rng, a));
  const sum = g.reduce((s, x) => s + x, 0);
  return g.map((x) => x / sum);
}

/**
 * The triangular distribution on [low, high] with the given mode, by inversion of one
 * uniform u (u = 0.5 gives the median; low = high gives low).
 *
 * @example triangularFromU(0.8, 1, 1.2, 0.5) // 1
 */
export function triangularFromU(low: number, mode: number, high: number, u: number): number {
  if (!(low <= mode && mode <= high)) throw new Error(`triangularFromU requires low ≤ mode ≤ high, got ${low}, ${mode}, ${high}`);
  const w = high - low;
  if (w === 0) return low;
  const f = (mode - low) / w;
  return u < f ? low + Math.sqrt(u * w * (mode - low)) : high - Math.sqrt((1 - u) * w * (high - mode));
}

/**
 * The split (two-piece) log-normal distribution with median `median` whose `level` central
 * interval is exactly low-high: ln x is normal with scale ln(median / low) / z below the
 * median and ln(high / median) / z above it, z = Φ⁻¹((1 + level)/2) (as the population
 * reads SSB's L and H). By inversion of one uniform u (u = 0.5 gives the median).
 *
 * @example lognormalFromU(0.9, 1, 1.1, 0.8, 0.9) // 1.1 (the 90th percentile is the high bound)
 */
export function lognormalFromU(low: number, median: number, high: number, level: number, u: number): number {
  if (!(low > 0 && low <= median && median <= high)) throw new Error(`lognormalFromU requires 0 < low ≤ median ≤ high, got ${low}, ${median}, ${high}`);
  const v = u <= 0 ? 1e-12 : u >= 1 ? 1 - 1e-12 : u;
  const z = normalQuantile(v);
  const scale = (z < 0 ? Math.log(median / low) : Math.log(high / median)) / centralZ(level);
  return median * Math.exp(scale * z);
}

/** The uniform distribution on [low, high] by inversion. */
export function uniformFromU(low: number, high: number, u: number): number {
  return low + (high - low) * u;
}

/** z such that the central interval of a standard normal at `level` is (−z, z): Φ⁻¹((1 + level)/2). */
export function centralZ(level: number): number {
  if (!(level > 0 && level < 1)) throw new Error(`centralZ requires a level above 0 and below 1, got ${level}`);
  return normalQuantile((1 + level) / 2);
}
