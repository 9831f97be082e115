import { InputError } from "../errors";
import { LIMITS } from "../limits";
import type { PopulationRow } from "./rows";
import type { NationalAssumptions } from "./assumptions";
import { parseBands, type AgeBand } from "./bands";
import type { BandTargets } from "./calibrate";
import { graduateBands } from "./graduate";
import { GRID_SIZE, N_AGES } from "./grid";
import type { MortalityBase, PlaceModel } from "./model";
import { pathValue } from "./path";
import { placeFromBands, stationaryMaleShare, stationaryOpenWeights } from "./place";

export interface PlaceFromRowsOptions {
  file: string;
  region?: string;
  baseYear?: number;
  name?: string;
  assumptions: NationalAssumptions;
  mortality: MortalityBase;
  /** Target years to keep (default: every later year in the rows). */
  targetYears?: number[];
}

/**
 * A place and its band targets from population rows: the base year (default: the first
 * year in the file) gives the base population, by bands or single years, both sexes or
 * per sex (graduated and split by sex as described in graduateBands and
 * stationaryMaleShare); later years, if any, are band targets for calibration.
 */
export function placeFromRows(rows: PopulationRow[], o: PlaceFromRowsOptions): { place: PlaceModel; targets: BandTargets | null } {
  const regions = [...new Set(rows.map((r) => r.region))];
  const region = o.region ?? (regions.length === 1 ? regions[0] : undefined);
  if (region === undefined) {
    throw new InputError(
      `${o.file}: field "region": expected one region or a chosen one (--region), got ${regions.length} regions: ${regions.slice(0, 10).join(", ")}`,
    );
  }
  const mine = rows.filter((r) => r.region === region);
  if (mine.length === 0) throw new InputError(`${o.file}: field "region": expected rows for region "${region}", got regions ${regions.join(", ")}`);
  const years = [...new Set(mine.map((r) => r.year))].sort((a, b) => a - b);
  const baseYear = o.baseYear ?? years[0];
  if (!years.includes(baseYear)) throw new InputError(`${o.file}: field "year": expected rows for the base year ${baseYear}, got years ${years.join(", ")}`);
  const a = o.assumptions;
  // Before its first year an assumption path holds its first value (so an older SSB round projects from its own base), but not from any year at all.
  if (!(baseYear >= LIMITS.firstYear && baseYear <= LIMITS.lastYear)) {
    throw new InputError(`${o.file}: field "year": expected a base year from ${LIMITS.firstYear} to ${LIMITS.lastYear}, got ${baseYear}`);
  }
  const e0m = pathValue(a.lifeExpectancy.male.M, baseYear);
  const e0f = pathValue(a.lifeExpectancy.female.M, baseYear);
  const maleShare = stationaryMaleShare(o.mortality, e0m, e0f, a.sexRatioAtBirth);
  const baseRows = mine.filter((r) => r.year === baseYear);
  const sexes = new Set(baseRows.map((r) => r.sex));
  if (sexes.has("both") && sexes.size > 1) {
    throw new InputError(`${o.file}: field "sex": expected either both sexes together or men and women separately in ${baseYear}, got a mix`);
  }
  const bandsOf = (rs: PopulationRow[], what: string): { bands: AgeBand[]; totals: Float64Array } => {
    const sorted = [...rs].sort((x, y) => x.band.from - y.band.from);
    const bands = parseBands(
      sorted.map((r) => r.band.label),
      `${o.file}: ${what}: age bands`,
    );
    return { bands, totals: Float64Array.from(sorted, (r) => r.population) };
  };
  let place: PlaceModel;
  const nationalPop = pathValue(a.nationalPopulation, baseYear);
  if (sexes.has("both")) {
    const { bands, totals } = bandsOf(baseRows, `${baseYear}`);
    const openFrom = bands[bands.length - 1].from;
    place = placeFromBands({
      code: region,
      name: o.name ?? region,
      baseYear,
      bands,
      totals,
      maleShare,
      openWeights: stationaryOpenWeights(o.mortality, e0m, e0f, openFrom),
    });
  } else {
    const base = new Float64Array(GRID_SIZE);
    for (const [s, sex] of [
      [0, "male"],
      [1, "female"],
    ] as const) {
      const rs = baseRows.filter((r) => r.sex === sex);
      if (rs.length === 0) throw new InputError(`${o.file}: field "sex": expected rows for ${sex === "male" ? "men" : "women"} in ${baseYear}, got none`);
      const { bands, totals } = bandsOf(rs, `${baseYear} ${sex}`);
      const g = graduateBands(bands, totals, stationaryOpenWeights(o.mortality, e0m, e0f, bands[bands.length - 1].from));
      base.set(g, s * N_AGES);
    }
    place = { ...placeFromBands({ code: region, name: o.name ?? region, baseYear, bands: parseBands("0+"), totals: [0], maleShare }), base };
  }
  let total = 0;
  for (let i = 0; i < GRID_SIZE; i++) total += place.base[i];
  place = { ...place, immigrationShare: nationalPop > 0 ? total / nationalPop : 0 };

  const later = years.filter((y) => y > baseYear && (o.targetYears === undefined || o.targetYears.includes(y)));
  for (const y of o.targetYears ?? []) {
    if (!years.includes(y)) throw new InputError(`${o.file}: field "year": expected the calibration year ${y} in the file, got years ${years.join(", ")}`);
  }
  if (later.length === 0) return { place, targets: null };
  let bands: AgeBand[] | null = null;
  const totals = new Map<number, Float64Array>();
  for (const y of later) {
    const byBand = new Map<string, { band: AgeBand; v: number }>();
    for (const r of mine.filter((x) => x.year === y)) {
      const e = byBand.get(r.band.label) ?? { band: r.band, v: 0 };
      e.v += r.population;
      byBand.set(r.band.label, e);
    }
    const sorted = [...byBand.values()].sort((x, z) => x.band.from - z.band.from);
    const bs = parseBands(
      sorted.map((e) => e.band.label),
      `${o.file}: ${y}: age bands`,
    );
    if (bands === null) bands = bs;
    else if (bands.map((b) => b.label).join() !== bs.map((b) => b.label).join()) {
      throw new InputError(
        `${o.file}: field "age": expected the same bands every target year (${bands.map((b) => b.label).join(",")}), got ${bs.map((b) => b.label).join(",")} in ${y}`,
      );
    }
    totals.set(
      y,
      Float64Array.from(sorted, (e) => e.v),
    );
  }
  // The base year's band totals belong in the fit report too.
  const baseTotals = new Float64Array(bands!.length);
  bands!.forEach((b, i) => {
    for (let age = b.from; age <= b.to; age++) baseTotals[i] += place.base[age] + place.base[N_AGES + age];
  });
  totals.set(baseYear, baseTotals);
  return { place, targets: { bands: bands!, totals } };
}
