import { InputError } from "../errors";
import type { BandRow } from "../population/run";

/**
 * Residents per year and age band: what the coverage and housing cores read. Persons
 * (1 January). `get` throws an InputError for a year or band the population lacks.
 */
export interface BandPopulation {
  /** Years in ascending order. */
  years: number[];
  /** Band labels, e.g. "0-66", "67-79", "90+". */
  bands: string[];
  /** Residents in `band` on 1 January `year` (persons). */
  get(year: number, band: string): number;
}

/**
 * A BandPopulation from a table: `values[year][band]` in persons.
 * Missing data: every year must have every band; a negative or non-finite count throws.
 *
 * @example bandPopulationFromTable({ 2024: { "67-79": 4125, "80+": 1595 } })
 */
export function bandPopulationFromTable(values: Record<number | string, Record<string, number>>, where = "population"): BandPopulation {
  const years = Object.keys(values)
    .map(Number)
    .sort((a, b) => a - b);
  if (years.length === 0) throw new InputError(`${where}: expected at least one year, got none`);
  const bands = Object.keys(values[years[0]]);
  if (bands.length === 0) throw new InputError(`${where}: expected at least one band, got none`);
  const map = new Map<string, number>();
  for (const y of years) {
    if (!Number.isInteger(y)) throw new InputError(`${where}: expected whole years, got ${y}`);
    const row = values[y];
    for (const b of bands) {
      const v = row[b];
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
        throw new InputError(`${where}[${y}]["${b}"]: expected a non-negative number of residents, got ${v}`);
      }
      map.set(`${y}|${b}`, v);
    }
    for (const b of Object.keys(row)) {
      if (!bands.includes(b)) throw new InputError(`${where}[${y}]: expected the bands ${bands.join(", ")}, got an extra band "${b}"`);
    }
  }
  return makePopulation(years, bands, map, where);
}

/**
 * A BandPopulation from tidy band rows (engine/population/run.ts `bandRows`), for one
 * projection alternative (default: the first in the rows) and one sex (default "both").
 */
export function bandPopulationFromRows(rows: readonly BandRow[], alternative?: string, sex: BandRow["sex"] = "both"): BandPopulation {
  if (rows.length === 0) throw new InputError(`bandPopulationFromRows requires band rows, got none`);
  const alt = alternative ?? rows[0].alternative;
  const years: number[] = [];
  const bands: string[] = [];
  const map = new Map<string, number>();
  for (const r of rows) {
    if (r.alternative !== alt || r.sex !== sex) continue;
    if (!years.includes(r.year)) years.push(r.year);
    if (!bands.includes(r.band)) bands.push(r.band);
    map.set(`${r.year}|${r.band}`, r.population);
  }
  if (years.length === 0) {
    const alts = Array.from(new Set(rows.map((r) => r.alternative))).join(", ");
    throw new InputError(`population: expected rows for alternative "${alt}" and sex "${sex}", got alternatives ${alts}`);
  }
  years.sort((a, b) => a - b);
  return makePopulation(years, bands, map, `population (${alt})`);
}

function makePopulation(years: number[], bands: string[], map: Map<string, number>, where: string): BandPopulation {
  return {
    years,
    bands,
    get(year: number, band: string): number {
      const v = map.get(`${year}|${band}`);
      if (v === undefined) {
        if (!bands.includes(band)) throw new InputError(`${where}: expected one of the bands ${bands.join(", ")}, got "${band}"`);
        throw new InputError(`${where}: expected a year from ${years[0]} to ${years[years.length - 1]}, got ${year}`);
      }
      return v;
    },
  };
}

/**
 * Residents as one matrix, what the coverage and housing inner loops read:
 * `values[(year − firstYear) × bands.length + b]` for band `bands[b]`, persons (1 January).
 */
export interface BandMatrix {
  firstYear: number;
  lastYear: number;
  bands: readonly string[];
  values: Float64Array;
}

/**
 * The residents of `firstYear`…`lastYear` in every band of a population, as a matrix.
 * Missing data: a year the population lacks throws (as `get` does).
 *
 * @example bandMatrix(pop, 2024, 2040).values[0] // residents of the first band in 2024
 */
export function bandMatrix(pop: BandPopulation, firstYear: number, lastYear: number): BandMatrix {
  const B = pop.bands.length;
  const values = new Float64Array(Math.max(0, lastYear - firstYear + 1) * B);
  for (let y = firstYear; y <= lastYear; y++) for (let b = 0; b < B; b++) values[(y - firstYear) * B + b] = pop.get(y, pop.bands[b]);
  return { firstYear, lastYear, bands: pop.bands, values };
}
