import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

let cached: string | undefined;

/**
 * The Trappa project folder, where data/ and scenarios/ live. `bin/trappa.js` sets
 * TRAPPA_ROOT; otherwise the nearest folder upwards from the working directory whose
 * package.json is named "trappa" (tests, notebooks and scripts run inside the project).
 */
export function projectRoot(): string {
  if (cached) return cached;
  const fromEnv = process.env.TRAPPA_ROOT;
  if (fromEnv && existsSync(join(fromEnv, "package.json"))) return (cached = resolve(fromEnv));
  let dir = process.cwd();
  for (;;) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, "utf8")).name === "trappa") return (cached = dir);
      } catch {
        // not a readable package.json; keep looking upwards
      }
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new Error(`projectRoot requires running inside the Trappa project or TRAPPA_ROOT set, got working directory ${process.cwd()}`);
}

/** Absolute path of a file in the project's data folder. */
export function dataPath(name: string): string {
  return join(projectRoot(), "data", name);
}

/** The prefix of a scenario path inside this Trappa installation's scenarios/ folder ("trappa:maler/kommune.json"). */
export const SHIPPED_SCENARIO_PREFIX = "trappa:";

/**
 * Absolute path of a shipped scenario named as `trappa:<path under scenarios/>`, or undefined
 * for any other path. Lets a consultant's folder outside the project extend a shipped
 * template without an absolute path, so the folder can move to another machine.
 */
export function shippedScenarioPath(ref: string): string | undefined {
  return ref.startsWith(SHIPPED_SCENARIO_PREFIX) ? join(projectRoot(), "scenarios", ref.slice(SHIPPED_SCENARIO_PREFIX.length)) : undefined;
}
