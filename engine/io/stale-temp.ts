import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

/** Whether a process with this id is running (a process of another user counts as running). */
export function processAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the temporary files and folders a killed run left in `dir`: entries whose name
 * matches `pattern` (its first group is the writing process's id) and whose process is no
 * longer running. A running process's temporary entries, this process's included, are kept.
 * Returns the names removed. A folder that cannot be listed is left alone.
 *
 * @example removeStaleTemps("out/default", /^\.tmp-(\d+)$/) // [".tmp-41234"] after a killed run
 */
export function removeStaleTemps(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = pattern.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid === process.pid || processAlive(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
