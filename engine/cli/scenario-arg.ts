import { existsSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../errors";

/** The scenario file of a folder made by `trappa init`. */
export const FOLDER_SCENARIO = "scenario.json";

/**
 * The scenario file a command-line argument names: the file itself, or for a folder (as
 * `trappa init` makes) its scenario.json. A folder without one is a usage error.
 *
 * @example scenarioArgument("skien") // "skien/scenario.json"
 */
export function scenarioArgument(arg: string): string {
  if (!existsSync(arg) || !statSync(arg).isDirectory()) return arg;
  const file = join(arg, FOLDER_SCENARIO);
  if (!existsSync(file))
    throw new UsageError(`forventet en scenariofil (JSON) eller en mappe med ${FOLDER_SCENARIO} (fra trappa init), fikk mappen ${arg} uten ${FOLDER_SCENARIO}`);
  return file;
}

/** Where `trappa run` writes by default: `<folder>/resultater` for a folder's scenario.json, else `out/<file name>`. */
export function defaultRunOut(file: string): string {
  if (basename(file) === FOLDER_SCENARIO) return join(dirname(file), "resultater");
  return join("out", basename(file).replace(/\.json$/i, ""));
}
