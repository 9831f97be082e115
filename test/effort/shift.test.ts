import { describe, expect, it } from "vitest";
import { summariseDistribution } from "../../engine/effort/distribution";
import { cellsFromFigures } from "../../engine/effort/figures";
import { applyShift } from "../../engine/effort/shift";
import { loadStaircase } from "../../engine/io/effort-files";

const asker = loadStaircase("asker-2020");
const d = summariseDistribution(asker.name, asker.stepSet, cellsFromFigures(asker.stepSet, asker.figures).cells);

describe("applyShift (Asker 2020)", () => {
  it("moves 50 recipients from step 10 (604.5 mill. / 548) to step 7 (282 mill. / 3 593) and saves 50 × the difference a year", () => {
    const r = applyShift(d, { from: 10, to: 7, recipients: 50 });
    const u10 = 604.5e6 / 548; // 1 103 102 kr
    const u7 = 282e6 / 3593; // 78 486 kr
    expect(r.costEffectNok).toBeCloseTo(50 * (u7 - u10), 4); // −51.2 mill. kr
    expect(r.costEffectNok / 1e6).toBeCloseTo(-51.23, 2);
    expect(r.totalAfterNok).toBeCloseTo(d.totalCostNok + r.costEffectNok, 4);
    expect(r.steps[9].recipients).toBe(498);
    expect(r.steps[6].recipients).toBe(3643);
    expect(r.steps[9].costPerRecipientNok).toBeCloseTo(u10, 6); // unit costs unchanged
    expect(d.steps[9].recipients).toBe(548); // the distribution is not changed
  });

  it("moves a share of a step's recipients, and takes unit costs given in the shift", () => {
    const r = applyShift(d, { from: 12, to: 10, share: 0.1, unitCostToNok: 900000 });
    expect(r.recipientsMoved).toBeCloseTo(37.5, 9); // 10 % of 375 places
    expect(r.costEffectNok).toBeCloseTo(37.5 * (900000 - 297.9e6 / 375), 4);
  });

  it("refuses bad shifts: unknown step, same step, both recipients and share, more recipients than there are", () => {
    expect(() => applyShift(d, { from: 10, to: 14, recipients: 1 })).toThrow('shifts[0], field "to": expected one of the steps 1-13 of Asker 2020, got 14');
    expect(() => applyShift(d, { from: 10, to: 10, recipients: 1 })).toThrow(/expected a step other than the from-step 10/);
    expect(() => applyShift(d, { from: 10, to: 7, recipients: 1, share: 0.1 })).toThrow(/exactly one of "recipients" and "share", got both/);
    expect(() => applyShift(d, { from: 13, to: 12, recipients: 25 })).toThrow(
      'shifts[0], field "recipients": expected at most the 24 recipients of step 13, got 25',
    );
  });

  it("needs a unit cost where the step has none (Færder step 11 has no figures)", () => {
    const f = loadStaircase("faerder");
    const fd = summariseDistribution(f.name, f.stepSet, cellsFromFigures(f.stepSet, f.figures).cells);
    expect(() => applyShift(fd, { from: 11, to: 7, recipients: 5 })).toThrow(/field "share"|expected a unit cost for step 11/);
    const r = applyShift(fd, { from: 11, to: 7, recipients: 5, unitCostFromNok: 1.2e6 });
    expect(r.costEffectNok).toBeCloseTo(5 * (133e6 / 1152 - 1.2e6), 4);
  });
});
