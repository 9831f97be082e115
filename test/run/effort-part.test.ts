/**
 * `trappa run` on a scenario with only an effort part: innsatstrapp.csv, the report's
 * section and the workbook's sheet show the same figures. Expected values are the
 * fixture's own inputs and hand-computed ratios (test/effort/fixtures/trapp-2023.json).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv, type CsvTable } from "../../engine/io/csv";
import { trappa } from "../cli/run-cli";

const dir = mkdtempSync(join(tmpdir(), "trappa-effort-run-"));
let csv: CsvTable;
let html: string;

beforeAll(async () => {
  const r = await trappa(["run", "test/effort/fixtures/trapp-2023.json", "--out", dir]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  csv = parseCsv(readFileSync(join(dir, "innsatstrapp.csv"), "utf8"));
  html = readFileSync(join(dir, "report.html"), "utf8");
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const value = (table: string, step: string, measure: string, shift = "") => {
  const h = csv.header;
  const row = csv.rows.find(
    (r) => r[h.indexOf("table")] === table && r[h.indexOf("step")] === step && r[h.indexOf("measure")] === measure && r[h.indexOf("shift")] === shift,
  );
  return row ? Number(row[h.indexOf("value")]) : undefined;
};

/** The text of each cell in the report's table row that starts with `first`. */
function htmlRow(first: string): string[] {
  const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1].replace(/[\u00a0\u202f]/g, " ")));
  const hit = rows.find((r) => r[0] === first);
  if (!hit) throw new Error(`no row "${first}" in report.html`);
  return hit;
}

describe("trappa run with an effort part", () => {
  it("innsatstrapp.csv: cost, share of the given total, cost per recipient and årsverk per step (hand-computed)", () => {
    expect(value("step", "7", "cost")).toBe(150e6);
    expect(value("step", "7", "share")).toBeCloseTo(0.15, 12); // 150 / 1 000 mill.
    expect(value("step", "7", "cost_per_recipient")).toBeCloseTo(150000, 6);
    expect(value("step", "7", "arsverk")).toBe(120.5);
    expect(value("step", "7", "hours_per_week")).toBe(3500);
    expect(value("total", "", "without_figures")).toBe(200e6); // 1 000 − 300 − 100 − 150 − 250
    expect(value("shift", "", "cost_effect", "10 fra sykehjem til hjemmet")).toBeCloseTo(10 * (150000 - 1.25e6), 3);
    expect(value("view", "4", "share_of_view", "Uten trinn 1")).toBeCloseTo(100 / 700, 12);
  });

  it("report.html has the section with the same figures, in Norwegian", () => {
    expect(html).toContain("<h2>Innsatstrapp</h2>");
    expect(htmlRow("7 Helsehjelp til hjemmeboende")).toEqual([
      "7 Helsehjelp til hjemmeboende",
      "150,0",
      "15,0 %",
      "1 000",
      "mottakere",
      "150 000",
      "120,5",
      "1 400",
      "3,5",
    ]);
    expect(htmlRow("Trinn uten tall (2-3, 5-6, 8-10, 12)").slice(0, 3)).toEqual(["Trinn uten tall (2-3, 5-6, 8-10, 12)", "200,0", "20,0 %"]);
    expect(htmlRow("10 fra sykehjem til hjemmet")).toEqual(["10 fra sykehjem til hjemmet", "11", "7", "10", "1 250 000", "150 000", "−11,0", "989,0"]);
    expect(html).toContain("Visning: Uten trinn 1");
  });

  it("results.xlsx has an Innsatstrapp sheet with the CSV's rows, numbers as numbers", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "results.xlsx"));
    const ws = wb.getWorksheet("Innsatstrapp")!;
    expect(ws).toBeDefined();
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.length - 1).toBe(csv.rows.length);
    csv.rows.forEach((r, i) => {
      r.forEach((text, j) => {
        const cell = rows[i + 1][j];
        if (typeof cell === "number") expect(cell).toBe(Number(text));
        else expect(cell ?? "").toBe(text);
      });
    });
  });
});

describe("an effort part with bad input", () => {
  it("names the scenario file and the field: a shift to a step the staircase lacks (exit 2)", async () => {
    const r = await trappa(["run", "test/effort/fixtures/trapp-feil.json", "--out", join(dir, "feil")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/trapp-feil\.json: effort\.shifts\[0\], field "to": expected one of the steps 1-12 of Færder 2024, got 13/);
  });

  it("validate lists every issue of the part: a negative årsverk and a staircase that does not exist", async () => {
    const r = await trappa(["validate", "test/effort/fixtures/trapp-ugyldig.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/effort\.figures\[0\]\.arsverk: expected a non-negative number, got -1/);
    expect(r.stderr).toMatch(/effort\.steps: expected an existing staircase file .* got "ingen-slik", which does not exist/);
  });
});

describe("an effort part from accounts and keys", () => {
  it("allocates the accounts (paths relative to the scenario) and takes recipients and årsverk from the figures", async () => {
    const { loadScenarioFile } = await import("../../engine/io/scenario-file");
    const { runScenario } = await import("../../engine/run/run");
    const r = runScenario(loadScenarioFile("test/effort/fixtures/regnskap-scenario.json"));
    const d = r.effort!.distribution;
    // The same accounts as test/effort/run.test.ts: 287.6 mill. allocated, 8.0 mill. not.
    expect(d.totalCostNok).toBeCloseTo(287.6e6, 2);
    expect(d.unallocatedNok).toBeCloseTo(8.0e6, 2);
    expect(d.steps[6].recipients).toBe(535);
    expect(d.steps[6].arsverk).toBe(40);
    // The accounts split step 7 by user group, the recipients are not: no cost per recipient (unknown stays unknown).
    expect(d.steps[6].costPerRecipientNok).toBeNull();
    expect(r.sources.map((s) => s.path.replace(/.*scenarios\//, "scenarios/"))).toEqual(
      expect.arrayContaining(["scenarios/effort/eksempel/regnskap.csv", "scenarios/effort/eksempel/nokler.csv"]),
    );
  });
});
