import { newAccounts, type StepRates } from "./ccmpp-step";
import { annualStep } from "./annual-step";
import { assertValidGrid, GRID_SIZE, N_AGES } from "./grid";

/** How net migration by age at the end of the year enters the step. */
export type MigrationTiming = "half" | "end";

/** What one annual step (1 January t → 1 January t+1) needs. */
export interface YearInputs {
  rates: StepRates;
  /** Net migration during the year by sex and age at the end of the year (persons), or null. */
  migration: Float64Array | null;
}

/**
 * Supplies the inputs of the step starting 1 January `year`, given the population on that
 * date (for migration given as rates). Must not keep or change `start`.
 */
export type YearInputsFn = (year: number, start: Float64Array) => YearInputs;

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
  for (let i = 0; i < steps; i++) {
    const start = population.subarray(i * GRID_SIZE, (i + 1) * GRID_SIZE);
    const { rates, migration: m } = inputs(baseYear + i, start);
    annualStep(population, i * GRID_SIZE, (i + 1) * GRID_SIZE, rates, m, startShare, acc);
    births[2 * i] = acc.births[0]; births[2 * i + 1] = acc.births[1];
    deaths[2 * i] = acc.deaths[0]; deaths[2 * i + 1] = acc.deaths[1];
    migration[2 * i] = acc.migration[0]; migration[2 * i + 1] = acc.migration[1];
  }
  return { baseYear, endYear, population, births, deaths, migration };
}

/** The grid of one year of a projection (a view, not a copy). */
export function projectionYear(p: Projection, year: number): Float64Array {
  if (year < p.baseYear || year > p.endYear) {
    throw new Error(`projectionYear requires a year in ${p.baseYear}…${p.endYear}, got ${year}`);
  }
  const i = year - p.baseYear;
  return p.population.subarray(i * GRID_SIZE, (i + 1) * GRID_SIZE);
}
