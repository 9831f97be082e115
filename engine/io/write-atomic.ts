import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { removeStaleTemps } from "./stale-temp";

/**
 * Writes a file under a temporary name in the same folder and renames it into place,
 * so that a reader never sees a half-written file and an interrupted run leaves none.
 * Creates the folder if needed, and removes this file's temporary files left by killed runs.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const name = basename(path).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  removeStaleTemps(dirname(path), new RegExp(`^${name}\\.tmp-(\\d+)-\\d+$`));
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}
