import { describe, expect, it } from "vitest";
import { cellsFromFigures } from "../../engine/effort/figures";
import { buildStepSet } from "../../engine/effort/steps";

// Asker's 13-step staircase, 2020 (the consultants' worked example), typed from
// ../shared/domain/innsatstrapp_asker_2020.csv (DOMAIN.md "Effort staircase"):
// [step, recipients, price per recipient in 1000 kr (printed rounded), cost in mill. kr]
const ASKER: Array<[number, number, number | null, number]> = [
  [1, 94441, null, 0.0],
  [2, 94441, null, 63.1],
  [3, 94441, null, 28.2],
  [4, 1295, 84, 109.0],
  [5, 3299, 29, 95.0],
  [6, 464, 36, 17.4],
  [7, 3593, 81, 282.0],
  [8, 80, 15, 1.2],
  [9, 1502, 120, 180.0],
  [10, 548, 1103, 604.5],
  [11, 41, 2708, 111.0],
  [12, 375, 885, 297.9],
  [13, 24, 1000, 24.2],
];
const set = buildStepSet(
  "Asker 2020",
  ASKER.map(([step]) => ({ step, name: `Trinn ${step}`, description: "", category: "" })),
);

describe("cellsFromFigures: Asker 2020, recipients × price", () => {
  const { cells } = cellsFromFigures(
    set,
    ASKER.filter((a) => a[2] !== null).map(([step, n, p]) => ({ step, recipients: n, pricePerRecipientNok: (p as number) * 1000 })),
  );

  it("recipients × the printed price gives the published cost within 1 % on steps 4, 5, 8, 9, 10, 11, 13 (prices printed in whole 1000 kr)", () => {
    for (const step of [4, 5, 8, 9, 10, 11, 13]) {
      const published = ASKER[step - 1][3] * 1e6;
      const cost = cells.find((c) => c.step === step)!.costNok as number;
      expect(Math.abs(cost / published - 1), `step ${step}`).toBeLessThanOrEqual(0.01);
    }
    // The largest step, as DOMAIN.md writes it: 548 × 1 103 000 = 604.4 mill. (published 604.5)
    expect(cells.find((c) => c.step === 10)!.costNok).toBe(604444000);
  });

  it("on steps 6, 7 and 12 the source's own product does not match its cost (4.0 %, 3.2 %, 11.4 % apart)", () => {
    const gap = (step: number) => (cells.find((c) => c.step === step)!.costNok as number) / (ASKER[step - 1][3] * 1e6) - 1;
    expect(gap(6)).toBeCloseTo(16.704 / 17.4 - 1, 9); // 464 × 36 000 = 16.7 mill. vs 17.4
    expect(gap(7)).toBeCloseTo(291.033 / 282 - 1, 9); // 3 593 × 81 000 = 291.0 mill. vs 282.0
    expect(gap(12)).toBeCloseTo(331.875 / 297.9 - 1, 9); // 375 × 885 000 = 331.9 mill. vs 297.9
    expect(Math.abs(gap(12))).toBeGreaterThan(0.1);
  });

  it("with both cost and price given, keeps the cost and warns exactly for steps 6, 7 and 12", () => {
    const r = cellsFromFigures(
      set,
      ASKER.map(([step, n, p, c]) => ({ step, recipients: n, pricePerRecipientNok: p === null ? undefined : p * 1000, costNok: c * 1e6 })),
    );
    expect(r.cells.map((c) => c.costNok)).toEqual(ASKER.map((a) => a[3] * 1e6));
    expect(r.warnings.map((w) => Number(/step (\d+)/.exec(w)![1]))).toEqual([6, 7, 12]);
  });

  it("refuses a step that does not exist and negative recipients (bad input)", () => {
    expect(() => cellsFromFigures(set, [{ step: 14, costNok: 1, where: "f.json: figures[0]" }])).toThrow(
      'f.json: figures[0], field "step": expected one of the steps 1-13 of Asker 2020, got 14',
    );
    expect(() => cellsFromFigures(set, [{ step: 4, recipients: -1 }])).toThrow('figures[0], field "recipients": expected a non-negative number, got -1');
  });
});
