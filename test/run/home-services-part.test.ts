/**
 * The `homeServices` part of a scenario (scenarios/varianter/omfattende-hjemmetjenester.json):
 * the analysis table, the report section, and the shift feeding the housing staircase's
 * alternative profile — the same in `trappa run` and in the council summary of
 * `trappa summary`. Expected values: 20 % of today's institution share per band (default.json:
 * 80-84 0.042, 85-89 0.130, 90+ 0.237) moved to home with services.
 */
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../engine/io/scenario-file";
import { runScenario } from "../../engine/run/run";
import { runCouncilSummary } from "../../engine/run/summary";
import { resolveScenario } from "../../engine/scenario/resolve";
import { runReportHtml } from "../../engine/report/run-report";
import { rowsOf } from "./rows-of";

const FILE = "scenarios/varianter/omfattende-hjemmetjenester.json";
const resolved = resolveScenario(loadScenarioFile(FILE));
const result = runScenario(resolved);

describe("a scenario with a homeServices part", () => {
  it("writes the hjemmetjenester table, with the published example's shares", () => {
    const ids = result.tables.map((t) => t.id);
    expect(ids.indexOf("hjemmetjenester")).toBeGreaterThan(ids.indexOf("innsatstrapp"));
    const t = result.tables.find((x) => x.id === "hjemmetjenester")!;
    const get = (table: string, group: string, measure: string) => rowsOf(t).find((r) => r[0] === table && r[2] === group && r[3] === measure)![4] as number;
    expect(get("hours", "1–2,5 t", "cumulative_share")).toBeCloseTo(0.49, 12);
    expect(get("per_100_users", result.homeServices!.result.name, "arsverk_per_100_users")).toBeCloseTo(3.6, 12);
  });

  it("the shift moves 20 % of the institution share home in each band 80+, onto its own housing step: the alternative profile", () => {
    const moved = result.homeServices!.shift!.result.moved;
    expect(moved.map((m) => m.band)).toEqual(["80-84", "85-89", "90+"]);
    expect(moved.map((m) => m.share)).toEqual([0.042 * 0.2, 0.13 * 0.2, 0.237 * 0.2].map((x) => expect.closeTo(x, 12)));
    const alt = result.coverageHousing!.housing!;
    const target = alt.totals.filter((x) => x.profile === "alternative" && x.year === 2040);
    const today = alt.totals.filter((x) => x.profile === "today" && x.year === 2040);
    const residents = (rows: typeof target, step: string) => rows.find((x) => x.step === step)!.residents;
    // Fewer in institutions and more at home with services by 2040; the sum of residents is the same.
    expect(residents(target, "institusjon")).toBeLessThan(residents(today, "institusjon"));
    // The moved residents are on the shift's own step, with 20 h × 52 / 0.6 / 1 595 = 1.0867 årsverk each.
    expect(residents(today, "eget-hjem-omfattende")).toBe(0);
    expect(residents(target, "eget-hjem-omfattende")).toBeCloseTo(residents(today, "institusjon") - residents(target, "institusjon"), 6);
    expect(residents(target, "eget-hjem-tjenester")).toBeCloseTo(residents(today, "eget-hjem-tjenester"), 6);
    const arsverk = target.find((x) => x.step === "eget-hjem-omfattende")!.arsverk;
    expect(arsverk / residents(target, "eget-hjem-omfattende")).toBeCloseTo((20 * 52) / 0.6 / 1595, 9);
  });

  it("trappa summary gives the run's council summary (the shift is applied in one place)", () => {
    const { summary } = runCouncilSummary(resolved);
    expect(summary.rows.map((r) => r.value)).toEqual(result.summary!.rows.map((r) => r.value));
  });

  it("the report has the section with the hours chart", () => {
    const html = runReportHtml(result, { plotlyScript: "" });
    expect(html).toContain("<h2>Hjemmetjenester</h2>");
    expect(html).toContain("fig-hjemmetjenester-timer");
    expect(html).toContain("Flere brukere med omfattende hjemmetjenester");
  });
});

describe("homeServices.effortStep: the decisions give a step of the effort staircase its user profile", () => {
  it("step 4 gets the list's 702 decisions and 2 430 hours a week, its own 500 recipients stay; step 7's own figures win", () => {
    const r = runScenario(loadScenarioFile("test/effort/fixtures/trapp-med-vedtak.json"));
    const step = (n: number) => r.effort!.distribution.steps.find((s) => s.step === n)!;
    expect(step(4).decisions).toBe(702);
    expect(step(4).hoursPerWeek).toBeCloseTo(2430, 9);
    expect(step(4).recipients).toBe(500);
    expect([step(7).decisions, step(7).hoursPerWeek]).toEqual([1400, 3500]);
    expect(r.homeServices!.result.recipients).toBe(600);
  });
});
