import { InputError } from "../errors";
import type { Rng } from "../random/rng";
import { rngStream } from "../random/streams";
import { alternativeLetters, type NationalAssumptions } from "../population/assumptions";
import { aggregateBands, type AgeBand } from "../population/bands";
import { GRID_SIZE, N_AGES } from "../population/grid";
import { nationalAlternative, projectAlternative, type MortalityBase, type NationalAlternative, type NationalYear, type PlaceModel } from "../population/model";
import { projectionSurvivalFromMx, scaleToLifeExpectancy } from "../population/mortality";
import { pathValue, type Path } from "../population/path";
import { projectionYear, type Projection } from "../population/project";
import { ar1Normals, splitNormal } from "./ar1";
import { centralZ, subStream } from "./sampling";

/** Settings of one component read from SSB's low and high paths. */
export interface ComponentUncertainty {
  /** Year-to-year correlation of the deviations in standard units (AR(1)), 0 ≤ φ < 1. */
  phi: number;
  /** Multiplier on the spread the low and high paths imply: 1 as published, 0 off. */
  spread: number;
}

/**
 * How the population's assumptions vary around the chosen alternative. SSB's `low` and
 * `high` paths (default L and H) are read as the bounds of the central `level` interval
 * (default 80 %): in every year the low path is the 10th and the high path the 90th
 * percentile, a split normal around the middle path. Internal migration has no SSB low or
 * high: its multiplier varies by ± `relativeSpread` (the central interval) around the
 * alternative's.
 */
export interface PopulationUncertainty {
  level: number;
  low: string;
  high: string;
  fertility: ComponentUncertainty;
  lifeExpectancy: ComponentUncertainty;
  immigration: ComponentUncertainty;
  internalMigration: { phi: number; relativeSpread: number };
}

/**
 * Defaults (see data/README.md, "Uncertainty"): 80 % intervals; φ = 0.9 for fertility
 * (period fertility drifts slowly: SSB's alternatives are whole paths), 0.95 for life
 * expectancy (errors in the improvement trend accumulate and do not revert), 0.7 for
 * immigration and internal migration (shocks last a few years: 2015-16, 2022-23);
 * internal migration ± 25 % (our assumption: no published interval).
 */
export const DEFAULT_POPULATION_UNCERTAINTY: PopulationUncertainty = {
  level: 0.8,
  low: "L",
  high: "H",
  fertility: { phi: 0.9, spread: 1 },
  lifeExpectancy: { phi: 0.95, spread: 1 },
  immigration: { phi: 0.7, spread: 1 },
  internalMigration: { phi: 0.7, relativeSpread: 0.25 },
};

/** Every spread zero: the draws equal the chosen alternative. */
export function withoutPopulationSpread(u: PopulationUncertainty): PopulationUncertainty {
  return {
    ...u,
    fertility: { ...u.fertility, spread: 0 },
    lifeExpectancy: { ...u.lifeExpectancy, spread: 0 },
    immigration: { ...u.immigration, spread: 0 },
    internalMigration: { ...u.internalMigration, relativeSpread: 0 },
  };
}

/** The deviations (standard units, one per year from the base year) of one draw. */
export interface PopulationDeviations {
  fertility: Float64Array;
  lifeExpectancy: Float64Array;
  internalMigration: Float64Array;
  immigration: Float64Array;
}

/** One draw's paths, year by year from `baseYear` to `endYear`. */
export interface DrawnPaths {
  baseYear: number;
  endYear: number;
  tfr: Float64Array;
  e0Male: Float64Array;
  e0Female: Float64Array;
  /** Multiplier on the place's internal migration. */
  internal: Float64Array;
  /** National net immigration (persons). */
  immigration: Float64Array;
  deviations: PopulationDeviations;
}

/**
 * The deviations of one draw: four AR(1) series of standard normals (fertility, life
 * expectancy, internal migration, immigration, in that order), n = endYear − baseYear + 1
 * each, each from its own sub-stream (subStream(rng, k), k = 0…3). `rng` advances by
 * exactly four uniforms whatever the spreads and n, and a longer horizon only appends years
 * (the first n years of a draw to 2050 are the draw to 2040), so a whole run and `trappa
 * sensitivity` with another end year draw the same.
 */
export function drawDeviations(rng: Rng, years: number, u: PopulationUncertainty): PopulationDeviations {
  return {
    fertility: ar1Normals(subStream(rng, 0), years, u.fertility.phi),
    lifeExpectancy: ar1Normals(subStream(rng, 1), years, u.lifeExpectancy.phi),
    internalMigration: ar1Normals(subStream(rng, 2), years, u.internalMigration.phi),
    immigration: ar1Normals(subStream(rng, 3), years, u.immigration.phi),
  };
}

/** Deviations fixed at one value in every year (the tornado's low and high: ∓ z). */
export function constantDeviations(years: number, values: Partial<Record<keyof PopulationDeviations, number>>): PopulationDeviations {
  const f = (v: number | undefined) => new Float64Array(years).fill(v ?? 0);
  return {
    fertility: f(values.fertility),
    lifeExpectancy: f(values.lifeExpectancy),
    internalMigration: f(values.internalMigration),
    immigration: f(values.immigration),
  };
}

function checkLetters(a: NationalAssumptions, u: PopulationUncertainty, where: string): void {
  const need = (ok: boolean, field: string, letter: string, known: string[]) => {
    if (!ok) throw new InputError(`${where}.${field}: expected a path letter the assumptions have (${known.join(", ")}), got ${JSON.stringify(letter)}`);
  };
  for (const key of ["low", "high"] as const) {
    const l = u[key];
    need(l in a.fertility, key, l, Object.keys(a.fertility));
    need(l in a.lifeExpectancy.male && l in a.lifeExpectancy.female, key, l, Object.keys(a.lifeExpectancy.male));
    need(l in a.immigration, key, l, Object.keys(a.immigration));
  }
  if (!(u.level > 0 && u.level < 1)) throw new InputError(`${where}.level: expected a level above 0 and below 1, got ${u.level}`);
  for (const c of ["fertility", "lifeExpectancy", "immigration", "internalMigration"] as const) {
    const phi = u[c].phi;
    if (!(phi >= 0 && phi < 1)) throw new InputError(`${where}.${c}.phi: expected a correlation from 0 up to (not including) 1, got ${phi}`);
  }
  for (const c of ["fertility", "lifeExpectancy", "immigration"] as const) {
    if (!(u[c].spread >= 0)) throw new InputError(`${where}.${c}.spread: expected a non-negative multiplier, got ${u[c].spread}`);
  }
  if (!(u.internalMigration.relativeSpread >= 0))
    throw new InputError(`${where}.internalMigration.relativeSpread: expected a non-negative share, got ${u.internalMigration.relativeSpread}`);
}

/**
 * The middle, low and high value of a component in a year. A low path above the high path
 * is an error; a middle outside [low, high] (SSB's L and H are straight lines from 2023 in
 * our data while M rises faster, so M lies above H for fertility 2024-2029) is clamped:
 * that side's spread is 0 in that year, and a warning names the years.
 */
function bounds(
  mid: Path,
  low: Path,
  high: Path,
  year: number,
  name: string,
  letters: [string, string, string],
  where: string,
  check: boolean,
  warn: (name: string, year: number, side: string) => void,
): [number, number, number] {
  const m = pathValue(mid, year, name);
  let l = pathValue(low, year, name);
  let h = pathValue(high, year, name);
  if (check && l > h) {
    const [lm, ll, lh] = letters;
    throw new InputError(
      `${where}.low: ${name} in ${year}: expected the low path "${ll}" (${l}) at most the high path "${lh}" (${h}), got a low bound above the high bound ` +
        `(the middle "${lm}" is ${m})`,
    );
  }
  if (check && m > h) {
    warn(name, year, `the middle path "${letters[0]}" lies above the high path "${letters[2]}": no upward spread`);
    h = m;
  }
  if (check && m < l) {
    warn(name, year, `the middle path "${letters[0]}" lies below the low path "${letters[1]}": no downward spread`);
    l = m;
  }
  return [m, l, h];
}

/**
 * The middle, low and high value of each component in each year from `baseYear` to
 * `endYear` (computed once; every draw reuses them), checked: low ≤ middle ≤ high for
 * each component whose spread is above 0. Throws an InputError naming the component and
 * year where the low path lies above the middle or the middle above the high path.
 */
export interface PathBounds {
  baseYear: number;
  endYear: number;
  level: number;
  z: number;
  /** [middle, low, high] per year. */
  tfr: Float64Array[];
  e0Male: Float64Array[];
  e0Female: Float64Array[];
  immigration: Float64Array[];
  /** The alternative's internal-migration multiplier. */
  internal: number;
  uncertainty: PopulationUncertainty;
  /** Legal but suspicious: where a middle path lies outside the low and high paths (years collapsed to ranges). */
  warnings: string[];
}

export function pathBounds(
  assumptions: NationalAssumptions,
  code: string,
  baseYear: number,
  endYear: number,
  u: PopulationUncertainty,
  where = "uncertainty.population",
): PathBounds {
  checkLetters(assumptions, u, where);
  if (!(Number.isInteger(baseYear) && Number.isInteger(endYear) && endYear >= baseYear)) {
    throw new InputError(`${where}: expected an end year at or after the base year ${baseYear}, got ${endYear}`);
  }
  const l = alternativeLetters(assumptions, code);
  const a = assumptions;
  const b: PathBounds = {
    baseYear,
    endYear,
    level: u.level,
    z: centralZ(u.level),
    tfr: [],
    e0Male: [],
    e0Female: [],
    immigration: [],
    internal: assumptions.internalMigration[l.internalMigration],
    uncertainty: u,
    warnings: [],
  };
  const seen = new Map<string, number[]>();
  const warn = (name: string, year: number, side: string) => {
    const k = `${name}: ${side}`;
    seen.set(k, [...(seen.get(k) ?? []), year]);
  };
  const lf = [l.fertility, u.low, u.high] as [string, string, string];
  const le = [l.lifeExpectancy, u.low, u.high] as [string, string, string];
  const li = [l.immigration, u.low, u.high] as [string, string, string];
  for (let year = baseYear; year <= endYear; year++) {
    b.tfr.push(
      Float64Array.from(bounds(a.fertility[l.fertility], a.fertility[u.low], a.fertility[u.high], year, "fertility", lf, where, u.fertility.spread > 0, warn)),
    );
    b.e0Male.push(
      Float64Array.from(
        bounds(
          a.lifeExpectancy.male[l.lifeExpectancy],
          a.lifeExpectancy.male[u.low],
          a.lifeExpectancy.male[u.high],
          year,
          "lifeExpectancy.male",
          le,
          where,
          u.lifeExpectancy.spread > 0,
          warn,
        ),
      ),
    );
    b.e0Female.push(
      Float64Array.from(
        bounds(
          a.lifeExpectancy.female[l.lifeExpectancy],
          a.lifeExpectancy.female[u.low],
          a.lifeExpectancy.female[u.high],
          year,
          "lifeExpectancy.female",
          le,
          where,
          u.lifeExpectancy.spread > 0,
          warn,
        ),
      ),
    );
    b.immigration.push(
      Float64Array.from(
        bounds(a.immigration[l.immigration], a.immigration[u.low], a.immigration[u.high], year, "immigration", li, where, u.immigration.spread > 0, warn),
      ),
    );
  }
  for (const [k, years] of seen) b.warnings.push(`${where}: ${k.replace(": ", ` ${years[0]}-${years[years.length - 1]}: `)}`);
  return b;
}

/**
 * The paths of one draw: for fertility, life expectancy (one deviation for both sexes: SSB
 * moves them together) and immigration, value = split normal (middle, low, high) at the
 * deviation ε_t; internal migration = the alternative's multiplier × (1 + relativeSpread ×
 * ε_t / z), floored at 0. TFR and immigration are floored at 0 (a normal tail below 0 is
 * not a possible value; with SSB's paths at 80 % it does not occur).
 */
export function applyDeviations(b: PathBounds, deviations: PopulationDeviations): DrawnPaths {
  const u = b.uncertainty;
  const n = b.endYear - b.baseYear + 1;
  for (const k of ["fertility", "lifeExpectancy", "internalMigration", "immigration"] as const) {
    if (deviations[k].length < n) throw new Error(`applyDeviations requires ${n} yearly deviations of ${k}, got ${deviations[k].length}`);
  }
  const out: DrawnPaths = {
    baseYear: b.baseYear,
    endYear: b.endYear,
    deviations,
    tfr: new Float64Array(n),
    e0Male: new Float64Array(n),
    e0Female: new Float64Array(n),
    internal: new Float64Array(n),
    immigration: new Float64Array(n),
  };
  const z = b.z;
  for (let t = 0; t < n; t++) {
    const f = b.tfr[t],
      em = b.e0Male[t],
      ef = b.e0Female[t],
      im = b.immigration[t];
    out.tfr[t] = Math.max(0, splitNormal(f[0], f[1], f[2], z, deviations.fertility[t], u.fertility.spread));
    out.e0Male[t] = splitNormal(em[0], em[1], em[2], z, deviations.lifeExpectancy[t], u.lifeExpectancy.spread);
    out.e0Female[t] = splitNormal(ef[0], ef[1], ef[2], z, deviations.lifeExpectancy[t], u.lifeExpectancy.spread);
    out.immigration[t] = Math.max(0, splitNormal(im[0], im[1], im[2], z, deviations.immigration[t], u.immigration.spread));
    out.internal[t] = b.internal * Math.max(0, 1 + (u.internalMigration.relativeSpread * deviations.internalMigration[t]) / z);
  }
  return out;
}

/** The paths of one draw around alternative `code` (pathBounds, then applyDeviations). */
export function drawnPaths(
  assumptions: NationalAssumptions,
  code: string,
  baseYear: number,
  endYear: number,
  u: PopulationUncertainty,
  deviations: PopulationDeviations,
  where = "uncertainty.population",
): DrawnPaths {
  return applyDeviations(pathBounds(assumptions, code, baseYear, endYear, u, where), deviations);
}

/** The code of a drawn alternative. */
export const DRAWN_CODE = "SSSS";

/**
 * The national side of one draw: in each year the survival solved for the drawn e0 of each
 * sex (scaleToLifeExpectancy, then the life table: as nationalAlternative, but not cached,
 * since a drawn value is not seen again), the drawn TFR, national immigration and
 * internal-migration multiplier; the fertility schedule and sex ratio at birth of `base`
 * (the alternative the draws vary around). Years outside the draw take its nearest year.
 */
export function stochasticNational(base: Pick<NationalAlternative, "srb" | "schedule">, mortality: MortalityBase, d: DrawnPaths): NationalAlternative {
  const years: NationalYear[] = [];
  const survival = (mx: Float64Array, e0: number, improvement: Float64Array | undefined) =>
    projectionSurvivalFromMx(scaleToLifeExpectancy(mx, e0, improvement).mx);
  return {
    code: DRAWN_CODE,
    mortality,
    srb: base.srb,
    schedule: base.schedule,
    year(year: number): NationalYear {
      const t = Math.min(Math.max(year - d.baseYear, 0), d.internal.length - 1);
      let y = years[t];
      if (y) return y;
      const m = survival(mortality.male, d.e0Male[t], mortality.maleImprovement);
      const f = survival(mortality.female, d.e0Female[t], mortality.femaleImprovement);
      const all = new Float64Array(GRID_SIZE);
      all.set(m.into, 0);
      all.set(f.into, N_AGES);
      y = {
        tfr: d.tfr[t],
        e0Male: d.e0Male[t],
        e0Female: d.e0Female[t],
        immigration: d.immigration[t],
        internal: d.internal[t],
        survival: all,
        survivalOpen: Float64Array.of(m.open, f.open),
      };
      years[t] = y;
      return y;
    },
  };
}

/** What a stochastic population run needs: a (calibrated) place and the national side. */
export interface StochasticPopulationInput {
  place: PlaceModel;
  assumptions: NationalAssumptions;
  mortality: MortalityBase;
  /** The alternative the draws vary around (e.g. "MMMM"). */
  alternative: string;
  endYear: number;
  uncertainty: PopulationUncertainty;
}

const boundsCache = new WeakMap<StochasticPopulationInput, PathBounds>();
const baseCache = new WeakMap<StochasticPopulationInput, NationalAlternative>();

/** The path bounds of an input (computed once per input object, in each thread). */
export function inputBounds(input: StochasticPopulationInput): PathBounds {
  let b = boundsCache.get(input);
  if (!b) {
    b = pathBounds(input.assumptions, input.alternative, input.place.baseYear, input.endYear, input.uncertainty);
    boundsCache.set(input, b);
  }
  return b;
}

/** The alternative the draws vary around (its fertility schedule and sex ratio; built once per input object). */
function inputBase(input: StochasticPopulationInput): NationalAlternative {
  let b = baseCache.get(input);
  if (!b) {
    b = nationalAlternative(input.assumptions, input.mortality, input.alternative);
    baseCache.set(input, b);
  }
  return b;
}

/** Projects one draw from its deviations: the drawn paths (applyDeviations) on the input's place to its end year. */
export function projectDraw(input: StochasticPopulationInput, deviations: PopulationDeviations): Projection {
  const d = applyDeviations(inputBounds(input), deviations);
  return projectAlternative(stochasticNational(inputBase(input), input.mortality, d), input.place, input.endYear);
}

/** Projects replicate i: deviations from stream (seed, i). */
export function projectReplicate(input: StochasticPopulationInput, seed: number, i: number): Projection {
  const years = input.endYear - input.place.baseYear + 1;
  return projectDraw(input, drawDeviations(rngStream(seed, i), years, input.uncertainty));
}

/** Band totals (both sexes) of a projection: [year − base][band] in persons. */
export function bandTotals(p: Projection, bands: readonly AgeBand[]): Float64Array[] {
  const out: Float64Array[] = [];
  for (let y = p.baseYear; y <= p.endYear; y++) out.push(aggregateBands(projectionYear(p, y), bands, "both"));
  return out;
}
