/**
 * Færder's 12-step staircase with the total its published figures imply (2 078 mill. kr,
 * data/effort/faerder-2024.csv): the published shares within 0.1 percentage point, the view
 * without kindergartens and schools (140 mill. kr, 6.7 %), and the run's own table.
 * Published: ../shared/domain/innsatstrapp_faerder_2024.csv and DOMAIN.md.
 */
import { describe, expect, it } from "vitest";
import { runEffort } from "../../engine/effort/run";
import { applyView } from "../../engine/effort/view";
import { readEffortFile } from "../../engine/io/effort-files";

const PUBLISHED: Record<number, number> = { 1: 0.345, 2: 0.079, 3: 0.032, 4: 0.144, 7: 0.064 };

describe("Færder 2024 with its total", () => {
  const r = runEffort(readEffortFile("faerder-2024"));
  const d = r.distribution;

  it("gives the published shares within 0.1 percentage point (before: step 1 at 51.9 %)", () => {
    expect(d.totalGiven).toBe(true);
    expect(d.totalCostNok).toBe(2078e6);
    for (const [step, share] of Object.entries(PUBLISHED)) {
      const got = d.steps.find((s) => s.step === Number(step))!.share!;
      expect(Math.abs(got - share), `step ${step}`).toBeLessThanOrEqual(0.001);
    }
  });

  it("keeps the steps without figures unknown, their sum the rest of the total (2 078 − 1 381 = 697 mill.)", () => {
    expect(d.steps.filter((s) => s.costNok === null).map((s) => s.step)).toEqual([5, 6, 9, 10, 11, 12]);
    expect(d.withoutFiguresNok).toBe(697e6);
    expect(d.warnings).toEqual([]);
  });

  it("the view without kindergartens and schools: step 1 at 140 mill. kr is 6.7 % of the total (published)", () => {
    const v = applyView(d, { name: "Uten barnehager og skoler", stepCosts: [{ step: 1, costNok: 140e6 }] });
    const s1 = v.steps[0];
    expect(Math.abs((s1.shareOfTotal as number) - 0.067)).toBeLessThanOrEqual(0.001);
    expect(v.removedNok).toBe(577e6); // 717 − 140
    expect(v.totalNok).toBe(1501e6);
    expect(s1.shareOfView).toBeCloseTo(140 / 1501, 12);
  });

  it("a view without steps 1-3 leaves them out and shares of what is left", () => {
    const v = applyView(d, { name: "Uten forebygging", withoutSteps: [1, 2, 3] });
    expect(v.steps.map((s) => s.step)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(v.totalNok).toBe((2078 - 717 - 165 - 67) * 1e6);
    expect(v.steps[0].shareOfView).toBeCloseTo(299 / 1129, 12);
  });

  it("refuses a view that replaces a step without a figure, or a total below the steps' sum", () => {
    expect(() => applyView(d, { name: "x", stepCosts: [{ step: 5, costNok: 1 }], where: "s.json: effort.views[0]" })).toThrow(
      /s\.json: effort\.views\[0\], field "stepCosts\[0\]\.costNok": expected a step with a cost to replace, got step 5/,
    );
    const input = readEffortFile("faerder-2024");
    expect(() => runEffort({ ...input, totalNok: 1000e6, totalWhere: "s.json: effort" })).toThrow(
      /s\.json: effort, field "totalNok": expected a total of at least the 1381000000 kr/,
    );
  });

  it("a shift under a known total moves the total by the cost effect: 20 from step 11 (1,2 mill.) to step 7", () => {
    const input = { ...readEffortFile("faerder-2024"), shifts: [{ from: 11, to: 7, recipients: 20, unitCostFromNok: 1.2e6 }] };
    const s = runEffort(input).shifts[0];
    const unit7 = 133e6 / 1152;
    expect(s.costEffectNok).toBeCloseTo(20 * (unit7 - 1.2e6), 3);
    expect(s.totalAfterNok).toBeCloseTo(2078e6 + 20 * (unit7 - 1.2e6), 3);
  });
});
