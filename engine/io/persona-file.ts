import { existsSync } from "node:fs";
import { readTextFile } from "./text";
import { dirname, isAbsolute, resolve } from "node:path";
import { InputError } from "../errors";
import { compilePersona } from "../pathways/compile";
import { periodMx } from "../pathways/life-table-mx";
import type { PersonaModel } from "../pathways/model";
import type { PublishedPersonaRow } from "../pathways/published";
import { type ConditionDefaults, conditionDefaultsSchema, personaFileSchema, type PersonaFile } from "../scenario/personas";

export type { ConditionDefaults };
import { parseCsv, requireColumns } from "./csv";
import { LIMITS } from "../limits";
import { parseNumberText } from "./number-text";
import { loadMortalityBase, loadNationalAssumptions } from "./defaults";
import { readJson } from "./json";
import { loadPriceCatalogue } from "./price-catalogue";
import { dataPath } from "../root";
import { parseWith } from "../scenario/zod-issues";

/** Checks a parsed persona file (JSON value); errors name `file` and the field path. */
export function parsePersonaFile(raw: unknown, file: string): PersonaFile {
  return parseWith(personaFileSchema, raw, file);
}

/** Reads a persona file (see parsePersonaFile). */
export function readPersonaFile(path: string): PersonaFile {
  return parsePersonaFile(readJson(path), path);
}

/** A path in a file, relative to the file's folder (absolute paths kept). */
function besideFile(file: string, p: string): string {
  return isAbsolute(p) ? p : resolve(dirname(file), p);
}

/**
 * A runnable persona from a parsed file: its price catalogue (a path relative to the file,
 * or a shipped catalogue's name), the SSB life table of its sex for the Monte Carlo
 * survival, every phase priced.
 */
export function personaFromSpec(spec: PersonaFile, file: string): PersonaModel {
  const rel = besideFile(file, spec.prices);
  const catalogue = loadPriceCatalogue(existsSync(rel) ? rel : spec.prices);
  const { mx, label } = periodMx(loadMortalityBase(), loadNationalAssumptions(), spec.person.sex, spec.monteCarlo.survival.lifeTableYear);
  return compilePersona(spec, file, catalogue, mx, label);
}

/** Reads and compiles a persona file. */
export function loadPersona(path: string): PersonaModel {
  return personaFromSpec(readPersonaFile(path), path);
}

/**
 * Parses a published persona table with the columns `age` and, per pathway id,
 * `investment_<id>`, `cost_<id>`, `hours_<id>` (the form of ../shared/domain/persona_johs.csv).
 * Rows are kept as published, duplicates included.
 */
export function parsePublishedPersonaCsv(text: string, file: string, pathways: readonly string[]): PublishedPersonaRow[] {
  const t = parseCsv(text, { file, strictWidth: true });
  requireColumns(t, ["age", ...pathways.flatMap((p) => [`cost_${p}`, `hours_${p}`])], file);
  const col = (n: string) => t.header.indexOf(n);
  return t.rows.map((r, k) => {
    const num = (name: string) => {
      const i = col(name);
      if (i < 0) return 0;
      const v = parseNumberText(r[i]) ?? NaN;
      if (!Number.isFinite(v) || Math.abs(v) > LIMITS.anyNumber)
        throw new InputError(`${file}: line ${t.lines[k]}, field "${name}": expected a number, got "${r[i]}"`);
      return v;
    };
    const rec = (prefix: string) => Object.fromEntries(pathways.map((p) => [p, num(`${prefix}_${p}`)]));
    return { age: num("age"), line: t.lines[k], investment: rec("investment"), cost: rec("cost"), hours: rec("hours") };
  });
}

/** Reads the published table a persona file names in `published` (relative to the file), or null when there is none or the file is not there. */
export function readPublishedForPersona(spec: PersonaFile, file: string): { file: string; rows: PublishedPersonaRow[] } | null {
  if (!spec.published) return null;
  const path = besideFile(file, spec.published);
  if (!existsSync(path)) return null;
  const { text } = readTextFile(path, "a readable CSV file (the persona file's published table)");
  return {
    file: path,
    rows: parsePublishedPersonaCsv(
      text,
      path,
      spec.pathways.map((p) => p.id),
    ),
  };
}

/** Reads the condition defaults (default: data/pathways/dementia-defaults.json). */
export function loadConditionDefaults(path = dataPath("pathways/dementia-defaults.json")): ConditionDefaults {
  return parseWith(conditionDefaultsSchema, readJson(path), path);
}
