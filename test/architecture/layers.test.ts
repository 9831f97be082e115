/**
 * Layers that read top-down: scenario → population → coverage/housing/calculator/effort/
 * pathways → uncertainty → io → run → report → cli, with errors, version, limits, root (where the
 * project and its data live), random, stats, formula, table (arquero) and parallel at the ground. A module may import its own folder and any lower layer, never a
 * higher one (type-only imports included: a type names a concept of its layer). This test
 * reads every import in engine/ and names each one that runs up.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ENGINE = join(__dirname, "..", "..", "engine");

/** Rank of each top-level module of engine/ (a lower rank may not import a higher one). */
const LAYERS: Record<string, number> = {
  errors: 0,
  version: 0,
  root: 0,
  limits: 0,
  random: 0,
  stats: 0,
  formula: 0,
  table: 0,
  parallel: 0,
  scenario: 1,
  ssb: 1,
  population: 2,
  coverage: 3,
  housing: 3,
  calculator: 3,
  effort: 3,
  homecare: 3,
  pathways: 3,
  uncertainty: 4,
  io: 5,
  run: 6,
  report: 7,
  cli: 8,
  index: 9,
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : f.endsWith(".ts") ? [p] : [];
  });
}

/** The layer of a file: its first folder under engine/, or its own name for files at the top. */
function layerOf(file: string): string {
  const top = relative(ENGINE, file).split(/[\\/]/)[0];
  return top.replace(/\.ts$/, "");
}

/** Relative imports and re-exports of a source text (static and dynamic). */
function importsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*"(\.[^"]+)"/g)) out.push(m[1]);
  for (const m of text.matchAll(/\bimport\(\s*"(\.[^"]+)"\s*\)/g)) out.push(m[1]);
  return out;
}

describe("layers", () => {
  it("knows every top-level module of engine/", () => {
    const tops = new Set(files(ENGINE).map(layerOf));
    expect([...tops].filter((t) => !(t in LAYERS))).toEqual([]);
  });

  it("reads imports, static and dynamic, and finds one that runs up", () => {
    expect(importsOf('import { a } from "../run/run";\nexport * from "./x";\nconst m = await import("../cli/run");')).toEqual([
      "../run/run",
      "./x",
      "../cli/run",
    ]);
    expect(LAYERS[layerOf(join(ENGINE, "housing", "x.ts"))]).toBeLessThan(LAYERS.report);
  });

  it("no import in engine/ runs up a layer", () => {
    const up: string[] = [];
    for (const file of files(ENGINE)) {
      const from = layerOf(file);
      for (const spec of importsOf(readFileSync(file, "utf8"))) {
        const to = layerOf(normalize(join(dirname(file), spec)));
        if (to !== from && LAYERS[to] > LAYERS[from]) up.push(`${relative(ENGINE, file)} (${from}) → ${spec} (${to})`);
      }
    }
    expect(up).toEqual([]);
  });
});
