import { describe, expect, it } from "vitest";
import { deterministicTimeline, investmentRows, timelineTotals } from "../../engine/pathways/deterministic";
import { compareWithPublished } from "../../engine/pathways/published";
import { johs, PUBLISHED } from "./johs";

const IDS = ["normal", "proactive", "reactive"];

describe("deterministicTimeline (Johs, Nordstrand 2023-11)", () => {
  const model = johs();
  const rows = deterministicTimeline(model);
  const at = (p: string, a: number) => rows.find((r) => r.pathway === p && r.age === a)!;

  it("has one row per pathway and age 70-87", () => {
    expect(rows).toHaveLength(3 * 18);
    expect([...new Set(rows.map((r) => r.age))]).toEqual(Array.from({ length: 18 }, (_, i) => 70 + i));
  });

  it("reproduces the published table within 0.3 % at every age (whole kroner and hours, as published)", () => {
    for (const [age, ...v] of PUBLISHED) {
      IDS.forEach((id, i) => {
        const r = at(id, age);
        const cost = Math.round(r.costNok),
          hours = Math.round(r.staffHours);
        if (v[i] === 0) expect(cost).toBe(0);
        else expect(Math.abs(cost / v[i] - 1)).toBeLessThan(0.003);
        if (v[3 + i] === 0) expect(hours).toBe(0);
        else expect(Math.abs(hours / v[3 + i] - 1)).toBeLessThan(0.003);
      });
    }
  });

  it("prices phases through the calculator: hand-derived values (DOMAIN.md decomposition)", () => {
    expect(at("normal", 73).costNok).toBeCloseTo(5.25 * 799 * 52, 6); // 218 127
    expect(at("normal", 76).costNok).toBeCloseTo(218127 + 545 * 52, 6); // + practical assistance
    expect(at("normal", 81).staffHours).toBeCloseTo(455 + 52 / 0.75 + (11 * 52 * 0.3) / 0.95, 9);
    expect(at("reactive", 76).costNok).toBeCloseTo(31.5 * 592 * 52, 6);
    expect(at("reactive", 75).costNok).toBe(546666); // published figure carried directly
    expect(at("proactive", 80).staffHours).toBe(220); // published figure carried directly
    const phases = model.pathways.flatMap((p) => p.phases);
    expect(phases.filter((p) => p.basis === "published").map((p) => p.id)).toEqual(["trygghetspakke", "tett-oppfolging"]);
  });

  it("keeps the investment apart and explains the published totals (age 77 twice)", () => {
    expect(investmentRows(model)).toEqual([{ pathway: "proactive", label: "Leilighet i privat bofellesskap tilpasset demens", age: 70, amountNok: 100000 }]);
    const t = timelineTotals(model, rows);
    // Each age once: DOMAIN.md gives 5 750 608 / 3 912 800 / 8 666 754 kr and 11 414 / 4 392 / 18 518 hours from the published rows.
    [5750608, 3912800, 8666754].forEach((v, i) => expect(Math.abs(t[i].costNok / v - 1)).toBeLessThan(0.003));
    [11414, 4392, 18518].forEach((v, i) => expect(Math.abs(t[i].staffHours / v - 1)).toBeLessThan(0.003));
    // Årsverk 7.5 / 2.8 / 12.9 are published for the totals with age 77 twice.
    const published = [...PUBLISHED.slice(0, 8), PUBLISHED[7], ...PUBLISHED.slice(8)].map(([age, cn, cp, cr, hn, hp, hr]) => ({
      age,
      line: 0,
      investment: { normal: 0, proactive: age === 70 ? 100000 : 0, reactive: 0 },
      cost: { normal: cn, proactive: cp, reactive: cr },
      hours: { normal: hn, proactive: hp, reactive: hr },
    }));
    const c = compareWithPublished(model, rows, published);
    expect(c.duplicateAges).toEqual([77]);
    // Published totals: 5 997 040 / 4 031 231 / 9 636 222 kr; 11 938 / 4 482 / 20 566 hours.
    [5997040, 4031231, 9636222].forEach((v, i) => {
      expect(c.totals[i].publishedCostNok).toBe(v);
      expect(Math.abs(c.totals[i].costAsPublishedNok / v - 1)).toBeLessThan(0.003);
    });
    [11938, 4482, 20566].forEach((v, i) => {
      expect(c.totals[i].publishedStaffHours).toBe(v);
      expect(Math.abs(c.totals[i].staffHoursAsPublished / v - 1)).toBeLessThan(0.003);
    });
    [7.5, 2.8, 12.9].forEach((v, i) => expect(Math.round((c.totals[i].staffHoursAsPublished / model.catalogue.hoursPerFte) * 10) / 10).toBe(v));
    expect(Math.max(...c.rows.map((r) => Math.abs(r.costDeviation ?? 0)), ...c.rows.map((r) => Math.abs(r.hoursDeviation ?? 0)))).toBeLessThan(0.003);
  });
});
