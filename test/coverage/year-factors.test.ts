import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../engine/io/scenario-file";
import { projectCoverage } from "../../engine/coverage/project";
import type { CoverageRow } from "../../engine/coverage/types";
import { yearFactors } from "../../engine/coverage/year-factors";
import { handCoverage, handPopulation } from "./hand-example";

const total = (rows: CoverageRow[], scenario: string, year: number, service: string, measure: string) =>
  rows.filter((x) => x.scenario === scenario && x.year === year && x.service === service && x.measure === measure).reduce((s, x) => s + x.value, 0);

describe("coverage paths as formulas of the year (mathjs)", () => {
  it("evaluates a factor per year, for every service or per service id", () => {
    const f = yearFactors(
      { rateFactor: "0.99 ^ (ar - 2024)", unitCostFactor: { inst: "1 + 0.02 * (ar - 2024)" } },
      ["inst", "hdo"],
      "coverage.alternatives[0]",
    );
    expect(f.rateFactor("hdo", 2026)).toBeCloseTo(0.9801, 12);
    expect(f.unitCostFactor("inst", 2028)).toBeCloseTo(1.08, 12);
    expect(f.unitCostFactor("hdo", 2028)).toBe(1);
    expect(f.arsverkFactor("inst", 2030)).toBe(1);
  });

  it("moves an alternative's places, årsverk and cost against alternativ 0 by the factors, worked by hand", () => {
    const input = handCoverage();
    input.alternatives = [
      { name: "Friskere og dyrere", rateFactor: "0.99 ^ (ar - 2024)", unitCostFactor: "1.01 ^ (ar - 2024)", arsverkFactor: { hdo: "1.005 ^ (ar - 2024)" } },
    ];
    const rows = projectCoverage(input, handPopulation());
    for (const year of [2024, 2026, 2028]) {
      const d = year - 2024;
      // Places: 0.99^d of alternativ 0; cost: places × unit cost × 1.01^d; housing årsverk also × 1.005^d.
      expect(total(rows, "Friskere og dyrere", year, "inst", "places") / total(rows, "alternativ 0", year, "inst", "places")).toBeCloseTo(0.99 ** d, 12);
      expect(total(rows, "Friskere og dyrere", year, "inst", "cost") / total(rows, "alternativ 0", year, "inst", "cost")).toBeCloseTo(
        0.99 ** d * 1.01 ** d,
        12,
      );
      expect(total(rows, "Friskere og dyrere", year, "inst", "arsverk") / total(rows, "alternativ 0", year, "inst", "arsverk")).toBeCloseTo(0.99 ** d, 12);
      expect(total(rows, "Friskere og dyrere", year, "hdo", "arsverk") / total(rows, "alternativ 0", year, "hdo", "arsverk")).toBeCloseTo(
        0.99 ** d * 1.005 ** d,
        12,
      );
    }
  });

  it("names the field, the position and the year in every error", () => {
    const where = "coverage.alternatives[0]";
    expect(() => yearFactors({ rateFactor: "0.99 ^ (aar - 2024)" }, ["inst"], where)).toThrow(
      'coverage.alternatives[0].rateFactor: expected a known name (ar), got the unknown name "aar" at character 9 of "0.99 ^ (aar - 2024)"',
    );
    expect(() => yearFactors({ unitCostFactor: "1 +" }, ["inst"], where)).toThrow(
      /coverage\.alternatives\[0\]\.unitCostFactor: expected a formula mathjs can parse/,
    );
    expect(() => yearFactors({ arsverkFactor: { sykehjem: "1" } }, ["inst", "hdo"], where)).toThrow(
      'coverage.alternatives[0].arsverkFactor: expected a service id (inst, hdo), got "sykehjem"',
    );
    const f = yearFactors({ rateFactor: "1 - 0.1 * (ar - 2024)" }, ["inst"], where);
    expect(f.rateFactor("inst", 2030)).toBeCloseTo(0.4, 12);
    expect(() => f.rateFactor("inst", 2035)).toThrow(
      'coverage.alternatives[0].rateFactor: expected a factor of 0 or more in 2035, got -0.10000000000000009 from "1 - 0.1 * (ar - 2024)"',
    );
    const input = handCoverage();
    input.alternatives = [{ name: "For mye", rateFactor: "10" }];
    expect(() => projectCoverage(input, handPopulation())).toThrow(/rateFactor: expected a factor that keeps the share of inst in .* at most 1 in 2024/);
  });

  it("is checked when the scenario file is read, and runs in a scenario", () => {
    const dir = mkdtempSync(join(tmpdir(), "trappa-yf-"));
    const file = (name: string, alt: Record<string, unknown>) => {
      const f = join(dir, name);
      writeFileSync(f, JSON.stringify({ extends: resolve("scenarios/default.json"), coverage: { alternatives: [{ name: "Sti", ...alt }] } }));
      return f;
    };
    expect(() => loadScenarioFile(file("bad.json", { rateFactor: "1 +" }))).toThrow(
      /bad\.json: coverage\.alternatives\[0\]\.rateFactor: expected a formula mathjs can parse/,
    );
    expect(loadScenarioFile(file("ok.json", { unitCostFactor: "1.012 ^ (ar - 2024)" })).scenario.coverage?.alternatives?.[0]).toMatchObject({
      unitCostFactor: "1.012 ^ (ar - 2024)",
    });
  });
});
