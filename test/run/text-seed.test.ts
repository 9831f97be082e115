/**
 * A scenario's seed may be a text: it becomes the master seed through seedrandom
 * (engine/random/text-seed.ts), the run is reproducible from it, and the report and
 * run.json show the text beside the number.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../engine/io/scenario-file";
import { seedFromText } from "../../engine/random/text-seed";
import { resolveScenario } from "../../engine/scenario/resolve";
import { runScenario } from "../../engine/run/run";
import { trappa } from "../cli/run-cli";

const TEXT = "kommunestyret-mars-2027";

function variant(patch: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "trappa-seed-"));
  const file = join(dir, "variant.json");
  writeFileSync(file, JSON.stringify({ extends: resolve("scenarios/default.json"), ...patch }));
  return file;
}

const pathwayRows = (file: string, o: { seed?: number | string } = {}) =>
  JSON.stringify(
    runScenario(loadScenarioFile(file), { replicates: 20, ...o })
      .tables.find((t) => t.id === "persona-monte-carlo")
      ?.data.objects(),
  );

describe("a text seed", () => {
  const file = variant({ report: { seed: TEXT } });

  it("resolves to seedrandom's number and runs exactly as that number does", () => {
    const r = resolveScenario(loadScenarioFile(file));
    expect(r.seed).toBe(seedFromText(TEXT));
    expect(r.seedText).toBe(TEXT);
    const byText = pathwayRows(file);
    expect(byText).toBeDefined();
    expect(byText).toBe(pathwayRows("scenarios/default.json", { seed: seedFromText(TEXT) }));
    expect(byText).not.toBe(pathwayRows("scenarios/default.json", { seed: 2040 }));
  });

  it("is written to run.json and the report beside its number", async () => {
    const out = mkdtempSync(join(tmpdir(), "trappa-seed-out-"));
    const { code, stderr } = await trappa(["run", file, "--out", out, "--replicates", "20"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const run = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
    expect(run.seed).toBe(seedFromText(TEXT));
    expect(run.seedText).toBe(TEXT);
    expect(readFileSync(join(out, "report.html"), "utf8")).toContain(`«${TEXT}» (tallfrø ${seedFromText(TEXT)})`);
  });

  it("is accepted on the command line; a number that is not whole and ≥ 0 is refused", async () => {
    const r = await trappa(["pathways", "scenarios/personas/johs.json", "--replicates", "50", "--seed", TEXT, "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`,${seedFromText(TEXT)},50`);
    for (const bad of ["-1", "1.5", "", "--"]) {
      const b = await trappa(["pathways", "scenarios/personas/johs.json", "--replicates", "50", "--seed", bad]);
      expect(b.code).not.toBe(0);
      expect(b.stderr).toMatch(/--seed forventer et heltall 0 eller større eller en tekst med minst én bokstav/);
    }
  });

  it("in the scenario file must hold a letter", () => {
    expect(() => loadScenarioFile(variant({ report: { seed: "-1" } }))).toThrow(
      /report\.seed: expected a whole number 0 or above, or a text with at least one letter, got "-1"/,
    );
  });
});
