import { isAbsolute, resolve } from "node:path";
import { InputError } from "../errors";
import { DEFAULT_PLACE_NAME, defaultPopulationFile, loadMortalityBase, loadNationalAssumptions } from "../io/defaults";
import { readPopulationCsv } from "../io/population-csv";
import { readSsbFile } from "../io/ssb/read";
import { loadCodeHistory } from "../io/ssb/code-history";
import { movesCounts, readMovesByAge } from "../io/ssb/moves";
import { movesRates, placeYearMoves, topAges } from "../population/moves-rates";
import { resolveRegion } from "../io/ssb/regions";
import { requirePlaces } from "../io/ssb/report";
import type { SsbRow } from "../io/ssb/tidy";
import type { NationalAssumptions } from "../population/assumptions";
import { parseBand, parseBands, type AgeBand } from "../population/bands";
import { placeFromRows } from "../population/from-rows";
import type { PopulationRow } from "../population/rows";
import { GRID_SIZE, N_AGES } from "../population/grid";
import type { MigrationFlow, MortalityBase, PlaceModel } from "../population/model";
import { runPopulation, type PopulationRun } from "../population/run";
import type { PopulationScenario } from "../scenario/population";

/** National assumptions with a scenario's patches applied (letters added or replaced). */
export function patchAssumptions(base: NationalAssumptions, patch: PopulationScenario["assumptions"]): NationalAssumptions {
  if (!patch) return base;
  return {
    ...base,
    fertility: { ...base.fertility, ...patch.fertility },
    lifeExpectancy: {
      male: { ...base.lifeExpectancy.male, ...patch.lifeExpectancy?.male },
      female: { ...base.lifeExpectancy.female, ...patch.lifeExpectancy?.female },
    },
    immigration: { ...base.immigration, ...patch.immigration },
    internalMigration: { ...base.internalMigration, ...patch.internalMigration },
    alternatives: { ...base.alternatives, ...patch.alternatives },
    fertilitySchedule: patch.fertilitySchedule ?? base.fertilitySchedule,
    sexRatioAtBirth: patch.sexRatioAtBirth ?? base.sexRatioAtBirth,
  };
}

/** A migration flow over an age band (by age at the end of the year), even over ages. */
export function bandFlow(label: string, band: AgeBand, maleShare: number, perYear: Record<string, number>): MigrationFlow {
  const profile = new Float64Array(GRID_SIZE);
  const n = band.to - band.from + 1;
  for (let a = band.from; a <= band.to; a++) {
    profile[a] = maleShare / n;
    profile[N_AGES + a] = (1 - maleShare) / n;
  }
  return { label, profile, level: perYear };
}

/**
 * A flow that takes more persons out of its band in one year than the band holds in the
 * base year would empty the band (the projection cuts a population at zero): an error
 * naming the field, the year and the band's base population, never a silent empty band.
 */
function checkOutflow(perYear: Record<string, number>, band: AgeBand, base: Float64Array, where: string): void {
  let held = 0;
  for (let a = band.from; a <= band.to; a++) held += base[a] + base[N_AGES + a];
  for (const [year, v] of Object.entries(perYear)) {
    if (v < 0 && -v > held) {
      throw new InputError(
        `${where}["${year}"]: expected an out-flow of at most the ${Math.round(held)} persons aged ${band.label} in the base year, got ${v}`,
      );
    }
  }
}

export interface PopulationJob {
  run: PopulationRun;
  bands: AgeBand[];
  file: string;
  assumptions: NationalAssumptions;
  /** The base death rates the projection used (data/mortality-shape-norway.json). */
  mortality: MortalityBase;
}

/**
 * Runs the population part of a scenario: reads the population file (relative to
 * `baseDir`, default the embedded Færder file), builds the place, calibrates it to the
 * file's later years, adds the scenario's flows and projects every alternative.
 */
export function runPopulationScenario(s: PopulationScenario, baseDir: string, where = "population", endYearWhere = `${where}.endYear`): PopulationJob {
  const file = s.file ? (isAbsolute(s.file) ? s.file : resolve(baseDir, s.file)) : defaultPopulationFile();
  const assumptions = patchAssumptions(loadNationalAssumptions(), s.assumptions);
  const mortality = loadMortalityBase();
  const bands = parseBands(s.bands, `${where}.bands`);
  let rows: PopulationRow[];
  let source = file;
  let targetYears = s.calibrateYears;
  // The embedded place is Færder; any other file names its own place (an SSB file by name, a population file by region).
  let name = s.name ?? (s.file || s.calibrateTo ? undefined : DEFAULT_PLACE_NAME);
  let region = s.region;
  if (s.calibrateTo) {
    source = isAbsolute(s.calibrateTo) ? s.calibrateTo : resolve(baseDir, s.calibrateTo);
    const { rows: imported, report } = readSsbFile(source, { borderYear: s.borderYear });
    // A former code ("0822" Sauherad) names the place it is part of at the borders of borderYear (default the newest).
    region = s.region ? resolveRegion(s.region, "", undefined, s.borderYear).code || s.region : onlyRegion(imported, source);
    requirePlaces(report, [region]);
    name = name ?? imported.find((r) => r.region === region)?.regionName;
    rows = publishedMmmmRows(imported, source, region);
    if (!targetYears) {
      const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
      targetYears = years.filter((y) => y > years[0] && y <= s.endYear && (y === years[0] + 1 || y % 5 === 0));
    }
  } else {
    rows = readPopulationCsv(file);
  }
  const built = placeFromRows(rows, { file: source, region, baseYear: s.baseYear, name, assumptions, mortality, targetYears });
  const targets = built.targets;
  const place = s.moves ? withMoves(built.place, isAbsolute(s.moves) ? s.moves : resolve(baseDir, s.moves), s.borderYear) : built.place;
  const flows = s.flows.map((f, i) => bandFlow(f.label, parseBand(f.ages, `${where}.flows[${i}].ages`), f.maleShare, f.perYear));
  s.flows.forEach((f, i) => checkOutflow(f.perYear, parseBand(f.ages, `${where}.flows[${i}].ages`), place.base, `${where}.flows[${i}].perYear`));
  for (const code of s.alternatives) {
    if (!(code in assumptions.alternatives)) {
      // The code may come from the population part, report.alternative or --alternative: the message names all three.
      throw new InputError(
        `${where}.alternatives (or report.alternative, --alternative): expected one of ${Object.keys(assumptions.alternatives).join(", ")}, got "${code}"`,
      );
    }
  }
  let outRates: Float64Array | undefined;
  s.outMigration.forEach((o, i) => {
    const band = parseBand(o.ages, `${where}.outMigration[${i}].ages`);
    outRates ??= new Float64Array(GRID_SIZE);
    for (let a = band.from; a <= band.to; a++) {
      outRates[a] = o.rate;
      outRates[N_AGES + a] = o.rate;
    }
  });
  const run = runPopulation({
    place,
    extraOutMigrationRates: outRates,
    extraFlows: flows,
    assumptions,
    mortality,
    alternatives: s.alternatives,
    endYear: s.endYear,
    endYearWhere,
    targets: s.calibrate ? targets : null,
  });
  return { run, bands, file: source, assumptions, mortality };
}

/** Years of moves before the base year a projection reads (as the back-test's window). */
const MOVES_YEARS = 10;

/**
 * The place with its own migration by single age from SSB's moves by age: the net rate at
 * ages 1 … top − 1 (movesRates; the top age of each year, an open group, left out) over the
 * MOVES_YEARS years before the base year, as out-migration rates (negative: net in-moving),
 * per person aged a − 1 in the base year (the place's earlier single-year population is not
 * known here, so the base year's stands for each year's). Calibration, when asked for, then
 * adds what the targets need on top. A file without moves of the place before the base year
 * is an error naming the file, the place and what the file holds.
 */
function withMoves(place: PlaceModel, file: string, borderYear: number | undefined): PlaceModel {
  const codes = loadCodeHistory();
  const all = readMovesByAge(file, codes, borderYear ?? codes.newestYear);
  const mine = all.filter((m) => m.region === place.code && m.year < place.baseYear && m.year >= place.baseYear - MOVES_YEARS);
  const years = [...new Set(mine.map((m) => m.year))].sort((a, b) => a - b);
  if (years.length === 0) {
    const regions = [...new Set(all.map((m) => `${m.region} ${m.regionName}`))].slice(0, 12).join(", ");
    const span = all.length ? `${Math.min(...all.map((m) => m.year))}-${Math.max(...all.map((m) => m.year))}` : "none";
    throw new InputError(
      `${file}: Region: expected moves of ${place.name} (${place.code}) in the ${MOVES_YEARS} years before ${place.baseYear}, got places ${regions || "none"} and years ${span}`,
    );
  }
  // Every place's rows of those years give the year's top age; the place's own rows its moves.
  const top = topAges(all.filter((m) => years.includes(m.year)));
  const both = Float64Array.from({ length: N_AGES }, (_, a) => place.base[a] + place.base[N_AGES + a]);
  const own = movesCounts(mine);
  const r = movesRates(
    [
      {
        region: place.code,
        years: placeYearMoves(own, place.code, years, top),
        exposure: new Map(years.map((y) => [y, both])),
      },
    ],
    [parseBand("0+")],
  );
  const rates = Float64Array.from(place.outMigrationRates ?? new Float64Array(GRID_SIZE));
  const net = r.rates.get(place.code)!;
  for (let sex = 0; sex < 2; sex++) for (let a = 1; a < r.top; a++) rates[sex * N_AGES + a] -= net[a];
  return { ...place, outMigrationRates: rates };
}

function onlyRegion(rows: SsbRow[], file: string): string {
  const regions = [...new Set(rows.map((r) => r.region))];
  if (regions.length !== 1) {
    throw new InputError(`${file}: field "region": expected one place or a chosen one (--region), got ${regions.length}: ${regions.slice(0, 12).join(", ")}`);
  }
  return regions[0];
}

/**
 * The MMMM rows of an imported SSB projection as population rows (the newest round if
 * several): by sex when the file has men and women, else both sexes.
 */
export function publishedMmmmRows(rows: SsbRow[], file: string, region: string): PopulationRow[] {
  const mine = rows.filter((r) => r.region === region);
  if (mine.length === 0)
    throw new InputError(`${file}: field "region": expected rows for "${region}", got ${[...new Set(rows.map((r) => r.region))].join(", ")}`);
  const mmmm = mine.filter((r) => r.alternative === "MMMM" && r.value !== null);
  if (mmmm.length === 0) {
    throw new InputError(
      `${file}: field "alternative": expected SSB's main alternative MMMM, got ${[...new Set(mine.map((r) => r.alternative ?? "registered"))].join(", ")}`,
    );
  }
  const round = Math.max(...mmmm.map((r) => r.round ?? 0));
  const latest = mmmm.filter((r) => (r.round ?? 0) === round);
  const bySex = latest.some((r) => r.sex === "male") && latest.some((r) => r.sex === "female");
  return latest
    .filter((r) => (bySex ? r.sex !== "both" : r.sex === "both"))
    .map((r, i) => ({ region, year: r.year, band: parseBand(r.age, `${file}: age`), sex: r.sex, population: r.value as number, line: i + 2 }));
}
