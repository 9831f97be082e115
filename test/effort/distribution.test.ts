import { describe, expect, it } from "vitest";
import { summariseDistribution } from "../../engine/effort/distribution";
import { cellsFromFigures } from "../../engine/effort/figures";
import { loadStaircase } from "../../engine/io/effort-files";

// Published shares and costs (mill. kr) of Asker's 13 steps, 2020, typed from
// ../shared/domain/innsatstrapp_asker_2020.csv; total "1.8 bn kr" (DOMAIN.md).
const SHARE = [0.0, 0.035, 0.015, 0.06, 0.052, 0.01, 0.156, 0.001, 0.099, 0.332, 0.061, 0.163, 0.013];
const COST = [0, 63.1, 28.2, 109.0, 95.0, 17.4, 282.0, 1.2, 180.0, 604.5, 111.0, 297.9, 24.2];
// Alver 2021, cost by step in 1000 kr, typed from ../shared/domain/innsatstrapp_alver_2021.csv.
const ALVER = [-63778, 231190, 301387, 33556, 10744, 182718, 22374, -5652, 10057, 251713, 52965, 98867, 19326];

describe("summariseDistribution: Asker 2020 (data/effort/asker-2020.csv)", () => {
  const asker = loadStaircase("asker-2020");
  const { cells } = cellsFromFigures(asker.stepSet, asker.figures);
  const d = summariseDistribution(asker.name, asker.stepSet, cells, { priceYear: asker.priceYear });

  it("totals 1 813.5 mill. kr, the published 1.8 bn", () => {
    expect(d.totalCostNok).toBeCloseTo(1813.5e6, 0);
    expect(Math.round(d.totalCostNok / 1e8) / 10).toBe(1.8);
  });

  it("reproduces every published share within 0.0015 (three printed decimals; the source's shares imply totals from 1 802 to 1 833 mill.)", () => {
    d.steps.forEach((s, i) => expect(Math.abs((s.share as number) - SHARE[i]), `step ${s.step}`).toBeLessThanOrEqual(0.0015));
    d.steps.forEach((s, i) => expect(s.costNok).toBeCloseTo(COST[i] * 1e6, 0));
  });

  it("gives cost per recipient = cost ÷ recipients (step 10: 604.5 mill. / 548 = 1 103 102 kr, printed 1 103 000)", () => {
    const s10 = d.steps[9];
    expect(s10.recipients).toBe(548);
    expect(s10.costPerRecipientNok).toBeCloseTo(604.5e6 / 548, 6);
    expect(Math.abs((s10.costPerRecipientNok as number) / 1103000 - 1)).toBeLessThan(0.001);
  });
});

describe("summariseDistribution: Alver 2021 (negative steps after refunds)", () => {
  const alver = loadStaircase("alver");
  const d = summariseDistribution(alver.name, alver.stepSet, cellsFromFigures(alver.stepSet, alver.figures).cells);
  it("keeps negative steps and sums to the published steps' total, 1 145 467 thousand kr", () => {
    expect(d.steps.map((s) => s.costNok)).toEqual(ALVER.map((x) => x * 1000));
    expect(d.totalCostNok).toBe(ALVER.reduce((a, b) => a + b, 0) * 1000);
    expect(d.totalCostNok).toBe(1145467000);
    expect(d.steps[0].share).toBeCloseTo(-63778 / 1145467, 12);
    expect(d.steps.every((s) => s.recipients === null && s.costPerRecipientNok === null)).toBe(true);
  });
});

describe("summariseDistribution: unknown stays unknown", () => {
  it("Færder 2024: steps without figures have null cost, share and recipients; step 8 has 0", () => {
    const f = loadStaircase("faerder");
    const d = summariseDistribution(f.name, f.stepSet, cellsFromFigures(f.stepSet, f.figures).cells);
    expect(d.steps.filter((s) => s.costNok === null).map((s) => s.step)).toEqual([5, 6, 9, 10, 11, 12]);
    expect(d.steps[7].costNok).toBe(0);
    expect(d.steps[7].costPerRecipientNok).toBeNull(); // 0 recipients
    expect(d.totalCostNok).toBe((717 + 165 + 67 + 299 + 133) * 1e6);
    // Færder's published cost per recipient on step 4: 190 700 kr (299 mill. / 1 570 = 190 446)
    expect(Math.abs((d.steps[3].costPerRecipientNok as number) / 190700 - 1)).toBeLessThan(0.002);
  });
});
