/**
 * The published scale-up rule against Færder's presentation (February 2025): for Johs's
 * published pathway table and 684 persons, a yearly saving of 88 mill. kr (all proactive),
 * 164 mill. kr more (all reactive), a transition costing 4, 9, 13 and 9 mill. kr in years
 * 1-4 and a yearly saving after the seventh year. Tolerances as issue 18: ±2 % on the
 * steady state, ±1 mill. kr on each transition year, first saving in year 7 or 8.
 */
import { describe, expect, it } from "vitest";
import { publishedFigureRows, publishedMethodTable, publishedScaleUp } from "../../engine/pathways/published-scale-up";
import { deterministicTimeline } from "../../engine/pathways/deterministic";
import { personaFromSpec, readPublishedForPersona } from "../../engine/io/persona-file";
import { trappa } from "../cli/run-cli";
import { JOHS_FILE, johsSpec, PUBLISHED } from "./johs";

const IDS = ["normal", "proactive", "reactive"];

/** The published table as listed (age 77 twice), typed in from ../shared/domain/persona_johs.csv via test/pathways/johs.ts. */
function publishedRows(): Array<Record<string, number>> {
  const rows: Array<Record<string, number>> = [];
  for (const [age, n, p, r] of PUBLISHED) {
    const row = { normal: n, proactive: p, reactive: r };
    rows.push(row);
    if (age === 77) rows.push({ ...row });
  }
  return rows;
}

const within = (x: number, target: number, rel: number) => Math.abs(x / target - 1) <= rel;

describe("publishedScaleUp: the consultants' figures from Johs's published table and 684 persons", () => {
  const r = publishedScaleUp({ pathways: IDS, rows: publishedRows(), persons: 684, spreadYears: 15.2, transition: { from: "normal", to: "proactive" } });
  it("the published totals (5 997 040, 4 031 231, 9 636 222 kr) from 19 rows", () => {
    expect(r.rowCount).toBe(19);
    expect(r.lifetime).toEqual({ normal: 5997040, proactive: 4031231, reactive: 9636222 });
  });
  it("steady state: 88 mill. kr saved (all proactive), 164 mill. kr more (all reactive), ±2 %", () => {
    expect(within(-r.steadyNetCost.proactive / 1e6, 88, 0.02)).toBe(true);
    expect(within(r.steadyNetCost.reactive / 1e6, 164, 0.02)).toBe(true);
    // By hand: 1 965 809 × 684 / 15.2 = 88 461 405; 3 639 182 × 684 / 15.2 = 163 763 190.
    expect(r.steadyNetCost.proactive).toBeCloseTo(-88_461_405, 0);
    expect(r.steadyNetCost.reactive).toBeCloseTo(163_763_190, 0);
  });
  it("transition: 4, 9, 13, 9 mill. kr in years 1-4 (±1 mill. each), 36 new cases a year", () => {
    expect(r.newCasesPerYear).toBe(36);
    const published = [4, 9, 13, 9];
    published.forEach((v, i) => {
      expect(Math.abs(r.transitionNetCost[i] / 1e6 - v)).toBeLessThanOrEqual(1);
    });
    // By hand: year 1 = 36 × 118 431; year 4 = 36 × (3 × 118 431 − 99 671).
    expect(r.transitionNetCost[0]).toBe(36 * 118431);
    expect(r.transitionNetCost[3]).toBe(36 * (3 * 118431 - 99671));
  });
  it("the first yearly saving comes in year 7 or 8 ('etter det syvende året')", () => {
    expect([7, 8]).toContain(r.firstYearlySavingYear);
  });
  it("the transition's own long run is 36 × the lifetime difference, not the steady state", () => {
    expect(r.transitionSteadyNetCost).toBe(-36 * 1965809);
    expect(r.transitionNetCost[19]).toBe(-36 * 1965809);
  });
  it("the investment is not counted: 100 000 kr per new case would move year 1 to 7.9 mill. kr (outside ±1)", () => {
    expect(Math.abs((r.transitionNetCost[0] + 36 * 100000) / 1e6 - 4)).toBeGreaterThan(1);
  });
  it("key rows: steady_saving_proactive, steady_extra_reactive, transition years, first saving year", () => {
    const rows = publishedFigureRows(r, IDS);
    const get = (k: string) => rows.find((x) => x.key === k)!.value;
    expect(get("steady_saving_proactive")).toBeCloseTo(88.461405, 5);
    expect(get("steady_extra_reactive")).toBeCloseTo(163.76319, 5);
    expect(get("first_yearly_saving_year")).toBe(7);
    for (let k = 1; k <= 10; k++) expect(rows.some((x) => x.key === `transition_net_cost_year_${k}`)).toBe(true);
  });
  it("bad arguments throw", () => {
    expect(() => publishedScaleUp({ pathways: IDS, rows: [], persons: 1, spreadYears: 1, transition: { from: "normal", to: "proactive" } })).toThrow(
      /at least one row/,
    );
    expect(() =>
      publishedScaleUp({ pathways: IDS, rows: publishedRows(), persons: 1, spreadYears: 0, transition: { from: "normal", to: "proactive" } }),
    ).toThrow(/spreadYears/);
    expect(() => publishedScaleUp({ pathways: IDS, rows: publishedRows(), persons: 1, spreadYears: 1, transition: { from: "x", to: "proactive" } })).toThrow(
      /transition.from/,
    );
  });
});

describe("publishedMethodTable", () => {
  it("takes the persona's published table as listed (19 rows), else the model's timeline (18 ages)", () => {
    const spec = johsSpec();
    const model = personaFromSpec(spec, JOHS_FILE);
    const timeline = deterministicTimeline(model);
    expect(publishedMethodTable(IDS, timeline, readPublishedForPersona(spec, JOHS_FILE)!.rows)).toMatchObject({ source: "published" });
    expect(publishedMethodTable(IDS, timeline, readPublishedForPersona(spec, JOHS_FILE)!.rows).rows).toHaveLength(19);
    const t = publishedMethodTable(IDS, timeline, null);
    expect(t.source).toBe("timeline");
    expect(t.rows).toHaveLength(18);
  });
});

describe("trappa pathways --scale-up --count 684 --method published --format csv", () => {
  it("prints key,value,unit with the published figures", async () => {
    const r = await trappa(["pathways", JOHS_FILE, "--scale-up", "--count", "684", "--method", "published", "--format", "csv"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("key,value,unit");
    const get = (k: string) => Number(lines.find((l) => l.startsWith(`${k},`))!.split(",")[1]);
    expect(within(get("steady_saving_proactive"), 88, 0.02)).toBe(true);
    expect(within(get("steady_extra_reactive"), 164, 0.02)).toBe(true);
    [4, 9, 13, 9].forEach((v, i) => expect(Math.abs(get(`transition_net_cost_year_${i + 1}`) - v)).toBeLessThanOrEqual(1));
    expect(get("transition_net_cost_year_10")).toBeLessThan(0);
    expect([7, 8]).toContain(get("first_yearly_saving_year"));
  });
  it("a Norwegian table with the sentence on why the methods differ; usage errors exit 2", async () => {
    const r = await trappa(["pathways", JOHS_FILE, "--scale-up", "--count", "684", "--method", "published"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Metodene skiller seg");
    expect(r.stdout).toContain("88,5");
    expect((await trappa(["pathways", JOHS_FILE, "--method", "published"])).code).toBe(2);
    expect((await trappa(["pathways", JOHS_FILE, "--scale-up", "--method", "published", "--spread-years", "0"])).code).toBe(2);
  });
});
