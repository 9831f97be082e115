import { describe, expect, it } from "vitest";
import { loadScenarioFile, type LoadedScenario } from "../../engine/io/scenario-file";
import { roundValue, type ResultTable } from "../../engine/run/result-table";
import { runScenario } from "../../engine/run/run";
import { uncertaintyStatistics } from "../../engine/run/uncertainty";
import { fanFigure, uncertaintyFigures } from "../../engine/report/figures/uncertainty";
import { runReportHtml } from "../../engine/report/run-report";
import type { UncertaintyScenario } from "../../engine/scenario/uncertainty";
import type { CoverageHousingRun } from "../../engine/run/coverage-housing";
import type { SeriesSpec } from "../../engine/uncertainty/layout";
import { plainTable, rowsOf } from "./rows-of";

const base = loadScenarioFile("scenarios/default.json");
const withBlock = (block: UncertaintyScenario): LoadedScenario => ({ ...base, scenario: { ...base.scenario, uncertainty: block } });
const ZERO: UncertaintyScenario = {
  population: { fertility: { spread: 0 }, lifeExpectancy: { spread: 0 }, immigration: { spread: 0 }, internalMigration: { relativeSpread: 0 } },
  coverageRates: { off: true },
  profileShares: { off: true },
  unitCosts: { defaultRelative: 0 },
  arsverkPerUnit: { defaultRelative: 0 },
  pathways: { off: true },
};
const table = (tables: ResultTable[], id: string) => tables.find((t) => t.id === id)!;
const STATS = ["p10", "p50", "p90"];

/** A series from the deterministic run's own tables: housing totals summed over steps, coverage rows of alternativ 0 summed over bands (and services for "alle"). */
function deterministicSeries(s: SeriesSpec, year: number, ch: CoverageHousingRun): number {
  if (s.part === "boligtrapp") {
    const m = s.measure as "dwellings" | "arsverk" | "cost";
    return ch.housing!.totals.filter((t) => t.profile === s.variant && t.year === year).reduce((a, t) => a + t[m], 0);
  }
  return ch
    .coverage!.filter((r) => r.scenario === s.variant && r.year === year && (s.item === "alle" || r.service === s.item) && r.measure === s.measure)
    .reduce((a, r) => a + r.value, 0);
}

describe("runScenario(loaded, { uncertainty: N }): every spread zero", () => {
  const det = runScenario(base);
  const zero = runScenario(withBlock(ZERO), { uncertainty: 4 });

  it("keeps every table of the deterministic run as it is, and adds the three uncertainty tables after them", () => {
    expect(zero.tables.map((t) => t.id)).toEqual([
      ...det.tables.map((t) => t.id),
      "befolkning-usikkerhet",
      "sammendrag-usikkerhet",
      "tjenester-usikkerhet",
      "oppskalering-usikkerhet",
      "oppskalering-publisert-usikkerhet",
    ]);
    det.tables.forEach((t, k) => expect(plainTable(zero.tables[k]), t.id).toEqual(plainTable(t)));
    expect(det.uncertainty).toBeUndefined();
  });

  it("gives P10 = P50 = P90 = the deterministic population, band by band and year by year, exactly", () => {
    const pop = rowsOf(table(det.tables, "befolkning")).filter((r) => r[0] === "MMMM");
    const u = rowsOf(table(zero.tables, "befolkning-usikkerhet"));
    const get = (year: number, band: string, stat: string) => u.find((r) => r[1] === year && r[2] === band && r[4] === stat)![5];
    expect(pop.length).toBe(27 * 6);
    for (const r of pop) for (const s of STATS) expect(get(r[1] as number, r[2] as string, s), `${r[1]} ${r[2]} ${s}`).toBe(r[4]);
    // 80+ is the sum of 80-89 and 90+ (summed over single ages: equal to 1e-6 persons).
    for (const year of [2024, 2040, 2050]) {
      const sum = (get(year, "80-89", "p50") as number) + (get(year, "90+", "p50") as number);
      expect(Math.abs((get(year, "80+", "p90") as number) - sum)).toBeLessThan(1e-5);
    }
  });

  it("gives P10 = P50 = P90 = the council summary row for every key, exactly", () => {
    // The housing rows (the savings story's rows after them have their own percentiles in oppskalering-usikkerhet).
    const s = rowsOf(table(det.tables, "sammendrag")).filter((r) => !String(r[0]).startsWith("savings_"));
    expect(s).toHaveLength(12);
    const u = rowsOf(table(zero.tables, "sammendrag-usikkerhet"));
    expect(u.length).toBe(12 * 3);
    for (const r of s) for (const st of STATS) expect(u.find((x) => x[0] === r[0] && x[2] === st)![3], `${r[0]} ${st}`).toBe(r[2]);
    for (const r of zero.uncertainty!.summary) expect(r.central).toBe(r.stats[1]);
  });

  it("gives P10 = P50 = P90 = the scale-up with every parameter at its value, year by year (the same persons in every set), and no parameter spread", () => {
    const su = zero.uncertainty!.scaleUp!;
    expect(su.years[0]).toBe(2025);
    su.years.forEach((year, t) => {
      for (let k = 0; k < 3; k++) expect(su.saving.stats[k][t], `${year}`).toBe(su.saving.central[t]);
    });
    expect(su.breakEven.stats).toEqual([su.breakEven.central, su.breakEven.central, su.breakEven.central]);
    expect(su.decomposition.saving.between).toBe(0);
    expect(su.decomposition.saving.within).toBeGreaterThan(0);
    const rows = rowsOf(table(zero.tables, "oppskalering-usikkerhet"));
    expect(rows.find((r) => r[0] === "saving_nok" && r[1] === 2040 && r[2] === "sd_parametere")![3]).toBe(0);
  });

  it("gives the deterministic housing and coverage series to the target year, exactly", () => {
    const u = zero.uncertainty!;
    const years = u.series[0].years;
    expect(years[0]).toBe(2024);
    expect(years[years.length - 1]).toBe(2040);
    const ch = det.coverageHousing!;
    expect(u.series.length).toBe(6 + 3 * 3 + 2);
    u.series.forEach((s) =>
      years.forEach((year, t) => {
        const expected = roundValue(deterministicSeries(s, year, ch));
        for (let j = 0; j < 3; j++) expect(s.stats[j][t], `${s.part} ${s.variant} ${s.item} ${s.measure} ${year}`).toBe(expected);
      }),
    );
    // and the housing series agree with boligtrapp-sum (summed over steps; to 1e-6).
    const sum = rowsOf(table(det.tables, "boligtrapp-sum"))
      .filter((r) => r[0] === "today" && r[1] === 2040 && r[3] === "arsverk")
      .reduce((a, r) => a + (r[4] as number), 0);
    const arsverk = u.series.find((s) => s.part === "boligtrapp" && s.variant === "today" && s.measure === "arsverk")!;
    expect(Math.abs(arsverk.stats[1][years.length - 1] - sum)).toBeLessThan(1e-5);
  });
});

describe("runScenario(loaded, { uncertainty: N }): default spreads", () => {
  const a = runScenario(base, { uncertainty: 40 });
  const b = runScenario(base, { uncertainty: 40 });
  const c = runScenario(base, { uncertainty: 40, seed: 7 });

  it("gives identical percentiles for the same seed and different ones for another; every row records seed and replicates", () => {
    for (const id of ["befolkning-usikkerhet", "sammendrag-usikkerhet", "tjenester-usikkerhet", "oppskalering-usikkerhet"]) {
      expect(plainTable(table(a.tables, id))).toEqual(plainTable(table(b.tables, id)));
      expect(plainTable(table(c.tables, id))).not.toEqual(plainTable(table(a.tables, id)));
      const t = table(a.tables, id);
      const seed = t.columns.findIndex((x) => x.key === "seed");
      const reps = t.columns.findIndex((x) => x.key === "replicates");
      expect(rowsOf(t).every((r) => r[seed] === 2040 && r[reps] === 40)).toBe(true);
    }
    expect(a.uncertainty!.statistics.map((s) => s.id)).toEqual(STATS);
  });

  it("orders P10 ≤ P50 ≤ P90 everywhere, with a real spread after the base year", () => {
    const u = a.uncertainty!;
    for (const r of u.population) expect(r.stats[0] <= r.stats[1] && r.stats[1] <= r.stats[2], `${r.year} ${r.band}`).toBe(true);
    for (const r of u.summary) expect(r.stats[0] <= r.stats[1] && r.stats[1] <= r.stats[2], r.key).toBe(true);
    const old = u.population.find((r) => r.year === 2040 && r.band === "80+")!;
    expect(old.stats[2] - old.stats[0]).toBeGreaterThan(50);
    const baseYear = u.population.find((r) => r.year === 2024 && r.band === "80+")!;
    expect(baseYear.stats[2]).toBe(baseYear.stats[0]); // the base year is registered, not drawn
  });

  it("keeps the median of 80+ in 2040 within 1.5 % of the deterministic MMMM (split normals keep the middle path as median; 40 replicates)", () => {
    const r = a.uncertainty!.population.find((x) => x.year === 2040 && x.band === "80+")!;
    expect(Math.abs(r.stats[1] / r.central - 1)).toBeLessThan(0.015);
  });

  it("shows the fan charts and the summary percentiles in report.html only when present", () => {
    const html = runReportHtml(a, { plotlyScript: "" });
    for (const id of ["fig-usikkerhet-eldre", "fig-usikkerhet-plasser", "fig-usikkerhet-arsverk", "fig-usikkerhet-kostnad", "fig-usikkerhet-oppskalering"])
      expect(html).toContain(`id="${id}"`);
    expect(html).toContain("<h2>Usikkerhet</h2>");
    expect(html).toContain("Sammendraget med usikkerhet, 2024–2040: persentiler over 40 replikater (frø 2040)");
    const plain = runReportHtml(runScenario(base), { plotlyScript: "" });
    expect(plain).not.toContain("Usikkerhet");
    expect(uncertaintyFigures(a.uncertainty!).map((f) => f.id)).toEqual([
      "fig-usikkerhet-eldre",
      "fig-usikkerhet-plasser",
      "fig-usikkerhet-arsverk",
      "fig-usikkerhet-kostnad",
      "fig-usikkerhet-oppskalering",
    ]);
  });
});

describe("uncertaintyStatistics(level) and fanFigure", () => {
  it("names the percentiles of a level", () => {
    expect(uncertaintyStatistics(0.8).map((s) => s.id)).toEqual(["p10", "p50", "p90"]);
    expect(uncertaintyStatistics(0.95).map((s) => s.id)).toEqual(["p2.5", "p50", "p97.5"]);
  });
  it("draws low, a filled high and the median per series, and refuses ragged input", () => {
    const f = fanFigure([{ name: "80+", x: [2024, 2025], low: [1, 2], median: [1, 3], high: [1, 4], central: [1, 3] }], {
      title: "t",
      yTitle: "y",
      interval: "P10–P90",
    });
    expect(f.data.map((d) => d.name ?? null)).toEqual([null, "80+, P10–P90", "80+, median", "80+, uten usikkerhet"]);
    expect(f.data[1].fill).toBe("tonexty");
    expect(() => fanFigure([{ name: "x", x: [1, 2], low: [1], median: [1, 2], high: [1, 2] }], { title: "t", yTitle: "y", interval: "i" })).toThrow(
      /one low value per x in "x", got 1 for 2/,
    );
  });
});
