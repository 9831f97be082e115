import { existsSync, statSync } from "node:fs";
import { extname } from "node:path";
import type { StaircaseSteps } from "../effort/compare";
import { runEffort } from "../effort/run";
import { InputError } from "../errors";
import { effortInputFromSpec, readEffortFile } from "./effort-files";
import { readJson } from "./json";
import { readRunTables } from "./run-dir";
import { loadScenarioFile } from "./scenario-file";
import { staircaseFromRunTable } from "./staircase-run-table";

/** Whether `ref` is a folder (a run folder written by `trappa run`). */
export function isFolder(ref: string): boolean {
  return existsSync(ref) && statSync(ref).isDirectory();
}

/**
 * A staircase to compare, from any of: a run folder (its innsatstrapp.csv), a scenario
 * file with an `effort` part, an effort file (JSON), a staircase CSV or the name of a
 * shipped staircase (`asker-2020`).
 */
export function readStaircaseSource(ref: string): StaircaseSteps {
  if (isFolder(ref)) {
    const t = readRunTables(ref).get("innsatstrapp");
    if (!t) throw new InputError(`${ref}: expected a run folder with innsatstrapp.csv (a scenario with an effort part), got none`);
    return staircaseFromRunTable(t, `${ref}/innsatstrapp.csv`);
  }
  if (extname(ref).toLowerCase() === ".json" && existsSync(ref)) {
    const raw = readJson(ref) as Record<string, unknown> | null;
    if (raw && typeof raw === "object" && "effort" in raw && !("steps" in raw)) {
      const loaded = loadScenarioFile(ref);
      const spec = loaded.scenario.effort;
      if (!spec) throw new InputError(`${ref}: expected a scenario with an effort part, got none`);
      return runEffort(effortInputFromSpec(spec, ref, loaded.baseDir, loaded.scenario.name, "effort.")).distribution;
    }
  }
  return runEffort(readEffortFile(ref)).distribution;
}
