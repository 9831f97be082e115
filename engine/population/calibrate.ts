import { aggregateBands, type AgeBand } from "./bands";
import { GRID_SIZE, N_AGES } from "./grid";
import { projectAlternative, type MigrationAdjustment, type NationalAlternative, type PlaceModel } from "./model";
import { projectionYear } from "./project";
import { solveLinear } from "./solve-linear";

/** Published totals by band (both sexes) for some years, e.g. SSB's MMMM for a place. */
export interface BandTargets {
  bands: AgeBand[];
  /** year → total per band, in the order of `bands` (persons). */
  totals: Map<number, Float64Array>;
}

export interface CalibrationFitRow {
  year: number;
  band: string;
  target: number;
  fitted: number;
  /** fitted − target (persons). */
  difference: number;
  /** (fitted − target) / target. */
  relative: number;
}

export interface CalibrationMigrationRow {
  fromYear: number;
  toYear: number;
  band: string;
  /** Net migration added per year to this band (persons per year, by age at the end of the year). */
  perYear: number;
}

export interface CalibrationResult {
  place: PlaceModel;
  fit: CalibrationFitRow[];
  migration: CalibrationMigrationRow[];
}

/**
 * Calibrates a place to band targets. For each period between target years it finds,
 * per band, a constant yearly net migration (spread over the band's ages and sexes in
 * proportion to the population at the start of the period, so that even a large net
 * out-migration never empties an age) such that the projection under `national`
 * reproduces every band's target at the end of the period. The projection is linear in
 * these amounts, so one projection per band gives the exact solution of a square linear
 * system (to rounding); periods are solved in order. The amounts become the place's
 * migration adjustments, counted as internal migration, and carry on after the last
 * target year; other alternatives and variants then run from the calibrated place.
 *
 * The adjustments absorb everything in which the place differs from the national
 * assumptions: migration above all, but also local fertility and mortality. They are
 * reported per band and period so that implausible values can be seen.
 */
export function calibrateToBands(national: NationalAlternative, place: PlaceModel, targets: BandTargets): CalibrationResult {
  const bands = targets.bands;
  const years = [...targets.totals.keys()].sort((a, b) => a - b);
  const future = years.filter((y) => y > place.baseYear);
  if (future.length === 0) {
    throw new Error(`calibrateToBands requires target years after the base year ${place.baseYear}, got ${years.join(", ") || "none"}`);
  }
  const adjustments: MigrationAdjustment[] = [];
  const migration: CalibrationMigrationRow[] = [];
  let from = place.baseYear;
  for (const year of future) {
    const target = targets.totals.get(year)!;
    const startGrid = projectionYear(projectAlternative(national, { ...place, adjustments }, from), from);
    const units = bands.map((b) => bandUnit(startGrid, b));
    const totalsWith = (amounts: ArrayLike<number>): Float64Array => {
      const counts = new Float64Array(GRID_SIZE);
      for (let j = 0; j < bands.length; j++) {
        const u = units[j];
        for (let i = 0; i < GRID_SIZE; i++) counts[i] += amounts[j] * u[i];
      }
      const trial: PlaceModel = { ...place, adjustments: [...adjustments, { fromYear: from, toYear: year, counts }] };
      return aggregateBands(projectionYear(projectAlternative(national, trial, year), year), bands);
    };
    const nb = bands.length;
    const zero = totalsWith(new Float64Array(nb));
    const a = new Float64Array(nb * nb);
    const scale = 100; // persons per year; the system is linear, the size only guards rounding
    for (let j = 0; j < nb; j++) {
      const e = new Float64Array(nb);
      e[j] = scale;
      const col = totalsWith(e);
      for (let i = 0; i < nb; i++) a[i * nb + j] = (col[i] - zero[i]) / scale;
    }
    const rhs = new Float64Array(nb);
    for (let i = 0; i < nb; i++) rhs[i] = target[i] - zero[i];
    const amounts = solveLinear(a, rhs, nb);
    const counts = new Float64Array(GRID_SIZE);
    for (let j = 0; j < nb; j++) {
      for (let i = 0; i < GRID_SIZE; i++) counts[i] += amounts[j] * units[j][i];
      migration.push({ fromYear: from, toYear: year, band: bands[j].label, perYear: amounts[j] });
    }
    adjustments.push({ fromYear: from, toYear: year, counts });
    from = year;
  }
  const calibrated: PlaceModel = { ...place, adjustments };
  const last = years[years.length - 1];
  const projection = projectAlternative(national, calibrated, Math.max(last, place.baseYear));
  const fit: CalibrationFitRow[] = [];
  for (const year of years) {
    if (year < place.baseYear) continue;
    const got = aggregateBands(projectionYear(projection, year), bands);
    const target = targets.totals.get(year)!;
    const startGrid = projectionYear(projectAlternative(national, { ...place, adjustments }, from), from);
    const _units = bands.map((b) => bandUnit(startGrid, b));
    bands.forEach((b, i) => {
      fit.push({
        year,
        band: b.label,
        target: target[i],
        fitted: got[i],
        difference: got[i] - target[i],
        relative: target[i] > 0 ? (got[i] - target[i]) / target[i] : 0,
      });
    });
  }
  return { place: calibrated, fit, migration };
}

/** Weights (e.g. a population) restricted to one band and scaled to sum 1 (uniform if all 0). */
function bandUnit(profile: Float64Array, band: AgeBand): Float64Array {
  const u = new Float64Array(GRID_SIZE);
  let s = 0;
  for (let sex = 0; sex < 2; sex++) for (let a = band.from; a <= band.to; a++) s += profile[sex * N_AGES + a];
  const n = 2 * (band.to - band.from + 1);
  for (let sex = 0; sex < 2; sex++) {
    for (let a = band.from; a <= band.to; a++) {
      const i = sex * N_AGES + a;
      u[i] = s > 0 ? profile[i] / s : 1 / n;
    }
  }
  return u;
}
