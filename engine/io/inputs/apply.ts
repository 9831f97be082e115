import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import type { FieldPath, Issue } from "../../errors";
import type { InputFileSummary, InputKind } from "../../scenario/inputs";
import type { Json } from "../../scenario/merge-patch";
import { addSource, type Applied } from "./applied";
import { readTextFile } from "../text";
import { applyHousingProfile } from "./housing-profile";
import { itemsWithId, type JsonObject, objectAt } from "./json-parts";
import { applyRates } from "./rates";
import { applyStaffing } from "./staffing";
import { type InputTable, issuesOf, parseInputTable } from "./table";

/** Each input file: the part it fills (for a missing-part message) and how. */
const KINDS: ReadonlyArray<{ kind: InputKind; parts: readonly string[]; what: string; apply: (json: JsonObject, t: InputTable) => Applied }> = [
  { kind: "rates", parts: ["coverage"], what: "a coverage part with services whose rates the file gives", apply: applyRates },
  { kind: "staffing", parts: ["coverage", "housing"], what: "a coverage or housing part whose services or steps the file gives", apply: applyStaffing },
  { kind: "housingProfile", parts: ["housing"], what: "a housing part whose profile the file gives", apply: applyHousingProfile },
];

export interface ApplyInputsOptions {
  /** Folder the scenario's paths are relative to. */
  baseDir: string;
  /** The file that defines a field of the merged scenario, for messages. */
  origin: (path: FieldPath) => string;
  /** How a path is shown in messages (default as resolved). */
  show?: (path: string) => string;
  /** Reads an input file's text (default: from disk, UTF-8 or else Windows-1252). */
  read?: (path: string) => string;
}

/**
 * Applies a merged scenario's `inputs` (scenario/inputs.ts): reads each CSV it names and
 * puts its values in place of the scenario's (coverage rates, årsverk and costs per unit,
 * today's housing profile), then sets each filled service's and step's `source` to the
 * files' sources. Returns a new scenario (the input is not changed), every issue of every
 * file at once (file, line, column, expected, found) and what each file gave, with the
 * values still marked as template values. A file that does not exist is left to the
 * validator, which names the field that refers to it. Without `inputs`, returns the
 * scenario as it is.
 */
export function applyScenarioInputs(merged: Json, o: ApplyInputsOptions): { json: Json; issues: Issue[]; summaries: InputFileSummary[] } {
  if (merged === null || typeof merged !== "object" || Array.isArray(merged)) return { json: merged, issues: [], summaries: [] };
  const inputs = objectAt(merged, "inputs");
  if (!inputs) return { json: merged, issues: [], summaries: [] };
  const json = JSON.parse(JSON.stringify(merged)) as JsonObject;
  const issues: Issue[] = [];
  const summaries: InputFileSummary[] = [];
  const sources = new Map<string, string[]>();
  const show = o.show ?? ((p: string) => p);
  // UTF-8, else Windows-1252/ISO-8859-1 (Excel's "CSV (semikolonseparert)" in a Norwegian Windows).
  const read = o.read ?? ((p: string) => readTextFile(p, "a readable input CSV (semicolon or comma, UTF-8 or Windows-1252)").text);
  for (const { kind, parts, what, apply } of KINDS) {
    const file = inputs[kind];
    if (typeof file !== "string" || file === "") continue;
    if (!parts.some((p) => objectAt(json, p) !== undefined)) {
      issues.push({ file: o.origin(["inputs", kind]), path: ["inputs", kind], expected: what, found: `no ${parts.map((p) => `"${p}"`).join(" or ")} part` });
      continue;
    }
    const absolute = isAbsolute(file) ? file : resolve(o.baseDir, file);
    if (!existsSync(absolute)) continue;
    const shown = show(absolute);
    let applied: Applied;
    try {
      applied = apply(json, parseInputTable(read(absolute), shown));
    } catch (err) {
      issues.push(...issuesOf(err, shown));
      continue;
    }
    issues.push(...applied.issues);
    for (const [k, v] of applied.sources) for (const text of v) addSource(sources, k, text);
    summaries.push({ kind, file, absolute, values: applied.values, template: applied.template, unsourced: applied.unsourced });
  }
  for (const [part, list] of [
    ["coverage", "services"],
    ["housing", "steps"],
  ] as const) {
    for (const item of itemsWithId(json, part, list)) {
      const s = sources.get(`${part}:${item.id}`);
      if (s?.length) item.source = s.join(" ");
    }
  }
  return { json, issues, summaries };
}
