/**
 * One scenario, one pipeline: every figure follows from the one resolved scenario.
 * - `trappa summary` on every scenario file prints the same figures as the run's sammendrag;
 * - the reported alternative moves every table that depends on it and no other;
 * - the target year sets every table's horizon.
 */
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../engine/io/scenario-file";
import type { ResultTable } from "../../engine/run/result-table";
import { runScenario } from "../../engine/run/run";
import { runMain } from "../cli/capture";
import { rowsOf } from "./rows-of";

/** Folders of scenarios/ that hold inputs a scenario names (personas, packages, effort files, home-service analyses), not scenarios. */
const INPUT_FOLDERS = ["personas", "calculator", "effort", "hjemmetjenester"];

function scenarioFiles(dir = "scenarios"): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return dir === "scenarios" && INPUT_FOLDERS.includes(f) ? [] : scenarioFiles(p);
    return f.endsWith(".json") ? [p] : [];
  });
}

/** A variant of the default scenario in a temporary folder. */
function variant(patch: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "trappa-variant-"));
  const file = join(dir, "variant.json");
  writeFileSync(file, JSON.stringify({ extends: resolve("scenarios/default.json"), ...patch }));
  return file;
}

const csvOf = (t: ResultTable) =>
  rowsOf(t)
    .map((r) => r.join(","))
    .join("\n");
const byId = (tables: ResultTable[]) => Object.fromEntries(tables.map((t) => [t.id, t]));

describe("trappa summary equals the run's sammendrag, on every scenario file", () => {
  const files = scenarioFiles();
  it("finds the default and the variants", () => {
    expect(files).toEqual(
      expect.arrayContaining(["scenarios/default.json", "scenarios/faerder-alt-profil.json", "scenarios/varianter/halv-boliggjoring.json"]),
    );
  });
  for (const file of files) {
    it(file, async () => {
      const { code, out, err } = await runMain(["summary", file, "--format", "csv"]);
      expect(err).toBe("");
      expect(code).toBe(0);
      const printed = out
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => {
          const cells = l.split(",");
          return [cells[0], Number(cells[cells.length - 2])];
        });
      const run = runScenario(loadScenarioFile(file), { replicates: 2 });
      const table = run.tables.find((t) => t.id === "sammendrag")!;
      // The housing rows (12, and 3 more with an investment per unit); the savings story's headline rows (personas) follow them in the run's table only.
      const housing = rowsOf(table).filter((r) => !String(r[0]).startsWith("savings_"));
      expect(printed).toEqual(housing.map((r) => [r[0], r[2]]));
      expect(printed.length).toBe(file.includes("konsulentenes-tall") ? 15 : 12);
      expect(
        rowsOf(table)
          .slice(printed.length)
          .map((r) => r[0]),
      ).toEqual(
        run.savings
          ? [
              "savings_cost_normal",
              "savings_cost_proactive",
              "savings_cost_reactive",
              "savings_transition_net_cost",
              "savings_transition_cumulative",
              "savings_break_even_year",
            ]
          : [],
      );
    });
  }
});

describe("the reported alternative reaches every part that depends on it", () => {
  const options = { replicates: 20, uncertainty: 8 };
  const mmmm = byId(runScenario(loadScenarioFile("scenarios/default.json"), options).tables);
  const hhmh = byId(runScenario(loadScenarioFile(variant({ name: "HHMH", report: { alternative: "HHMH" } })), options).tables);

  it("changes coverage, housing, the summary, the scale-up and every uncertainty table", () => {
    for (const id of [
      "dekningsgrader",
      "boligtrapp",
      "boligtrapp-sum",
      "sammendrag",
      "oppskalering",
      "befolkning-usikkerhet",
      "sammendrag-usikkerhet",
      "tjenester-usikkerhet",
      "oppskalering-usikkerhet",
    ]) {
      expect(hhmh[id], id).toBeDefined();
      expect(csvOf(hhmh[id]), id).not.toBe(csvOf(mmmm[id]));
    }
  });

  it("HHMH (high growth) gives more persons with dementia in 2040 than MMMM", () => {
    const cases = (t: ResultTable) => rowsOf(t).find((r) => r[0] === "alle" && r[1] === 2040 && r[3] === "new_cases" && r[5] === "mean")![6] as number;
    expect(cases(hhmh.oppskalering)).toBeGreaterThan(cases(mmmm.oppskalering));
  });

  it("leaves the population (every alternative), the calculator and the one-person persona tables as they were", () => {
    for (const id of ["befolkning", "kalkulator", "persona-tidslinje", "persona-monte-carlo"]) expect(csvOf(hhmh[id]), id).toBe(csvOf(mmmm[id]));
  });
});

describe("the target year sets every table's horizon", () => {
  const r = runScenario(loadScenarioFile(variant({ name: "2035", report: { targetYear: 2035 } })), { replicates: 20, uncertainty: 8 });
  const t = byId(r.tables);
  const years = (table: ResultTable, key = "year") => {
    const i = table.columns.findIndex((c) => c.key === key);
    return [...new Set(rowsOf(table).map((x) => x[i] as number))].sort((a, b) => a - b);
  };

  it("the council summary is for 2035", () => {
    expect(r.summary!.targetYear).toBe(2035);
    expect(rowsOf(t.sammendrag).find((x) => x[0] === "staff_growth_today_profile")![1]).toMatch(/til 2035/);
  });

  it("the scale-up and the uncertainty tables of the scale-up and services end in 2035", () => {
    expect(years(t.oppskalering).at(-1)).toBe(2035);
    expect(years(t["oppskalering-usikkerhet"]).at(-1)).toBe(2035);
    expect(years(t["tjenester-usikkerhet"])).toContain(2035);
    expect(years(t["tjenester-usikkerhet"]).at(-1)).toBeLessThanOrEqual(2035);
  });

  it("the council summary's percentiles are for 2035 too", () => {
    const growth = rowsOf(t["sammendrag-usikkerhet"]).filter((x) => x[0] === "staff_growth_today_profile");
    expect(growth.length).toBe(3);
    for (const row of growth) expect(row[1]).toMatch(/til 2035/);
  });

  it("the population still reaches the scenario's end year 2050", () => {
    expect(years(t.befolkning).at(-1)).toBe(2050);
  });
});

describe("run-wide choices that cannot hold are refused before anything runs", () => {
  it("a target year before the base year or after 2100 names the file and the field", () => {
    for (const targetYear of [2010, 2200]) {
      expect(() => runScenario(loadScenarioFile(variant({ name: "x", report: { targetYear } })))).toThrow(
        new RegExp(`variant\\.json: report\\.targetYear: expected a target year from the base year 2024 to 2100, got ${targetYear}`),
      );
    }
  });
});
