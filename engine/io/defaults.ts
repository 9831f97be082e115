import { InputError } from "../errors";
import { nationalAssumptionsSchema, type NationalAssumptions } from "../population/assumptions";
import type { MortalityBase } from "../population/model";
import { improvementFromShape, mxFromShape } from "../population/mortality";
import { dataPath } from "../root";
import { readJson } from "./json";
import { parseWith } from "../scenario/zod-issues";

/** SSB's 2024 national assumptions (data/ssb-2024-assumptions.json), or another such file. */
export function loadNationalAssumptions(path = dataPath("ssb-2024-assumptions.json")): NationalAssumptions {
  const raw = readJson(path);
  return parseWith(nationalAssumptionsSchema, raw, path);
}

/** Base mortality (mx 0…130 per sex) from a fitted shape file (data/mortality-shape-norway.json). */
export function loadMortalityBase(path = dataPath("mortality-shape-norway.json")): MortalityBase {
  // biome-ignore lint/suspicious/noExplicitAny: a JSON file read field by field below; each field is checked as it is used
  const raw = readJson(path) as Record<string, any>;
  const sexShape = (sex: "male" | "female") => {
    const s = raw[sex];
    if (!s || !Array.isArray(s.logMx) || !s.kannisto) {
      throw new InputError(`${path}: field "${sex}": expected { logMx: [...], kannisto: {a, b, x0} }, got ${JSON.stringify(s)?.slice(0, 60)}`);
    }
    const shape = { knots: raw.knots, closeFrom: raw.closeFrom, logMx: s.logMx, kannisto: s.kannisto, improvement: s.improvement };
    return { mx: mxFromShape(shape), improvement: improvementFromShape(shape) };
  };
  const m = sexShape("male");
  const f = sexShape("female");
  return { male: m.mx, female: f.mx, maleImprovement: m.improvement, femaleImprovement: f.improvement };
}

export const DEFAULT_PLACE_NAME = "Færder";

/** The embedded default population file: Færder (3911), SSB MMMM 2024, by bands. */
export function defaultPopulationFile(): string {
  return dataPath("faerder-3911-mmmm-2024.csv");
}
