import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { writeFileAtomic } from "../write-atomic";

/**
 * Writes the files of a new scenario folder: into a temporary folder beside it, renamed into
 * place when every file is written, so an interrupted `trappa init` leaves no half-made
 * folder. With `overwrite` and an existing folder, each file is replaced atomically and
 * other files in the folder are left alone.
 */
export function writeScenarioFolder(dir: string, files: Readonly<Record<string, string>>, overwrite = false): void {
  if (overwrite && existsSync(dir) && statSync(dir).isDirectory()) {
    for (const [name, text] of Object.entries(files)) writeFileAtomic(join(dir, name), text);
    return;
  }
  mkdirSync(dirname(dir), { recursive: true });
  const tmp = join(dirname(dir), `.${basename(dir)}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(tmp, name), text);
    renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
}
