import { describe, expect, it } from "vitest";
import { runPopulationScenario } from "../../engine/run/population";
import { populationScenarioSchema } from "../../engine/scenario/population";
import { aggregateBands, parseBands } from "../../engine/population/bands";
import { projectionYear } from "../../engine/population/project";

// SSB's MMMM for Færder (3911), released July 2024 (DOMAIN.md, ../shared/domain):
const PUBLISHED: Record<number, number[]> = {
  2025: [5398, 9749, 6716, 4206, 1385, 274],
  2030: [5103, 9990, 6660, 4512, 1833, 288],
  2040: [4937, 9872, 6589, 4996, 2407, 541],
};

describe("the calibrated Færder default", () => {
  const job = runPopulationScenario(populationScenarioSchema.parse({ alternatives: ["MMMM", "LLML", "HHMH", "MM00"], endYear: 2050 }), process.cwd());
  const mmmm = job.run.projections.get("MMMM")!;

  it("reproduces SSB's published MMMM bands for 2025, 2030 and 2040 within 0.5 % per band", () => {
    for (const [year, published] of Object.entries(PUBLISHED)) {
      const got = aggregateBands(projectionYear(mmmm, Number(year)), parseBands("plan"));
      published.forEach((p, i) => expect(Math.abs(got[i] / p - 1)).toBeLessThan(0.005));
    }
  });

  it("starts from the registered 2024 bands exactly", () => {
    const got = aggregateBands(projectionYear(mmmm, 2024), parseBands("plan"));
    [5454, 9608, 6719, 4125, 1320, 275].forEach((p, i) => expect(got[i]).toBeCloseTo(p, 6));
  });

  it("orders the alternatives as SSB's do: LLML below MMMM below HHMH in 2050, and no migration lowest of all", () => {
    const total = (code: string) => projectionYear(job.run.projections.get(code)!, 2050).reduce((a, b) => a + b, 0);
    expect(total("LLML")).toBeLessThan(total("MMMM"));
    expect(total("MMMM")).toBeLessThan(total("HHMH"));
    expect(total("MM00")).toBeLessThan(total("LLML"));
  });

  it("a variant flow of older in-movers adds its migrants, less their deaths, to the older bands only", () => {
    const flow = { label: "Omsorg+", ages: "67-89", perYear: { "2030": 0, "2031": 30 } };
    const variant = runPopulationScenario(populationScenarioSchema.parse({ alternatives: ["MMMM"], endYear: 2040, flows: [flow] }), process.cwd());
    const bands = parseBands("0-66,67-79,80-89,90+");
    const base = aggregateBands(projectionYear(mmmm, 2040), bands);
    const alt = aggregateBands(projectionYear(variant.run.projections.get("MMMM")!, 2040), bands);
    expect(alt[0]).toBeCloseTo(base[0], 6); // nobody under 67 is added
    const added = alt[1] + alt[2] + alt[3] - (base[1] + base[2] + base[3]);
    // Steps starting 1 January 2031 … 2039 bring 30 each by 1 January 2040: 270 migrants.
    // They are 67-89 and live on average 4.5 years in the projection at 2-8 % mortality a
    // year, so between 10 % and 30 % of them die: 189 < added < 243.
    expect(added).toBeGreaterThan(189);
    expect(added).toBeLessThan(243);
  });

  it("runs a scenario's own fertility path as its own alternative (XMMM: TFR 1.2 from 2026)", () => {
    const scenario = populationScenarioSchema.parse({
      alternatives: ["MMMM", "XMMM"],
      endYear: 2040,
      assumptions: { fertility: { X: { "2023": 1.4, "2026": 1.2 } }, alternatives: { XMMM: "Lav fruktbarhet (egen)" } },
    });
    const job = runPopulationScenario(scenario, process.cwd());
    const kids = (code: string) => aggregateBands(projectionYear(job.run.projections.get(code)!, 2040), parseBands("plan"))[0];
    const older = (code: string) => aggregateBands(projectionYear(job.run.projections.get(code)!, 2040), parseBands("plan"))[5];
    // Fewer births only: 0-17 lower, 90+ exactly as in MMMM.
    expect(kids("XMMM")).toBeLessThan(0.95 * kids("MMMM"));
    expect(older("XMMM")).toBeCloseTo(older("MMMM"), 9);
  });

  it("takes in- and out-migration separately: 8 % of 18-24 leaving each year empties that band faster", () => {
    const base = runPopulationScenario(populationScenarioSchema.parse({ endYear: 2030 }), process.cwd());
    const out = runPopulationScenario(
      populationScenarioSchema.parse({
        endYear: 2030,
        outMigration: [{ ages: "18-24", rate: 0.08 }],
        flows: [{ label: "innflytting 25-34", ages: "25-34", perYear: { "2024": 40 } }],
      }),
      process.cwd(),
    );
    const band = (job: typeof base, spec: string, i: number) => aggregateBands(projectionYear(job.run.projections.get("MMMM")!, 2030), parseBands(spec))[i];
    expect(band(out, "0-17,18-24,25+", 1)).toBeLessThan(0.75 * band(base, "0-17,18-24,25+", 1));
    const p = out.run.projections.get("MMMM")!;
    // The balancing equation still holds with gross flows.
    for (let i = 0; i < 6; i++) {
      const tot = (y: number) => projectionYear(p, y).reduce((a, b) => a + b, 0);
      const flows = p.births[2 * i] + p.births[2 * i + 1] - p.deaths[2 * i] - p.deaths[2 * i + 1] + p.migration[2 * i] + p.migration[2 * i + 1];
      expect(Math.abs(tot(2025 + i) - tot(2024 + i) - flows)).toBeLessThan(1e-8);
    }
  });
});
