import { accessSync, constants, existsSync, statfsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "../errors";

/** File systems that are not storage (Linux statfs magic numbers): /proc, /sys, /dev/pts, debugfs, tracefs, cgroup. */
const SPECIAL_FS = new Set([0x9fa0, 0x62656572, 0x1cd1, 0x64626720, 0x74726163, 0x27e0eb, 0x63677270, 0x6e736673, 0x42494e4d]);

function refuse(path: string, flag: string, expected: string, found: string): InputError {
  return new InputError(`${flag} ${path}: expected ${expected}, got ${found}`, [{ file: path, path: [flag], expected, found }]);
}

function isSpecialFs(path: string): boolean {
  try {
    return SPECIAL_FS.has(Number(statfsSync(path).type));
  } catch {
    return false;
  }
}

/** The nearest existing folder at or above `path` (refusing a file on the way: a path under a file). */
function existingFolder(path: string, flag: string, original: string): string {
  let dir = resolve(path);
  for (;;) {
    if (existsSync(dir)) {
      const st = statSync(dir);
      if (!st.isDirectory()) failUnderFile(original, flag, dir);
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) return dir;
    dir = up;
  }
}

function failUnderFile(original: string, flag: string, file: string): never {
  throw refuse(original, flag, "a path in a folder", `a path under the file ${file}`);
}

/** Checks the folder a file or folder would be made in (from `start` up): a writable folder on a storage file system. */
function checkParent(path: string, flag: string, start: string): void {
  const folder = existingFolder(start, flag, path);
  if (isSpecialFs(folder)) throw refuse(path, flag, "a path on a disk", `${folder}, a special file system (such as /proc or /sys) that holds no files`);
  try {
    accessSync(folder, constants.W_OK | constants.X_OK);
  } catch {
    throw refuse(path, flag, "a folder you may write in", `${folder}, which is not writable`);
  }
}

/**
 * Checks a file output path (`--out x.csv`) before any work, so a long run never ends in
 * a failed write: not a folder, not a special file (a device, a pipe), not under a file, in
 * a writable folder on a storage file system (not /proc or /sys). An InputError (exit 2)
 * names the option, the path, what was expected and what was found.
 *
 * @example checkOutputFile("out/befolkning.csv", "--out")
 */
export function checkOutputFile(path: string, flag = "--out"): void {
  if (path.trim() === "") throw refuse(path, flag, "a file path", "an empty path");
  if (existsSync(path)) {
    const st = statSync(path);
    if (st.isDirectory()) throw refuse(path, flag, "a file path", "a folder (give a file name inside it)");
    if (!st.isFile()) throw refuse(path, flag, "a regular file path", "a special file (a device or a pipe)");
  }
  checkParent(path, flag, dirname(resolve(path)));
}

/**
 * Checks an output folder (`trappa run --out DIR`) before any work: not an existing file,
 * not under a file, writable (an existing folder itself, else the nearest existing folder
 * above it), on a storage file system. An InputError (exit 2) otherwise.
 *
 * @example checkOutputFolder("out/default", "--out")
 */
export function checkOutputFolder(path: string, flag = "--out"): void {
  if (path.trim() === "") throw refuse(path, flag, "a folder path", "an empty path");
  if (existsSync(path) && !statSync(path).isDirectory()) throw refuse(path, flag, "a folder to write the run's files into", "an existing file");
  checkParent(path, flag, path);
}
