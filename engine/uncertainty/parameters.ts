import { masterSeed } from "../random/text-seed";
import type { BandPopulation } from "../coverage/population";
import { fieldKey } from "../coverage/rates";
import type { CoverageInput } from "../coverage/types";
import { InputError } from "../errors";
import type { HousingInput } from "../housing/types";
import type { Rng } from "../random/rng";
import { rngStream } from "../random/streams";
import type { InlineDeclarations } from "../scenario/inline-uncertainty";
import type { UncertaintyScenario } from "../scenario/uncertainty";
import { DEFAULT_POPULATION_UNCERTAINTY, type PopulationUncertainty } from "./population";
import { quantileSorted, sortedCopy } from "./quantile";
import { betaDraw, dirichletDraw, lognormalFromU, triangularFromU, uniformFromU } from "./sampling";
import { DEFAULT_SEED } from "../scenario/resolve";

/**
 * An interval for a positive quantity: triangular (mode = the scenario's value, low and high
 * the ends), uniform between low and high, or split log-normal with the scenario's value as
 * median and low-high exactly its central interval at `level` (a published confidence
 * interval; see lognormalFromU).
 */
export interface Interval {
  low: number;
  central: number;
  high: number;
  shape: "triangular" | "uniform" | "lognormal";
  /** Log-normal only: the level of the low-high interval (e.g. 0.95). */
  level?: number;
}

/** An interval for one share of the alternative housing profile; `absorbedBy` takes the change. */
export interface ShareInterval extends Interval {
  band: string;
  step: string;
  absorbedBy: string;
}

/**
 * The uncertain inputs of a coverage-and-housing scenario, resolved and checked. Defaults
 * (data/README.md, "Uncertainty"): level 0.8, 200 replicates, seed report.seed or the run's default (1);
 * population as DEFAULT_POPULATION_UNCERTAINTY; coverage rates and today's housing profile
 * as Beta and Dirichlet posteriors (Jeffreys prior, ½ per category) from base-year counts,
 * a rate given without counts read as if observed in the base-year population of its band;
 * unit costs ± 20 % and årsverk per unit ± 10 %, triangular with the scenario's value as
 * mode; no intervals on the alternative profile unless declared.
 */
export interface UncertaintySettings {
  level: number;
  replicates: number;
  seed: number;
  population: PopulationUncertainty;
  /** `sampleSize` per service, `bandSampleSize` per service and band (declared next to the rate; takes precedence). */
  coverageRates: { off: boolean; sampleSize: Record<string, number>; bandSampleSize: Record<string, Record<string, number>> };
  profileShares: { off: boolean; sampleSize?: number };
  /** Per step or service id. */
  unitCosts: Record<string, Interval>;
  arsverkPerUnit: Record<string, Interval>;
  alternativeShares: ShareInterval[];
}

export const DEFAULT_LEVEL = 0.8;
export const DEFAULT_REPLICATES = 200;
export const DEFAULT_UNIT_COST_RELATIVE = 0.2;
export const DEFAULT_ARSVERK_RELATIVE = 0.1;

type IntervalSpec = { low: number; high: number; shape?: Interval["shape"]; level?: number };

const fail = (where: string, expected: string, found: unknown): never => {
  throw new InputError(`${where}: expected ${expected}, got ${typeof found === "string" ? JSON.stringify(found) : String(found)}`);
};

/**
 * Resolves and checks an `uncertainty` block against the scenario's coverage and housing
 * parts: ids that exist, low ≤ the scenario's value ≤ high, a level in (0, 1), and
 * alternative-profile intervals whose shares (the step's and the absorbing step's) stay in
 * [0, 1] over the whole interval. Errors name the file and the field.
 */
export function resolveUncertainty(
  block: UncertaintyScenario | undefined,
  parts: { coverage: CoverageInput | null; housing: HousingInput | null; declared?: InlineDeclarations },
  options: { file?: string; reportSeed?: number } = {},
): UncertaintySettings {
  const b = block ?? {};
  const file = options.file ? `${options.file}: ` : "";
  const w = `${file}uncertainty`;
  const level = b.level ?? DEFAULT_LEVEL;
  if (!(level > 0 && level < 1)) fail(`${w}.level`, "a level above 0 and below 1", level);
  const replicates = b.replicates ?? DEFAULT_REPLICATES;
  if (!(Number.isInteger(replicates) && replicates >= 2)) fail(`${w}.replicates`, "a whole number of at least 2", replicates);
  const p = b.population ?? {};
  const d = DEFAULT_POPULATION_UNCERTAINTY;
  const population: PopulationUncertainty = {
    level,
    low: p.low ?? d.low,
    high: p.high ?? d.high,
    fertility: { phi: p.fertility?.phi ?? d.fertility.phi, spread: p.fertility?.spread ?? d.fertility.spread },
    lifeExpectancy: { phi: p.lifeExpectancy?.phi ?? d.lifeExpectancy.phi, spread: p.lifeExpectancy?.spread ?? d.lifeExpectancy.spread },
    immigration: { phi: p.immigration?.phi ?? d.immigration.phi, spread: p.immigration?.spread ?? d.immigration.spread },
    internalMigration: {
      phi: p.internalMigration?.phi ?? d.internalMigration.phi,
      relativeSpread: p.internalMigration?.relativeSpread ?? d.internalMigration.relativeSpread,
    },
  };
  // Ids: steps and services share ids where they mean the same thing (e.g. "institusjon").
  const values = new Map<string, { cost: number; arsverk: number }>();
  for (const s of parts.coverage?.services ?? []) values.set(s.id, { cost: s.unitCost.value, arsverk: s.arsverkPerUnit });
  // A step with a service's id keeps the service's figures here; where the two differ, the
  // interval (relative) applies to both, around each one's own value.
  for (const s of parts.housing?.steps ?? []) if (!values.has(s.id)) values.set(s.id, { cost: s.costPerUnit.value, arsverk: s.arsverkPerUnit });
  const ids = Array.from(values.keys());
  const intervals = (
    what: "cost" | "arsverk",
    spec: { defaultRelative?: number; intervals?: Record<string, IntervalSpec> } | undefined,
    rel: number,
    field: string,
  ) => {
    const out: Record<string, Interval> = {};
    const r = spec?.defaultRelative ?? rel;
    if (!(r >= 0 && r < 1)) fail(`${w}.${field}.defaultRelative`, "a relative half-width from 0 up to (not including) 1", r);
    for (const [id, v] of values) {
      const c = v[what];
      if (c > 0) out[id] = { low: c * (1 - r), central: c, high: c * (1 + r), shape: "triangular" };
    }
    const inline = (what === "cost" ? parts.declared?.unitCosts : parts.declared?.arsverkPerUnit) ?? {};
    const given: Array<[string, IntervalSpec, string]> = Object.entries(spec?.intervals ?? {}).map(([id, i]) => [
      id,
      i,
      `${w}.${field}.intervals${fieldKey(id)}`,
    ]);
    for (const [id, list] of Object.entries(inline)) {
      const first = list[0];
      const block = given.find((g) => g[0] === id);
      if (block) fail(`${file}${first.field}`, `one interval for "${id}" (it is also declared in ${block[2]})`, `${first.low}–${first.high}`);
      const other = list.find((d) => d.low !== first.low || d.high !== first.high || d.shape !== first.shape || d.level !== first.level);
      if (other) fail(`${file}${other.field}`, `the same interval as ${first.field} for the shared id "${id}"`, `${other.low}–${other.high}`);
      given.push([id, first, `${file}${first.field}`]);
    }
    for (const [id, i, fw] of given) {
      if (!values.has(id)) fail(fw, `a step or service id (${ids.join(", ")})`, id);
      if (!(i.low <= i.high)) fail(`${fw}.low`, `a low bound at most the high bound ${i.high}`, i.low);
      if (!(i.low >= 0)) fail(`${fw}.low`, "a non-negative low bound", i.low);
      const c = values.get(id)![what];
      if (!(i.low <= c && c <= i.high)) fail(fw, `an interval around the scenario's value ${c}`, `${i.low}–${i.high}`);
      if (i.shape === "lognormal" && !(i.low > 0)) fail(`${fw}.low`, "a positive low bound for a log-normal interval", i.low);
      out[id] = { low: i.low, central: c, high: i.high, shape: i.shape ?? "triangular", level: i.level };
    }
    return out;
  };
  const unitCosts = intervals("cost", b.unitCosts, DEFAULT_UNIT_COST_RELATIVE, "unitCosts");
  const arsverkPerUnit = intervals("arsverk", b.arsverkPerUnit, DEFAULT_ARSVERK_RELATIVE, "arsverkPerUnit");
  const sampleSize = b.coverageRates?.sampleSize ?? {};
  for (const id of Object.keys(sampleSize)) {
    if (!parts.coverage?.services.some((s) => s.id === id))
      fail(`${w}.coverageRates.sampleSize${fieldKey(id)}`, `a service id (${(parts.coverage?.services ?? []).map((s) => s.id).join(", ")})`, id);
  }
  const alternativeShares: ShareInterval[] = [];
  const shareSpecs = [
    ...(b.alternativeShares ?? []).map((a, k) => ({ ...a, fw: `${w}.alternativeShares[${k}]` })),
    ...(parts.declared?.alternativeShares ?? []).map((a) => ({ ...a, fw: `${file}${a.field}` })),
  ];
  shareSpecs.forEach((a) => {
    const fw = a.fw;
    const h = parts.housing;
    if (!h) return fail(fw, "a housing part to vary", "none");
    const stepIds = h.steps.map((s) => s.id);
    if (!stepIds.includes(a.step)) fail(`${fw}.step`, `a step id (${stepIds.join(", ")})`, a.step);
    const absorbedBy = a.absorbedBy ?? stepIds[0];
    if (!stepIds.includes(absorbedBy) || absorbedBy === a.step)
      fail(`${fw}.absorbedBy`, `another step id (${stepIds.filter((s) => s !== a.step).join(", ")})`, absorbedBy);
    const band = h.profiles.alternative[a.band];
    if (!band) fail(`${fw}.band`, `a band of the alternative profile (${Object.keys(h.profiles.alternative).join(", ")})`, a.band);
    const c = band[a.step] ?? 0;
    const r = band[absorbedBy] ?? 0;
    if (!(a.low >= 0 && a.high <= 1 && a.low <= a.high)) fail(fw, "shares with 0 ≤ low ≤ high ≤ 1", `${a.low}–${a.high}`);
    if (!(a.low <= c && c <= a.high)) fail(fw, `an interval around the profile's share ${c}`, `${a.low}–${a.high}`);
    // The absorbing step takes the change: r − (share − c) must stay in [0, 1] over the interval.
    if (r - (a.high - c) < -1e-12 || r + (c - a.low) > 1 + 1e-12) {
      fail(
        fw,
        `a share distribution that stays in [0, 1]: at the high bound "${absorbedBy}" would get ${Number((r - (a.high - c)).toFixed(6))}, at the low bound ${Number((r + (c - a.low)).toFixed(6))}`,
        `${a.low}–${a.high}`,
      );
    }
    if (alternativeShares.some((x) => x.band === a.band && x.step === a.step))
      fail(fw, `one interval for the share of "${a.step}" in ${a.band}`, "a second one");
    alternativeShares.push({ band: a.band, step: a.step, absorbedBy, low: a.low, central: c, high: a.high, shape: a.shape ?? "triangular", level: a.level });
  });
  return {
    level,
    replicates,
    seed: masterSeed(b.seed ?? options.reportSeed ?? DEFAULT_SEED),
    population,
    coverageRates: { off: b.coverageRates?.off ?? false, sampleSize, bandSampleSize: parts.declared?.rateSampleSize ?? {} },
    profileShares: { off: b.profileShares?.off ?? false, sampleSize: b.profileShares?.sampleSize },
    unitCosts,
    arsverkPerUnit,
    alternativeShares,
  };
}

/** The value of an interval at one uniform u (inversion; u = 0.5 is the median). */
export function intervalFromU(i: Interval, u: number): number {
  if (i.shape === "lognormal") return lognormalFromU(i.low, i.central, i.high, i.level ?? 0.95, u);
  return i.shape === "uniform" ? uniformFromU(i.low, i.high, u) : triangularFromU(i.low, i.central, i.high, u);
}

/** A 31-bit FNV-1a hash of a parameter id: the index of its sub-stream. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 1;
}

/** A parameter's own stream within a replicate: rngStream(base, hash(id)), base drawn once per replicate. */
export function parameterStream(base: number, id: string): Rng {
  return rngStream(base, idHash(id));
}

/** Beta posterior (Jeffreys) of a rate seen as `count` of `n`: Beta(count + ½, n − count + ½). */
export function rateShapes(rate: number, n: number, where: string): [number, number] {
  if (!(rate >= 0 && rate <= 1)) fail(where, "a rate between 0 and 1 to read as a Beta posterior", rate);
  if (!(n > 0)) fail(where, "a positive number of residents behind the rate", n);
  return [rate * n + 0.5, (1 - rate) * n + 0.5];
}

/** Residents of a band in a year, for the counts behind a rate. */
export function bandResidents(pop: BandPopulation, year: number, band: string): number {
  return pop.get(year, band);
}

/** Draws of today's profile (Dirichlet per band, Jeffreys prior) given the residents behind each band. */
export function drawProfile(
  rng: Rng,
  profile: Record<string, Record<string, number>>,
  steps: readonly string[],
  n: (band: string) => number,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [band, shares] of Object.entries(profile)) {
    const nb = n(band);
    const alpha = steps.map((s) => (shares[s] ?? 0) * nb + 0.5);
    const d = dirichletDraw(rng, alpha);
    out[band] = Object.fromEntries(steps.map((s, i) => [s, d[i]]));
  }
  return out;
}

/** Empirical quantiles of a Beta(a, b) from 4 000 draws of a fixed stream (for the tornado's low and high). */
export function betaQuantiles(a: number, b: number, ps: readonly number[]): number[] {
  const rng = rngStream(8008, idHash(`beta:${a}:${b}`));
  const n = 4000;
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) x[i] = betaDraw(rng, a, b);
  const s = sortedCopy(x);
  return ps.map((p) => quantileSorted(s, p));
}

/** The low and high value (the (1 ∓ level)/2 quantiles) of an interval, by inversion. */
export function intervalBounds(i: Interval, level: number): [number, number] {
  return [intervalFromU(i, (1 - level) / 2), intervalFromU(i, (1 + level) / 2)];
}

/** Low and high rates of a Beta posterior (empirical quantiles at (1 ∓ level)/2). */
export function rateBounds(rate: number, n: number, level: number): [number, number] {
  const [a, b] = rateShapes(rate, n, "rate");
  const [lo, hi] = betaQuantiles(a, b, [(1 - level) / 2, (1 + level) / 2]);
  return [lo, hi];
}
