import { alternativePaths, type NationalAssumptions } from "./assumptions";
import { FERTILE_FROM, FERTILE_TO, gammaFertilitySchedule, givenFertilitySchedule } from "./fertility";
import { GRID_SIZE, N_AGES } from "./grid";
import { survivalForLifeExpectancy, survivalWithHazardRatio } from "./mortality";
import { compilePath, pathValue, type Path } from "./path";
import { projectPlace, type MigrationTerm, type MigrationTiming, type Projection, type YearInputsFn } from "./project";
import type { StepRates } from "./ccmpp-step";

/** Base death rates by single age 0…130 per sex (the shape that is scaled to e0 targets). */
export interface MortalityBase {
  male: Float64Array;
  female: Float64Array;
  /** Lee-Carter improvement loadings b_x per age (0…130); absent: proportional scaling. */
  maleImprovement?: Float64Array;
  femaleImprovement?: Float64Array;
}

/** National rates of one alternative for one year. */
export interface NationalYear {
  tfr: number;
  e0Male: number;
  e0Female: number;
  /** National net immigration (persons). */
  immigration: number;
  /** Multiplier on places' internal migration. */
  internal: number;
  /** Survival [sex][age] (see projectionSurvival) and within the open group per sex. */
  survival: Float64Array;
  survivalOpen: Float64Array;
}

/**
 * The national side of one alternative, with each year's mortality solved once and
 * cached (all places share it).
 */
export interface NationalAlternative {
  code: string;
  /** The base death rates the alternative's mortality is scaled from. */
  mortality?: MortalityBase;
  srb: number;
  /** Fertility schedule by age at the end of the year, summing to 1. */
  schedule: Float64Array;
  year(year: number): NationalYear;
}

export function nationalAlternative(assumptions: NationalAssumptions, mortality: MortalityBase, code: string): NationalAlternative {
  const paths = alternativePaths(assumptions, code);
  const fs = assumptions.fertilitySchedule;
  const schedule =
    "meanAge" in fs
      ? gammaFertilitySchedule(fs.meanAge, fs.sd)
      : givenFertilitySchedule(Object.fromEntries(Object.entries(fs.weights).map(([k, v]) => [Number(k), v])));
  const cache = new Map<number, NationalYear>();
  return {
    code,
    mortality,
    srb: assumptions.sexRatioAtBirth,
    schedule,
    year(year: number): NationalYear {
      let y = cache.get(year);
      if (y) return y;
      // Rates for the step starting 1 January `year` are those of calendar year `year`.
      const e0Male = pathValue(paths.e0Male, year, `lifeExpectancy.male`);
      const e0Female = pathValue(paths.e0Female, year, `lifeExpectancy.female`);
      const m = survivalForLifeExpectancy(mortality.male, e0Male, mortality.maleImprovement);
      const f = survivalForLifeExpectancy(mortality.female, e0Female, mortality.femaleImprovement);
      const survival = new Float64Array(GRID_SIZE);
      survival.set(m.into, 0);
      survival.set(f.into, N_AGES);
      y = {
        tfr: pathValue(paths.tfr, year, "fertility"),
        e0Male,
        e0Female,
        immigration: pathValue(paths.immigration, year, "immigration"),
        internal: paths.internal,
        survival,
        survivalOpen: Float64Array.of(m.open, f.open),
      };
      cache.set(year, y);
      return y;
    },
  };
}

/** Net migration added for some years, e.g. from calibration (persons per year by sex and age). */
export interface MigrationAdjustment {
  /** First step (1 January of this year) the adjustment applies to. */
  fromYear: number;
  /** Steps up to, not including, this year; the last adjustment also continues after it. */
  toYear: number;
  counts: Float64Array;
}

/** A migration flow: label, age-sex profile (sums to 1) and level path (persons per year). */
export interface MigrationFlow {
  label: string;
  profile: Float64Array;
  level: Path;
}

/**
 * A place: its base population and how it differs from the nation.
 * All migration figures are per calendar year, by sex and age at the end of the year.
 */
export interface PlaceModel {
  code: string;
  name: string;
  baseYear: number;
  /** Population 1 January of the base year, [sex][age]. */
  base: Float64Array;
  /** The place's fertility relative to the nation's (1 = national ASFR). */
  fertilityFactor: number;
  /** The place's share of national net immigration, and its age-sex profile (sums to 1). */
  immigrationShare: number;
  immigrationProfile: Float64Array;
  /**
   * Internal migration flows: each a profile (sums to 1) × a level (persons per year,
   * negative for net out-migration). Gross in-migration is a flow; gross out-migration is
   * better given as rates (below), which can never empty an age group.
   */
  flows: MigrationFlow[];
  /** Optional out-migration rates by sex and age at the end of the year (per person at the start). */
  outMigrationRates?: Float64Array;
  /** Calibrated net migration on top of the rest (counted as internal migration). */
  adjustments: MigrationAdjustment[];
  /** Optional hazard ratio by age 0…130 on the nation's death rates (local mortality). */
  mortalityRatio?: Float64Array;
}

function adjustmentFor(place: PlaceModel, year: number): Float64Array | null {
  const adj = place.adjustments;
  if (adj.length === 0) return null;
  for (const a of adj) if (year >= a.fromYear && year < a.toYear) return a.counts;
  const last = adj[adj.length - 1];
  return year >= last.toYear ? last.counts : null;
}

/**
 * The annual inputs of a place under an alternative: national survival and fertility
 * (× the place's fertility factor), and net migration
 *   internal × (Σ flows profile × level − out-rates × start + adjustments)
 *   + immigration share × national immigration × immigration profile.
 */
export function placeInputs(national: NationalAlternative, place: PlaceModel): YearInputsFn {
  const migration = new Float64Array(GRID_SIZE);
  const asfr = new Float64Array(N_AGES);
  const rates: StepRates = {
    survival: new Float64Array(GRID_SIZE),
    survivalOpen: new Float64Array(2),
    asfr,
    srb: national.srb,
    fertileFrom: FERTILE_FROM,
    fertileTo: FERTILE_TO,
  };
  const schedule = national.schedule;
  // Term objects are reused from year to year: the step reads them at once.
  const pool: MigrationTerm[] = [];
  const terms: MigrationTerm[] = [];
  const push = (coef: number, vector: Float64Array) => {
    const t = pool[terms.length] ?? (pool[terms.length] = { coef: 0, vector });
    t.coef = coef;
    t.vector = vector;
    terms.push(t);
  };
  const flows = place.flows.map((f) => ({ profile: f.profile, level: compilePath(f.level, `migration flow "${f.label}"`) }));
  const localSurvival = new Map<number, { survival: Float64Array; open: Float64Array }>();
  const ratio = place.mortalityRatio;
  return (year, start, at) => {
    const ny = national.year(year);
    rates.survival = ny.survival;
    rates.survivalOpen = ny.survivalOpen;
    if (ratio && national.mortality) {
      let local = localSurvival.get(year);
      if (!local) {
        const nm = national.mortality;
        const m = survivalWithHazardRatio(nm.male, ny.e0Male, ratio, nm.maleImprovement);
        const f = survivalWithHazardRatio(nm.female, ny.e0Female, ratio, nm.femaleImprovement);
        const survival = new Float64Array(GRID_SIZE);
        survival.set(m.into, 0);
        survival.set(f.into, N_AGES);
        local = { survival, open: Float64Array.of(m.open, f.open) };
        localSurvival.set(year, local);
      }
      rates.survival = local.survival;
      rates.survivalOpen = local.open;
    }
    const f = ny.tfr * place.fertilityFactor;
    for (let a = FERTILE_FROM; a <= FERTILE_TO; a++) asfr[a] = f * schedule[a];
    const internal = ny.internal;
    // Migration as terms (coefficient × vector), summed inside the step.
    terms.length = 0;
    const imm = place.immigrationShare * ny.immigration;
    if (imm !== 0) push(imm, place.immigrationProfile);
    let built: Float64Array | null = null;
    if (internal !== 0) {
      for (const flow of flows) {
        const l = internal * flow.level(year);
        if (l !== 0) push(l, flow.profile);
      }
      const adj = adjustmentFor(place, year);
      if (adj !== null) push(internal, adj);
      if (place.outMigrationRates) {
        const r = place.outMigrationRates;
        migration.fill(0);
        for (let s = 0; s < 2; s++) {
          const o = s * N_AGES;
          for (let a = 1; a < N_AGES; a++) migration[o + a] = -internal * r[o + a] * start[at + o + a - 1];
          migration[o + N_AGES - 1] -= internal * r[o + N_AGES - 1] * start[at + o + N_AGES - 1];
        }
        built = migration;
      }
    }
    return { rates, migration: built, terms };
  };
}

/** Projects a place under one alternative to `endYear`. */
export function projectAlternative(
  national: NationalAlternative,
  place: PlaceModel,
  endYear: number,
  timing: MigrationTiming = "half",
  into?: Float64Array,
): Projection {
  return projectPlace(place.base, place.baseYear, endYear, placeInputs(national, place), timing, into);
}
