import { describe, expect, it } from "vitest";
import { councilSummary } from "../../engine/housing/council-summary";
import { loadCoverageHousingScenario } from "../../engine/io/coverage-housing-scenario";
import { loadScenarioFile, type LoadedScenario } from "../../engine/io/scenario-file";
import { runCoverageHousingScenario } from "../../engine/run/coverage-housing";
import { runCouncilSummary } from "../../engine/run/summary";
import { resolveScenario } from "../../engine/scenario/resolve";
import type { PersonasRunner } from "../../engine/run/parts/personas";
import { runAssumptions } from "../../engine/report/assumptions";
import { runScenario } from "../../engine/run/run";
import { rowsOf } from "./rows-of";
import { resultTable } from "../../engine/run/result-table";

const base = loadScenarioFile("scenarios/default.json");
const result = runScenario(base);

describe("runScenario(loaded): scenarios/default.json", () => {
  it("writes one table per part, in order", () => {
    expect(result.tables.map((t) => t.id)).toEqual([
      "befolkning",
      "dekningsgrader",
      "boligtrapp",
      "boligtrapp-sum",
      "bygging",
      "sammendrag",
      "kalkulator",
      "innsatstrapp",
      "uten-tjenester",
      "persona-tidslinje",
      "persona-monte-carlo",
      "oppskalering",
      "oppskalering-metoder",
    ]);
    expect(result.seed).toBe(2040);
    expect(result.replicates).toBe(200);
    expect(result.notes).toEqual([]);
  });

  it("meets SSB's published MMMM for Færder 2040 (calibrated; DOMAIN.md: 4 996, 2 407, 541)", () => {
    const t = result.tables.find((x) => x.id === "befolkning")!;
    const get = (band: string) => rowsOf(t).find((r) => r[0] === "MMMM" && r[1] === 2040 && r[2] === band)![4] as number;
    expect(Math.abs(get("67-79") - 4996)).toBeLessThan(0.5);
    expect(Math.abs(get("80-89") - 2407)).toBeLessThan(0.5);
    expect(Math.abs(get("90+") - 541)).toBeLessThan(0.5);
    expect(new Set(rowsOf(t).map((r) => r[0]))).toEqual(new Set(["MMMM", "LLML", "HHMH"]));
  });

  it("gives the same council summary as trappa summary (runCoverageHousingScenario) on the same file", () => {
    const ch = runCoverageHousingScenario(loadCoverageHousingScenario("scenarios/default.json"));
    expect(result.summary!.rows).toEqual(councilSummary(ch.housing!, { targetYear: 2040 }).rows);
  });

  it("prices the Johs packages as published (DOMAIN.md: 371 442, 118 431 and 969 468 kr a year, within 1 %)", () => {
    const costs = result.calculator[0].result.alternatives.map((a) => a.annualCostNok);
    [371442, 118431, 969468].forEach((published, i) => expect(Math.abs(costs[i] / published - 1)).toBeLessThan(0.01));
  });

  it("lists assumptions with sources and the data files read", () => {
    expect(runAssumptions(result).some((a) => a.part === "Dekningsgrader" && a.source.includes("Ålesund"))).toBe(true);
    expect(result.sources.map((s) => s.role)).toEqual([
      "population",
      "national assumptions",
      "mortality shape",
      "price catalogue",
      "service package",
      "effort staircase",
      "share of residents 80+ without services",
      "personas",
      "condition defaults",
    ]);
  });
});

describe("runScenario(loaded): the variant", () => {
  it("equals the summary of the scenario it extends when only names differ (halv-boliggjoring → faerder-alt-profil)", () => {
    const variant = runScenario(loadScenarioFile("scenarios/varianter/halv-boliggjoring.json"));
    const parent = runCouncilSummary(resolveScenario(loadScenarioFile("scenarios/faerder-alt-profil.json")));
    expect(variant.summary!.rows).toEqual(parent.summary.rows);
    expect(variant.summary!.totals.staffTargetAlt).toBeLessThan(result.summary!.totals.staffTargetAlt);
  });
});

describe("runScenario(loaded): parts absent are skipped; the personas hook", () => {
  const withPersonas = (extra: Record<string, unknown>): LoadedScenario => ({
    ...base,
    scenario: { name: "bare personas", personas: { file: "scenarios/personas/johs.json", scaleUp: false }, ...extra } as LoadedScenario["scenario"],
    resolved: { name: "bare personas", personas: { file: "personas/johs.json", scaleUp: false } },
  });

  it("runs only the personas part with the built-in runner: timeline and Monte Carlo, no scale-up when switched off", () => {
    const r = runScenario(withPersonas({}), { seed: 5, replicates: 50 });
    expect(r.tables.map((t) => t.id)).toEqual(["persona-tidslinje", "persona-monte-carlo"]);
    expect(r.population).toBeNull();
    // DOMAIN.md: normal pathway from 73, home nursing 5.25 h/week × 799 kr × 52 = 218 127 kr.
    const t = r.tables[0];
    expect(rowsOf(t).find((x) => x[0] === "normal" && x[1] === 73 && x[2] === "cost")![4]).toBe(218127);
    const mc = r.tables[1];
    expect(rowsOf(mc).every((x) => x[6] === 5 && x[7] === 50)).toBe(true); // every row records seed and replicates
    expect(r.notes[0]).toMatch(/Oppskalering til kommunen er slått av/);
  });

  it("passes seed, replicates and the file to a given personas runner and keeps its tables", () => {
    let seen: unknown;
    const runner: PersonasRunner = (input) => {
      seen = { seed: input.seed, replicates: input.replicates, file: input.file.endsWith("scenarios/personas/johs.json") };
      return {
        tables: [resultTable("personas", [{ key: "value", kind: "value" }], [[1]])],
        assumptions: [],
        sources: [],
        notes: [],
      };
    };
    const r = runScenario(withPersonas({}), { personas: runner, seed: 7, replicates: 3 });
    expect(seen).toEqual({ seed: 7, replicates: 3, file: true });
    expect(r.tables.map((t) => t.id)).toEqual(["personas"]);
  });
});
