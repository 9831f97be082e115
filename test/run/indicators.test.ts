/**
 * A user's own key figures (`indicators`, mathjs formulas over the run's measures):
 * checked by hand against the run's own CSV tables, present in report.html, results.xlsx
 * and the CSV, carried through the uncertainty replicates, and every broken formula a clear
 * error that names the file, the field and the position.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../engine/io/scenario-file";
import { runScenario } from "../../engine/run/run";
import { trappa } from "../cli/run-cli";
import { rowsOf } from "./rows-of";

const SCENARIO = "scenarios/varianter/egne-nokkeltall.json";
const PER_1000 = "Årsverk per 1 000 innbyggere 80+";
const PER_67 = "Kostnad per innbygger 67+";

/** A CSV of the run (no quoted commas in these tables) as objects. */
function csv(dir: string, name: string): Array<Record<string, string>> {
  const [head, ...lines] = readFileSync(join(dir, `${name}.csv`), "utf8")
    .trim()
    .split("\n");
  const keys = head.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [keys[i], v])));
}

function variant(indicators: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), "trappa-ind-"));
  const file = join(dir, "v.json");
  writeFileSync(file, JSON.stringify({ extends: resolve("scenarios/default.json"), indicators }));
  return file;
}

describe("indicators in a run", () => {
  const out = mkdtempSync(join(tmpdir(), "trappa-ind-out-"));
  const ran = trappa(["run", SCENARIO, "--out", out, "--replicates", "20"]);

  it("equal the formula worked by hand from the run's own tables, every year", async () => {
    expect((await ran).code).toBe(0);
    const coverage = csv(out, "dekningsgrader").filter((r) => r.alternative === "alternativ 0");
    const population = csv(out, "befolkning").filter((r) => r.alternative === "MMMM");
    const sum = (rows: Array<Record<string, string>>) => rows.reduce((s, r) => s + Number(r.value), 0);
    const rows = csv(out, "indikatorer");
    for (const year of [2024, 2030, 2040, 2050]) {
      const y = String(year);
      const arsverk = sum(coverage.filter((r) => r.year === y && r.measure === "arsverk"));
      const cost = sum(coverage.filter((r) => r.year === y && r.measure === "cost"));
      const old80 = sum(population.filter((r) => r.year === y && ["80-89", "90+"].includes(r.band)));
      const old67 = sum(population.filter((r) => r.year === y && ["67-79", "80-89", "90+"].includes(r.band)));
      const got = (name: string) => Number(rows.find((r) => r.indicator === name && r.year === y)?.value);
      // The CSVs hold 6 significant digits: 1e-5 relative.
      expect(got(PER_1000) / ((arsverk / old80) * 1000) - 1).toBeCloseTo(0, 5);
      expect(got(PER_67) / (cost / old67) - 1).toBeCloseTo(0, 5);
    }
    expect(rows.filter((r) => r.indicator === PER_1000).map((r) => r.year)).toEqual(Array.from({ length: 27 }, (_, i) => String(2024 + i)));
  });

  it("appear in report.html and as a sheet of results.xlsx with the CSV's rows", async () => {
    await ran;
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toContain("<h2>Egne nøkkeltall</h2>");
    const v2040 = Number(csv(out, "indikatorer").find((r) => r.indicator === PER_1000 && r.year === "2040")?.value);
    expect(html).toContain(`>${v2040.toFixed(1).replace(".", ",")}<`);
    expect(html).toContain("arsverk / befolkning_80_pluss * 1000");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "results.xlsx"));
    const ws = wb.getWorksheet("Egne nøkkeltall");
    expect(ws).toBeDefined();
    const sheet: unknown[][] = [];
    ws!.eachRow((row) => sheet.push((row.values as unknown[]).slice(1)));
    expect(sheet[0]).toEqual(["Nøkkeltall", "Formel", "År", "Verdi", "Enhet"]);
    expect(sheet.length - 1).toBe(csv(out, "indikatorer").length);
    expect(sheet.find((r) => r[0] === PER_1000 && r[2] === 2040)?.[3]).toBeCloseTo(v2040, 4);
  });

  it("carry through the uncertainty replicates: P10 ≤ P50 ≤ P90, central = the run's, and a bare measure equals the series' percentiles", async () => {
    const file = variant({ ...JSON.parse(readFileSync(SCENARIO, "utf8")).indicators, "Årsverk alene": "arsverk" });
    const run = runScenario(loadScenarioFile(file), { replicates: 2, uncertainty: 30 });
    const u = run.uncertainty!;
    expect(u.indicators.map((x) => x.name)).toEqual([PER_1000, PER_67, "Årsverk alene"]);
    for (const p of u.indicators) {
      const own = run.indicators.find((x) => x.name === p.name)!;
      p.years.forEach((year, t) => {
        expect(p.stats[0][t]).toBeLessThanOrEqual(p.stats[1][t]);
        expect(p.stats[1][t]).toBeLessThanOrEqual(p.stats[2][t]);
        expect(p.central[t] / own.values[own.years.indexOf(year)] - 1).toBeCloseTo(0, 9);
      });
      expect(p.stats[2][p.years.indexOf(2040)]).toBeGreaterThan(p.stats[0][p.years.indexOf(2040)]);
    }
    // "arsverk" alone: its percentiles are those of coverage's total årsverk series (alternativ 0, all services).
    const alone = u.indicators.find((x) => x.name === "Årsverk alene")!;
    const series = u.series.find((s) => s.part === "dekningsgrader" && s.item === "alle" && s.measure === "arsverk")!;
    series.years.forEach((year, t) => {
      for (let k = 0; k < 3; k++) expect(alone.stats[k][alone.years.indexOf(year)]).toBeCloseTo(series.stats[k][t], 4);
    });
    const table = run.tables.find((t) => t.id === "indikatorer-usikkerhet")!;
    expect(
      rowsOf(table)
        .filter((r) => r[0] === PER_1000 && r[1] === 2040)
        .map((r) => r[2]),
    ).toEqual(["p10", "p50", "p90"]);
  });
});

describe("broken formulas", () => {
  const cases: Array<[string, unknown, RegExp]> = [
    [
      "a syntax error, with its position",
      { a: "arsverk / (befolkning *" },
      /indicators\.a: expected a formula mathjs can parse, got Unexpected end of expression at character 24/,
    ],
    [
      "an unknown name, with its position and the names available",
      { b: "arsverk / befolkning_80pluss" },
      /indicators\.b: expected a known name \(ar, befolkning, befolkning_0_17.*befolkning_80_pluss.*arsverk_institusjon.*\), got the unknown name "befolkning_80pluss" at character 11/,
    ],
    ["import(...)", { c: "import({ x: 1 }, { override: true })" }, /indicators\.c: expected .*got (the function "import"|an object)/],
    ['evaluate("…")', { d: 'evaluate("1 + 1")' }, /indicators\.d: expected one of the functions .*, got the function "evaluate" at character 1/],
    ["a function definition", { e: "f(x) = x ^ 2" }, /indicators\.e: expected arithmetic on numbers and measure names, got a function definition/],
    ["an assignment", { f: "arsverk = 1" }, /indicators\.f: expected arithmetic on numbers and measure names, got an assignment/],
    ["createUnit", { g: 'createUnit("foo")' }, /indicators\.g: expected one of the functions .*, got the function "createUnit"/],
    ["a text", { h: '"abc"' }, /indicators\.h: expected numbers, got the text "abc"/],
    ["property access", { i: "arsverk.constructor" }, /indicators\.i: expected arithmetic on numbers and measure names, got property or index access/],
    ["an empty formula", { j: { formula: " " } }, /indicators\.j\.formula: expected a formula, got an empty text/],
  ];
  for (const [what, indicators, message] of cases) {
    it(what, async () => {
      const r = await trappa(["run", variant(indicators), "--out", mkdtempSync(join(tmpdir(), "trappa-ind-bad-")), "--replicates", "2"]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain("v.json");
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    });
  }

  it("a division by zero is an error naming the indicator, the year and the values, not Infinity in a table", async () => {
    const r = await trappa([
      "run",
      variant({ k: "arsverk / (befolkning_90_pluss - befolkning_90_pluss)" }),
      "--out",
      mkdtempSync(join(tmpdir(), "trappa-ind-bad-")),
    ]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(
      /v\.json: indicators\["k"\]: expected a finite value in 2024, got Infinity from "arsverk \/ \(befolkning_90_pluss - befolkning_90_pluss\)" with arsverk = [\d.]+, befolkning_90_pluss = [\d.]+/,
    );
  });

  it("syntax is checked when the file is read: trappa validate names it", async () => {
    const r = await trappa(["validate", variant({ a: "1 +" })]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/indicators\.a: expected a formula mathjs can parse/);
  });
});
