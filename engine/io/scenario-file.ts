import { existsSync } from "node:fs";
import { readTextFile } from "./text";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { InputError } from "../errors";
import { fileRefs, mapFileRefs, type FileRef } from "../scenario/file-refs";
import { scenarioHash } from "../scenario/hash";
import type { FieldPath, ScenarioIssue } from "../errors";
import { mergePatch, type Json } from "../scenario/merge-patch";
import type { LoadedScenario } from "../scenario/resolve";
import { validateScenario } from "../scenario/validate";
import { builtInStaircases } from "./effort-files";
import { applyScenarioInputs } from "./inputs/apply";
import { numberLimitProblems } from "../scenario/number-limits";
import { builtInCatalogues } from "./price-catalogue";
import { dataPath, shippedScenarioPath } from "../root";

export type { LoadedScenario };

interface ChainEntry {
  file: string;
  raw: Json;
}

function readRaw(file: string, issues: ScenarioIssue[], from?: { file: string; path: FieldPath }): Json | undefined {
  let text: string;
  try {
    text = readTextFile(file, "a readable scenario file (JSON)").text;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    const decoded = err.issues[0];
    if (decoded && decoded.expected !== "a readable scenario file (JSON)") {
      issues.push(decoded);
      return undefined;
    }
    const code = decoded?.found ?? err.message;
    if (from)
      issues.push({
        file: from.file,
        path: from.path,
        expected: "an existing scenario file (relative to this file)",
        found: `${JSON.stringify(file)} (${code})`,
      });
    else issues.push({ file, path: [], expected: "a readable scenario file (JSON)", found: code });
    return undefined;
  }
  try {
    const raw = JSON.parse(text) as Json;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      issues.push({ file, path: [], expected: "a JSON object", found: Array.isArray(raw) ? "a list" : String(raw) });
      return undefined;
    }
    // A number JSON cannot hold (1e400 reads as Infinity) would vanish in the merge: refused here, in its own file.
    const infinite = numberLimitProblems(raw).filter((p) => p.found.includes("Infinity"));
    if (infinite.length > 0) {
      issues.push(...infinite.map((p) => ({ file, ...p })));
      return undefined;
    }
    return raw;
  } catch (err) {
    issues.push({ file, path: [], expected: "valid JSON", found: (err as Error).message });
    return undefined;
  }
}

function show(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : file;
}

/**
 * Reads a scenario and the baselines it `extends`, this file first. A missing baseline and
 * a circular chain are issues of the file that names them.
 */
function readChain(file: string, issues: ScenarioIssue[]): ChainEntry[] | null {
  const chain: ChainEntry[] = [];
  const seen: string[] = [];
  let current = resolve(file);
  let shown = file;
  let from: { file: string; path: FieldPath } | undefined;
  for (;;) {
    if (seen.includes(current)) {
      const loop = [...seen.slice(seen.indexOf(current)), current].map(show).join(" → ");
      issues.push({
        file: chain[chain.length - 1].file,
        path: ["extends"],
        expected: "a chain of extends without cycles",
        found: `a circular extends: ${loop}`,
      });
      return null;
    }
    seen.push(current);
    const raw = readRaw(shown, issues, from);
    if (raw === undefined) return null;
    chain.push({ file: shown, raw });
    const ext = (raw as Record<string, Json>).extends;
    if (ext === undefined) return chain;
    if (typeof ext !== "string" || ext === "") {
      issues.push({ file: shown, path: ["extends"], expected: "the path of a baseline scenario file (text)", found: JSON.stringify(ext) });
      return null;
    }
    from = { file: shown, path: ["extends"] };
    const next = shippedScenarioPath(ext) ?? (isAbsolute(ext) ? ext : resolve(dirname(current), ext));
    shown = show(next);
    current = next;
  }
}

function has(raw: Json, path: FieldPath): number {
  let v: Json | undefined = raw;
  let depth = 0;
  for (const p of path) {
    if (v === null || typeof v !== "object" || !(String(p) in (v as object))) return depth;
    v = (v as Record<string, Json>)[p as never];
    depth++;
  }
  return depth;
}

/**
 * Resolves and validates a scenario file: reads it and every baseline it `extends`
 * (relative paths in each file are taken relative to that file), merges each file onto its
 * baseline as a JSON merge patch, and validates the result (closed schema, meaning, file
 * references). Returns all issues at once; each names the file that defines the field.
 */
export function checkScenarioFile(file: string): { loaded: LoadedScenario | null; issues: ScenarioIssue[] } {
  const issues: ScenarioIssue[] = [];
  const chain = readChain(file, issues);
  if (!chain) return { loaded: null, issues };
  const baseDir = dirname(resolve(file));
  const shipped = shippedRef();
  // Rebase each file's references to the top file's folder, so the merged scenario is self-consistent.
  const rebased = chain.map(({ file: f, raw }) => {
    const dir = dirname(resolve(f));
    return {
      file: f,
      raw: mapFileRefs(raw, (ref) => {
        if (shipped(ref)) return ref.value;
        if (isAbsolute(ref.value)) return ref.value;
        return relative(baseDir, resolve(dir, ref.value)).split(sep).join("/") || ".";
      }),
    };
  });
  let merged: Json = {};
  for (let i = rebased.length - 1; i >= 0; i--) merged = mergePatch(merged, rebased[i].raw);
  delete (merged as Record<string, Json>).extends;
  const origin = (path: FieldPath) => {
    let best = rebased[0];
    let depth = -1;
    for (const e of rebased) {
      const d = has(e.raw, path);
      if (d > depth) {
        best = e;
        depth = d;
      }
    }
    return best.file;
  };
  // The municipality's input CSVs (trappa init) replace the values they give before validation.
  const inputs = applyScenarioInputs(merged, { baseDir, origin, show });
  issues.push(...inputs.issues);
  merged = inputs.json;
  const exists = (ref: FileRef) => shipped(ref) !== null || existsSync(isAbsolute(ref.value) ? ref.value : resolve(baseDir, ref.value));
  const { scenario, issues: more } = validateScenario(merged, { origin, exists });
  issues.push(...more);
  if (!scenario || issues.length > 0) return { loaded: null, issues };
  return {
    loaded: {
      file,
      baseDir,
      chain: chain.map((c) => c.file).reverse(),
      resolved: merged,
      scenario,
      hash: scenarioHash(merged),
      ...(inputs.summaries.length ? { inputs: inputs.summaries } : {}),
    },
    issues,
  };
}

/** Loads a scenario file (see checkScenarioFile); throws one InputError listing every issue. */
export function loadScenarioFile(file: string): LoadedScenario {
  const { loaded, issues } = checkScenarioFile(file);
  if (!loaded) throw InputError.of(issues);
  return loaded;
}

/** The file references of a loaded scenario as absolute paths (shipped catalogues as their data file). */
export function scenarioFileRefs(loaded: Pick<LoadedScenario, "resolved" | "baseDir">): Array<FileRef & { absolute: string }> {
  const shipped = shippedRef();
  return fileRefs(loaded.resolved).map((ref) => ({
    ...ref,
    absolute: shipped(ref) ?? (isAbsolute(ref.value) ? ref.value : resolve(loaded.baseDir, ref.value)),
  }));
}

/** The data file of a reference that names a shipped price catalogue or effort staircase (null: the reference is a path). */
function shippedRef(): (ref: FileRef) => string | null {
  const catalogues = builtInCatalogues();
  const staircases = builtInStaircases();
  return (ref) => {
    if (ref.kind === "catalogue" && catalogues.includes(ref.value)) return dataPath(`prices/${ref.value}.csv`);
    if (ref.kind !== "staircase") return null;
    const hits = staircases.includes(ref.value) ? [ref.value] : staircases.filter((n) => n.startsWith(`${ref.value.toLowerCase()}-`));
    return hits.length === 1 ? dataPath(`effort/${hits[0]}.csv`) : null;
  };
}
