import { describe, expect, it } from "vitest";
import type { Pathway } from "../../engine/pathways/model";
import { runScaleUpMonteCarlo } from "../../engine/pathways/run";
import { runScaleUpReplicates, scaleUpLayout, type ScaleUpModel } from "../../engine/pathways/scale-up";
import { scaleUpRows } from "../../engine/pathways/scale-up-results";
import { newPersonDraw } from "../../engine/pathways/draw";
import { flattenPathways } from "../../engine/pathways/flat";
import { layoutPhases } from "../../engine/pathways/layout";
import { deathAgeFromU, survivalModel } from "../../engine/pathways/survival";
import { spreadOverYears } from "../../engine/pathways/years";
import { normalQuantile, poissonFromU } from "../../engine/random/distributions";
import { randomStream } from "../../engine/random/streams";

const phase = (id: string, startAge: number, endAge: number, cost: number) => ({
  id,
  name: id,
  startAge,
  endAge,
  annualCostNok: cost,
  annualStaffHours: cost / 10,
  basis: "catalogue" as const,
  source: "",
  staffHoursComplete: true,
  sigma: 0,
  enterProbability: 1,
});
// Two phases of one year each on the timeline (scaled to each person's course): A 100 kr/yr, B 1 000 kr/yr.
const normal: Pathway = { id: "normal", name: "N", investments: [], phases: [phase("a", 70, 71, 100), phase("b", 71, 72, 1000)] };
// Proactive: A costs 300, B 200, and 50 kr once at onset.
const proactive: Pathway = {
  id: "proactive",
  name: "P",
  investments: [{ label: "inv", amountNok: 50, atYears: 0 }],
  phases: [phase("a", 70, 71, 300), phase("b", 71, 72, 200)],
};
// Constant hazard ln2/2: median remaining life 2 years at every age.
const mx = new Float64Array(131).fill(Math.LN2 / 2);
const model: ScaleUpModel = {
  firstYear: 2025,
  lastYear: 2027,
  bands: [{ label: "80-84", from: 80, width: 5 }],
  population: Float64Array.of(100, 100, 100),
  maleShare: Float64Array.of(0.5, 0.5, 0.5),
  prevalence: Float64Array.of(0.5),
  incidence: Float64Array.of(0.02), // 0.02 × 100 × (1 − 0.5) = 1 new case a year
  existingCount: 2,
  survival: { male: { mx, hazardRatio: 1 }, female: { mx, hazardRatio: 1 } },
  pathways: [normal, proactive],
  timing: "scaled",
};

describe("scale-up arithmetic, by hand (two cohorts, three years, variation off)", () => {
  // Variation off: every uniform is 0.5. Existing cohort: 2 persons, remaining life 2 and time since onset 2
  // (medians), course 4 years scaled over phases A, B of equal length: A 2023-2025, B 1 Jan 2025 - 1 Jan 2027.
  // New cohort: Poisson(1) at u = 0.5 is 1 case a year, onset mid-year, course 2 years: A one year, B one year.
  //   2025 case: A 2025.5-2026.5, B 2026.5-2027.5; 2026 case: A 2026.5-2027.5, B 2027.5-; 2027 case: A 2027.5-.
  const c = runScaleUpReplicates(model, { seed: 1, from: 0, to: 1, variation: false });
  const L = scaleUpLayout(model);
  const v = c.values;
  const series = (g: number, p: number, key: "cost" | "hours" | "investment") => Array.from(v.subarray(L.series[g][p][key], L.series[g][p][key] + 3));
  const phaseYears = (g: number, p: number, k: number) => Array.from(v.subarray(L.series[g][p].phases[k], L.series[g][p].phases[k] + 3));
  const close = (a: number[], b: number[]) => a.forEach((x, i) => expect(x).toBeCloseTo(b[i], 9));

  it("new cases and persons per phase", () => {
    expect(Array.from(v.subarray(L.newCases, L.newCases + 3))).toEqual([1, 1, 1]);
    close(phaseYears(0, 0, 0), [0, 0, 0]); // existing: A is before 2025
    close(phaseYears(0, 0, 1), [2, 2, 0]); // existing: 2 persons in B in 2025 and 2026
    close(phaseYears(1, 0, 0), [0.5, 1, 1]); // new: A
    close(phaseYears(1, 0, 1), [0, 0.5, 1]); // new: B
    // person-years in 2025-2027: existing 2 × 2; new 2025.5-2027.5 (2), 2026.5-2028 (1.5), 2027.5-2028 (0.5)
    expect(v[L.personYears]).toBeCloseTo(8, 9);
  });
  it("cost, hours and investments per year", () => {
    close(series(0, 0, "cost"), [2000, 2000, 0]);
    close(series(1, 0, "cost"), [50, 100 + 500, 100 + 1000]);
    close(series(1, 0, "hours"), [5, 60, 110]);
    close(series(1, 1, "cost"), [150, 300 + 100, 300 + 200]);
    close(series(1, 1, "investment"), [50, 50, 50]);
    close(series(0, 1, "investment"), [0, 0, 0]); // existing persons' onset was before 2025
  });
  it("the transition scenario: yearly net cost, cumulative sum and break-even year", () => {
    const rows = scaleUpRows(model, c.values, {
      transition: { from: "normal", to: "proactive" },
      mix: { normal: 0.5, proactive: 0.5 },
      hoursPerFte: 10,
      seed: 1,
    });
    const get = (scenario: string, measure: string, year: number | "") =>
      rows.find((r) => r.scenario === scenario && r.measure === measure && r.year === year && r.phase === "")!.mean;
    // all-normal total: existing 2000, 2000, 0 + new 50, 600, 1100
    expect([2025, 2026, 2027].map((y) => get("alle-normal", "total_cost_nok", y))).toEqual([2050, 2600, 1100]);
    // transition: existing on normal + new on proactive incl. investment: 2000 + 150 + 50, 2000 + 400 + 50, 0 + 500 + 50
    expect([2025, 2026, 2027].map((y) => get("overgang", "total_cost_nok", y))).toEqual([2200, 2450, 550]);
    expect([2025, 2026, 2027].map((y) => get("overgang", "net_cost_nok", y))).toEqual([150, -150, -550]);
    expect([2025, 2026, 2027].map((y) => get("overgang", "cumulative_net_cost_nok", y))).toEqual([150, 0, -550]);
    expect(get("overgang", "break_even_year", "")).toBe(2026);
    // the mix puts everybody half on each pathway: 2025 = ½ × 2050 + ½ × (existing in B on proactive 2 × 200 + new 150 + 50)
    expect(get("blanding", "total_cost_nok", 2025)).toBeCloseTo(1325, 9);
    expect(get("alle-normal", "fte", 2026)).toBeCloseTo((200 + 60) / 10, 9);
    expect(rows.every((r) => r.seed === 1 && r.replicates === 1)).toBe(true);
  });
  it("same seed → identical; 1 and 2 workers → identical", async () => {
    const a = await runScaleUpMonteCarlo(model, { seed: 3, replicates: 120, workers: 1 });
    const b = await runScaleUpMonteCarlo(model, { seed: 3, replicates: 120, workers: 2 });
    expect(Buffer.from(b.buffer).equals(Buffer.from(a.buffer))).toBe(true);
  }, 30000);
});

describe("the scale-up kernel against a plain reference (variation on, documented draw order)", () => {
  // Durations vary (σ 0.5), one phase happens with probability 0.7 (the general layout), 40 existing persons, 10 new cases a year.
  const vary = (p: Pathway, enter: number[] = []): Pathway => ({
    ...p,
    phases: p.phases.map((ph, k) => ({ ...ph, sigma: 0.5, enterProbability: enter[k] ?? 1 })),
  });
  const m: ScaleUpModel = { ...model, existingCount: 40, incidence: Float64Array.of(0.2), pathways: [vary(normal), vary(proactive, [1, 0.7])] };
  const L = scaleUpLayout(m);
  const K = 2,
    Y = L.years;

  /** One replicate the plain way: every uniform drawn in the documented order, exact e^(σ Φ⁻¹(u)), layoutPhases, spreadOverYears. */
  function reference(seed: number, replicate: number): Float64Array {
    const out = new Float64Array(L.stride);
    const g = randomStream(seed, replicate);
    const surv = survivalModel(mx, 1);
    const f = flattenPathways(m.pathways);
    const draw = newPersonDraw(K);
    draw.ezSigma = 0.5;
    const len = new Float64Array(K),
      start = new Float64Array(K),
      end = new Float64Array(K);
    const person = (onset: number, death: number, group: number) => {
      out[L.personYears] += Math.max(0, Math.min(death, 2028) - Math.max(onset, 2025));
      m.pathways.forEach((p, pi) => {
        layoutPhases(f, pi, onset, death, draw, "scaled", len, start, end);
        const s = L.series[group][pi];
        p.phases.forEach((ph, k) => {
          spreadOverYears(start[k], end[k], ph.annualCostNok, 2025, out, s.cost, Y);
          spreadOverYears(start[k], end[k], ph.annualStaffHours, 2025, out, s.hours, Y);
          spreadOverYears(start[k], end[k], 1, 2025, out, s.phases[k], Y);
        });
        for (const v of p.investments) {
          const t = onset + v.atYears;
          if (t >= 2025 && t < 2028 && t < death) out[s.investment + Math.floor(t - 2025)] += v.amountNok;
        }
      });
    };
    const phases = () => {
      for (let k = 0; k < K; k++) {
        draw.z[k] = normalQuantile(g.next());
        draw.ez[k] = Math.exp(0.5 * draw.z[k]);
        draw.uEnter[k] = g.next();
      }
    };
    for (let i = 0; i < m.existingCount; i++) {
      g.next(); // band (one band)
      const age = 80 + 5 * g.next();
      g.next(); // sex (same survival)
      const remaining = deathAgeFromU(surv, age, g.next()) - age;
      const elapsed = deathAgeFromU(surv, age, g.next()) - age;
      phases();
      person(2025 - elapsed, 2025 + remaining, 0);
    }
    for (let y = 0; y < Y; y++) {
      const count = poissonFromU(10, g.next());
      out[L.newCases + y] = count;
      for (let i = 0; i < count; i++) {
        g.next();
        const age = 80 + 5 * g.next();
        g.next();
        const onset = 2025 + y + g.next();
        const death = onset + deathAgeFromU(surv, age, g.next()) - age;
        phases();
        person(onset, death, 1);
      }
    }
    return out;
  }

  it("every series of 30 replicates agrees within 1e-8 relative (the table of e^(σ z) and the summation order are the only differences)", () => {
    const c = runScaleUpReplicates(m, { seed: 77, from: 100, to: 130, variation: true });
    let worst = 0;
    for (let r = 0; r < 30; r++) {
      const ref = reference(77, 100 + r);
      for (let i = 0; i < L.stride; i++) worst = Math.max(worst, Math.abs(c.values[r * L.stride + i] - ref[i]) / Math.max(1, Math.abs(ref[i])));
    }
    expect(worst).toBeLessThan(1e-8);
    expect(c.values[L.newCases]).toBeGreaterThan(0);
  });
});

describe("runScaleUpReplicates with existing: false", () => {
  it("leaves the existing persons' series at 0 and gives the new cases exactly as a full run (their uniforms are still taken)", () => {
    const m = { ...model, existingCount: 300 };
    const L = scaleUpLayout(m);
    const all = runScaleUpReplicates(m, { seed: 5, from: 0, to: 3, variation: true }).values;
    const news = runScaleUpReplicates(m, { seed: 5, from: 0, to: 3, variation: true, existing: false }).values;
    for (let r = 0; r < 3; r++) {
      const at = r * L.stride;
      for (let y = 0; y < L.years; y++) expect(news[at + L.newCases + y]).toBe(all[at + L.newCases + y]);
      for (const s of L.series[1])
        for (let k = s.cost; k < s.cost + (3 + s.phases.length) * L.years; k++) expect(news[at + k], `new, slot ${k}`).toBe(all[at + k]);
      for (const s of L.series[0]) for (let k = s.cost; k < s.cost + (3 + s.phases.length) * L.years; k++) expect(news[at + k], `existing, slot ${k}`).toBe(0);
    }
    expect(all[L.series[0][0].cost]).toBeGreaterThan(0); // the full run does lay them out
  });
});
