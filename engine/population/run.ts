import { InputError } from "../errors";
import type { NationalAssumptions } from "./assumptions";
import { aggregateBands, type AgeBand } from "./bands";
import { calibrateToBands, type BandTargets, type CalibrationResult } from "./calibrate";
import { nationalAlternative, projectAlternative, type MigrationFlow, type MortalityBase, type PlaceModel } from "./model";
import { projectionYear, type Projection } from "./project";

export const MAX_END_YEAR = 2100;

export interface PopulationRunOptions {
  place: PlaceModel;
  assumptions: NationalAssumptions;
  mortality: MortalityBase;
  /** Alternative codes to run (e.g. ["MMMM", "LLML", "HHMH"]). */
  alternatives: string[];
  endYear: number;
  /** The end year's field as the user wrote it, for messages (default `field "endYear"`; e.g. "scenario.json: population.endYear" or "--to"). */
  endYearWhere?: string;
  /** Band targets to calibrate to, under `calibrationAlternative` (default MMMM); null: no calibration. */
  targets: BandTargets | null;
  calibrationAlternative?: string;
  /** Variant flows added after calibration, so that calibration does not absorb them. */
  extraFlows?: MigrationFlow[];
  /** Out-migration rates added after calibration (by sex and age at the end of the year). */
  extraOutMigrationRates?: Float64Array;
}

export interface PopulationRun {
  place: PlaceModel;
  calibration: CalibrationResult | null;
  projections: Map<string, Projection>;
}

/** Calibrates the place (if targets are given) and projects it under each alternative. */
export function runPopulation(o: PopulationRunOptions): PopulationRun {
  const base = o.place.baseYear;
  const where = o.endYearWhere ?? 'field "endYear"';
  if (!Number.isInteger(o.endYear) || o.endYear < base) {
    throw new InputError(`${where}: expected a year at or after the base year ${base} of the population data, got ${o.endYear}`);
  }
  if (o.endYear > MAX_END_YEAR) {
    throw new InputError(`${where}: expected a year up to ${MAX_END_YEAR}, got ${o.endYear}`);
  }
  if (o.alternatives.length === 0) throw new InputError(`field "alternatives": expected at least one alternative, got none`);
  let place = o.place;
  let calibration: CalibrationResult | null = null;
  if (o.targets) {
    const nat = nationalAlternative(o.assumptions, o.mortality, o.calibrationAlternative ?? "MMMM");
    calibration = calibrateToBands(nat, place, o.targets);
    place = calibration.place;
  }
  if (o.extraFlows && o.extraFlows.length > 0) place = { ...place, flows: [...place.flows, ...o.extraFlows] };
  if (o.extraOutMigrationRates) {
    const r = Float64Array.from(o.extraOutMigrationRates);
    if (place.outMigrationRates) for (let i = 0; i < r.length; i++) r[i] += place.outMigrationRates[i];
    place = { ...place, outMigrationRates: r };
  }
  const projections = new Map<string, Projection>();
  for (const code of o.alternatives) {
    projections.set(code, projectAlternative(nationalAlternative(o.assumptions, o.mortality, code), place, o.endYear));
  }
  return { place, calibration, projections };
}

/** One row of a tidy band table. */
export interface BandRow {
  alternative: string;
  year: number;
  band: string;
  sex: "both" | "male" | "female";
  population: number;
}

/** Tidy rows (alternative, year, band, sex, population) for every year of every projection. */
export function bandRows(run: PopulationRun, bands: readonly AgeBand[], sexes: Array<"both" | "male" | "female"> = ["both"]): BandRow[] {
  const rows: BandRow[] = [];
  for (const [alternative, p] of run.projections) {
    for (let year = p.baseYear; year <= p.endYear; year++) {
      const grid = projectionYear(p, year);
      for (const sex of sexes) {
        const totals = aggregateBands(grid, bands, sex);
        bands.forEach((b, i) => rows.push({ alternative, year, band: b.label, sex, population: totals[i] }));
      }
    }
  }
  return rows;
}
