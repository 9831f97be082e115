import { newAccounts, type StepRates } from "./ccmpp-step";
import { annualStep, type MigrationTerms3 } from "./annual-step";
import { assertValidGrid, GRID_SIZE } from "./grid";

/** How net migration by age at the end of the year enters the step. */
export type MigrationTiming = "half" | "end";

/** What one annual step (1 January t → 1 January t+1) needs. */
export interface YearInputs {
  rates: StepRates;
  /** Net migration during the year by sex and age at the end of the year (persons), or null. */
  migration: Float64Array | null;
  /**
   * Optional further migration as terms coefficient × vector (e.g. a level × a profile),
   * added to `migration`; the step sums them on the fly instead of building a vector.
   */
  terms?: MigrationTerm[];
}

/** A migration term: `coef` × `vector` (persons by sex and age at the end of the year). */
export interface MigrationTerm {
  coef: number;
  vector: Float64Array;
}

/**
 * Supplies the inputs of the step starting 1 January `year`, given the population on that
 * date (for migration given as rates): `buffer[offset … offset + 212)`. Must not keep or
 * change the buffer.
 */
export type YearInputsFn = (year: number, buffer: Float64Array, offset: number) => YearInputs;

/** A projection by sex and single year of age, 1 January of each year. */
export interface Projection {
  baseYear: number;
  endYear: number;
  /** [year][sex][age], (endYear − baseYear + 1) × 2 × 106 persons. */
  population: Float64Array;
  /** Per step and sex (step i = year baseYear+i → +1): births, deaths, net migration applied. */
  births: Float64Array;
  deaths: Float64Array;
  migration: Float64Array;
}

/**
 * Cohort-component projection of one place from `baseYear` to `endYear` in annual steps,
 * SSB style: ages 0…104 and 105+, rates indexed by age at the end of the year, births
 * from the average female population over the year (cohort exposure).
 *
 * Migration timing `half` (default): half of the migrants aged a at the end of the year
 * arrive at the start (aged a−1) and are exposed to a year's mortality, half arrive at
 * the end; migrants aged 0 all arrive at the end. `end`: all arrive at the end.
 *
 * `into`, if given, receives the population (a view of a larger buffer, for batch runs).
 *
 * @example projectPlace(base, 2024, 2040, (year) => ({ rates, migration: null }))
 */
export function projectPlace(
  base: Float64Array,
  baseYear: number,
  endYear: number,
  inputs: YearInputsFn,
  timing: MigrationTiming = "half",
  into?: Float64Array,
): Projection {
  if (base.length !== GRID_SIZE) throw new Error(`projectPlace requires a base grid of ${GRID_SIZE} cells, got ${base.length}`);
  if (!Number.isInteger(baseYear) || !Number.isInteger(endYear) || endYear < baseYear) {
    throw new Error(`projectPlace requires an end year at or after the base year, got ${baseYear} → ${endYear}`);
  }
  assertValidGrid(base, "projectPlace base population");
  const steps = endYear - baseYear;
  const size = (steps + 1) * GRID_SIZE;
  if (into && into.length !== size) throw new Error(`projectPlace requires an output array of ${size} cells, got ${into.length}`);
  const population = into ?? new Float64Array(size);
  population.set(base, 0);
  const births = new Float64Array(steps * 2);
  const deaths = new Float64Array(steps * 2);
  const migration = new Float64Array(steps * 2);
  const acc = newAccounts();
  const startShare = timing === "half" ? 0.5 : 0;
  const scratch = new Float64Array(GRID_SIZE);
  const terms = { c0: 0, v0: ZERO, c1: 0, v1: ZERO, c2: 0, v2: ZERO };
  for (let i = 0; i < steps; i++) {
    const input = inputs(baseYear + i, population, i * GRID_SIZE);
    const any = collectTerms(input, terms, scratch);
    annualStep(population, i * GRID_SIZE, (i + 1) * GRID_SIZE, input.rates, any ? terms : null, startShare, acc);
    births[2 * i] = acc.births[0];
    births[2 * i + 1] = acc.births[1];
    deaths[2 * i] = acc.deaths[0];
    deaths[2 * i + 1] = acc.deaths[1];
    migration[2 * i] = acc.migration[0];
    migration[2 * i + 1] = acc.migration[1];
  }
  return { baseYear, endYear, population, births, deaths, migration };
}

const ZERO = new Float64Array(GRID_SIZE);

/**
 * Puts a year's migration into at most three terms for the step (more are summed into
 * `scratch`). Returns false when there is no migration at all.
 */
function collectTerms(input: YearInputs, t: MigrationTerms3, scratch: Float64Array): boolean {
  // Without allocating: up to three slots; from a fourth term on, the third slot and the
  // rest are summed into scratch.
  let k = 0;
  const n = input.terms ? input.terms.length : 0;
  for (let i = -1; i < n; i++) {
    let coef: number;
    let vector: Float64Array;
    if (i < 0) {
      if (input.migration === null) continue;
      coef = 1;
      vector = input.migration;
    } else {
      coef = input.terms![i].coef;
      vector = input.terms![i].vector;
    }
    if (coef === 0) continue;
    if (k === 0) {
      t.c0 = coef;
      t.v0 = vector;
    } else if (k === 1) {
      t.c1 = coef;
      t.v1 = vector;
    } else if (k === 2) {
      t.c2 = coef;
      t.v2 = vector;
    } else {
      if (k === 3) {
        for (let j = 0; j < GRID_SIZE; j++) scratch[j] = t.c2 * t.v2[j];
        t.c2 = 1;
        t.v2 = scratch;
      }
      for (let j = 0; j < GRID_SIZE; j++) scratch[j] += coef * vector[j];
    }
    k++;
  }
  if (k < 3) {
    t.c2 = 0;
    t.v2 = ZERO;
  }
  if (k < 2) {
    t.c1 = 0;
    t.v1 = ZERO;
  }
  return k > 0;
}

/** The grid of one year of a projection (a view, not a copy). */
export function projectionYear(p: Projection, year: number): Float64Array {
  if (year < p.baseYear || year > p.endYear) {
    throw new Error(`projectionYear requires a year in ${p.baseYear}…${p.endYear}, got ${year}`);
  }
  const i = year - p.baseYear;
  return p.population.subarray(i * GRID_SIZE, (i + 1) * GRID_SIZE);
}
