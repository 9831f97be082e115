import { isAbsolute, resolve } from "node:path";
import { InputError } from "../errors";
import { DEFAULT_PLACE_NAME, defaultPopulationFile, loadMortalityBase, loadNationalAssumptions } from "../io/defaults";
import { readPopulationCsv } from "../io/population-csv";
import type { NationalAssumptions } from "../population/assumptions";
import { parseBand, parseBands, type AgeBand } from "../population/bands";
import { placeFromRows } from "../population/from-rows";
import { GRID_SIZE, N_AGES } from "../population/grid";
import type { MigrationFlow } from "../population/model";
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

export interface PopulationJob {
  run: PopulationRun;
  bands: AgeBand[];
  file: string;
  assumptions: NationalAssumptions;
}

/**
 * Runs the population part of a scenario: reads the population file (relative to
 * `baseDir`, default the embedded Færder file), builds the place, calibrates it to the
 * file's later years, adds the scenario's flows and projects every alternative.
 */
export function runPopulationScenario(s: PopulationScenario, baseDir: string, where = "population"): PopulationJob {
  const file = s.file ? (isAbsolute(s.file) ? s.file : resolve(baseDir, s.file)) : defaultPopulationFile();
  const assumptions = patchAssumptions(loadNationalAssumptions(), s.assumptions);
  const mortality = loadMortalityBase();
  const bands = parseBands(s.bands, `${where}.bands`);
  const rows = readPopulationCsv(file);
  const name = s.name ?? (s.file ? undefined : DEFAULT_PLACE_NAME);
  const { place, targets } = placeFromRows(rows, { file, region: s.region, baseYear: s.baseYear, name, assumptions, mortality });
  const flows = s.flows.map((f, i) => bandFlow(f.label, parseBand(f.ages, `${where}.flows[${i}].ages`), f.maleShare, f.perYear));
  for (const code of s.alternatives) {
    if (!(code in assumptions.alternatives)) {
      throw new InputError(`${where}.alternatives: expected one of ${Object.keys(assumptions.alternatives).join(", ")}, got "${code}"`);
    }
  }
  const run = runPopulation({
    place,
    extraFlows: flows,
    assumptions,
    mortality,
    alternatives: s.alternatives,
    endYear: s.endYear,
    targets: s.calibrate ? targets : null,
  });
  return { run, bands, file, assumptions };
}


