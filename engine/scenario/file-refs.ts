import type { Json } from "./merge-patch";

/** A reference from a scenario to a file: where in the scenario, and the path as written. */
export interface FileRef {
  path: Array<string | number>;
  value: string;
  /** "catalogue": a path or the name of a shipped price catalogue; "staircase": a path or the name of a shipped effort staircase. */
  kind: "file" | "catalogue" | "staircase";
}

function at(raw: Json, path: Array<string | number>): Json | undefined {
  let v: Json | undefined = raw;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string | number, Json>)[p as never];
  }
  return v;
}

/**
 * The file references of a scenario (parsed JSON, before or after validation): population
 * file, calibrateTo and moves, the price catalogue and packages, the personas file, the effort
 * staircase's steps, figures, accounts and keys, the home services' decision list, the series of residents 80+ without services, the input CSVs. Only string
 * values are listed (wrong types are the schema's business).
 */
export function fileRefs(raw: Json): FileRef[] {
  const out: FileRef[] = [];
  const add = (path: Array<string | number>, kind: FileRef["kind"] = "file") => {
    const v = at(raw, path);
    if (typeof v === "string") out.push({ path, value: v, kind });
  };
  add(["population", "file"]);
  add(["population", "calibrateTo"]);
  add(["population", "moves"]);
  add(["prices", "catalogue"], "catalogue");
  const packages = at(raw, ["prices", "packages"]);
  if (Array.isArray(packages)) packages.forEach((_, i) => add(["prices", "packages", i]));
  add(["personas", "file"]);
  add(["effort", "steps"], "staircase");
  add(["effort", "figures"], "staircase");
  add(["effort", "accounts"]);
  add(["effort", "keys"]);
  add(["homeServices", "file"]);
  add(["withoutServices", "file"]);
  for (const key of ["rates", "staffing", "housingProfile"]) add(["inputs", key]);
  return out;
}

/** A copy of the scenario with each file reference replaced by `rewrite(ref)` (e.g. rebased to another folder). */
export function mapFileRefs(raw: Json, rewrite: (ref: FileRef) => string): Json {
  const copy = JSON.parse(JSON.stringify(raw)) as Json;
  for (const ref of fileRefs(copy)) {
    const parent = at(copy, ref.path.slice(0, -1)) as Record<string | number, Json>;
    parent[ref.path[ref.path.length - 1] as never] = rewrite(ref);
  }
  return copy;
}
