import { basename, dirname, extname, join } from "node:path";
import type { HomeServiceInput } from "../homecare/analysis";
import type { Decision } from "../homecare/decisions";
import { InputError } from "../errors";
import { type HomeServicesSpec, homeServicesSpecSchema } from "../scenario/home-services";
import { parseWith } from "../scenario/zod-issues";
import { parseCsv } from "./csv";
import { splitCsvComments } from "./csv-comments";
import { parseNumberText } from "./number-text";
import { readTextFile } from "./text";
import { readJson } from "./json";

/** Accepted column names (lower case) of a decision list: English first, then Norwegian as municipalities export them. */
const COLUMNS = {
  personId: ["person_id", "id", "anonym_id", "bruker_id", "person"],
  age: ["age", "alder"],
  unit: ["unit", "enhet", "distrikt", "sone", "avdeling"],
  service: ["service", "tjeneste"],
  hoursPerWeek: ["hours_per_week", "timer_per_uke", "timer_uke", "timer"],
} as const;

/**
 * Parses a list of home-service decisions (CSV, comma or semicolon, Norwegian numbers
 * allowed): one row per decision with a person or anonymous id, age, unit (district),
 * service and hours decided per week (columns `person_id,age,unit,service,hours_per_week`,
 * or the Norwegian `id,alder,enhet|distrikt|sone,tjeneste,timer_per_uke`). A leading
 * comment block may hold `# name:`. Errors name the file, line and column.
 */
export function parseDecisionsCsv(text: string, file: string): { name?: string; decisions: Decision[] } {
  const { text: body, meta } = splitCsvComments(text);
  const t = parseCsv(body, { file });
  const header = t.header.map((h) => h.trim().toLowerCase());
  const idx = {} as Record<keyof typeof COLUMNS, number>;
  for (const [key, names] of Object.entries(COLUMNS) as Array<[keyof typeof COLUMNS, readonly string[]]>) {
    const i = header.findIndex((h) => names.includes(h));
    if (i < 0 && key !== "service")
      throw new InputError(`${file}: line 1: expected a column ${names.map((n) => `"${n}"`).join(" or ")}, got ${t.header.join(",")}`);
    idx[key] = i;
  }
  const decisions = t.rows.map((r, k) => {
    const line = t.lines[k];
    const cell = (key: keyof typeof COLUMNS) => (idx[key] < 0 ? "" : (r[idx[key]] ?? "").trim());
    const number = (key: "age" | "hoursPerWeek", expected: string) => {
      const raw = cell(key);
      const v = parseNumberText(raw);
      if (v === undefined || !Number.isFinite(v))
        throw new InputError(`${file}: line ${line}, field "${header[idx[key]]}": expected ${expected}, got "${raw}"`);
      return v;
    };
    return {
      personId: cell("personId"),
      age: number("age", "an age in whole years"),
      unit: cell("unit"),
      service: cell("service"),
      hoursPerWeek: number("hoursPerWeek", "hours per week"),
      where: `${file}: line ${line}`,
    };
  });
  return { name: meta.name, decisions };
}

function readText(path: string): string {
  return readTextFile(path, "a readable decision list (CSV)").text;
}

/** Reads a decision list (see parseDecisionsCsv). */
export function readDecisionsCsv(path: string): { name?: string; decisions: Decision[] } {
  return parseDecisionsCsv(readText(path), path);
}

/** A home-service analysis input from a validated spec (a JSON file or a scenario's part); `file` relative to `baseDir`. */
export function homeServicesInputFromSpec(spec: HomeServicesSpec, where: string, baseDir: string): HomeServiceInput {
  const file = join(baseDir, spec.file);
  const d = readDecisionsCsv(file);
  return {
    name: spec.name ?? d.name ?? basename(file).replace(/\.csv$/i, ""),
    decisions: d.decisions,
    directShare: spec.directShare,
    hoursPerArsverk: spec.hoursPerArsverk,
    arsverk: spec.arsverk,
    references: spec.references,
    extensiveHours: spec.extensiveHours,
    where,
  };
}

/**
 * Reads a home-service analysis: a JSON file (homeServicesSpecSchema; its `file` relative
 * to it) or a decision list (CSV) with the default settings.
 */
export function readHomeServicesFile(ref: string): { input: HomeServiceInput; spec: HomeServicesSpec | null } {
  if (extname(ref).toLowerCase() === ".json") {
    const spec = parseWith(homeServicesSpecSchema, readJson(ref), ref);
    return { input: homeServicesInputFromSpec(spec, ref, dirname(ref)), spec };
  }
  const d = readDecisionsCsv(ref);
  return { input: { name: d.name ?? basename(ref).replace(/\.csv$/i, ""), decisions: d.decisions, where: ref }, spec: null };
}
