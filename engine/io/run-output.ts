import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { removeStaleTemps } from "./stale-temp";

/** A file of a run's output: its name inside the output folder (may contain one sub-folder) and content. */
export interface OutputFile {
  name: string;
  data: string | Uint8Array;
}

/**
 * Writes a run's files into `dir` so that an interrupted run leaves no half-written file:
 * everything is first written into `dir/.tmp-<pid>`, then `extra(tmpDir)` may add files
 * there (e.g. PNG images rendered from the report) and return their names, and only then
 * each file is renamed into place (`run.json` last, so it marks a complete run). Files a
 * previous run listed in its run.json but this run does not write are removed, so a
 * folder never mixes two runs' tables. Temporary folders of runs that were killed (their
 * process no longer running) are removed first. Returns the names written.
 */
export async function writeRunFiles(dir: string, files: readonly OutputFile[], extra?: (tmpDir: string) => Promise<string[]>): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  removeStaleTemps(dir, /^\.tmp-(\d+)$/);
  const tmp = join(dir, `.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    const names = files.map((f) => f.name);
    for (const f of files) {
      mkdirSync(dirname(join(tmp, f.name)), { recursive: true });
      writeFileSync(join(tmp, f.name), f.data);
    }
    if (extra) names.push(...(await extra(tmp)));
    const previous = previousFiles(dir);
    const ordered = [...names.filter((n) => n !== "run.json"), ...names.filter((n) => n === "run.json")];
    for (const n of ordered) {
      mkdirSync(dirname(join(dir, n)), { recursive: true });
      renameSync(join(tmp, n), join(dir, n));
    }
    for (const old of previous) if (!names.includes(old) && !old.includes("..")) rmSync(join(dir, old), { force: true });
    return ordered;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function previousFiles(dir: string): string[] {
  const f = join(dir, "run.json");
  if (!existsSync(f)) return [];
  try {
    const files = (JSON.parse(readFileSync(f, "utf8")) as { files?: unknown }).files;
    return Array.isArray(files) ? files.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}
