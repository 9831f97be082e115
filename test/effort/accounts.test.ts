import { describe, expect, it } from "vitest";
import { allocateAccounts, type AllocationKey, type CostCentreAmount } from "../../engine/effort/accounts";
import { buildStepSet } from "../../engine/effort/steps";
import { InputError } from "../../engine/errors";
import { readAccountsCsv, readKeysCsv } from "../../engine/io/effort-files";
import { projectRoot } from "../../engine/root";

const set = buildStepSet(
  "Alver 2021",
  Array.from({ length: 13 }, (_, i) => ({ step: i + 1, name: `Trinn ${i + 1}`, description: "", category: "" })),
);
const dir = `${projectRoot()}/scenarios/effort/eksempel`;
const M = 1e6;

describe("allocateAccounts: the example accounts, checked by hand (scenarios/effort/eksempel)", () => {
  const amounts = readAccountsCsv(`${dir}/regnskap.csv`);
  const keys = readKeysCsv(`${dir}/nokler.csv`);
  const a = allocateAccounts(set, amounts, keys, { accounts: "regnskap.csv", keys: "nokler.csv" });

  it("has 25 cost centres on 29 lines; lines of one cost centre are summed (refunds on their own lines)", () => {
    expect(amounts).toHaveLength(29);
    expect(a.costCentres).toHaveLength(25);
    const net = (c: string) => a.costCentres.find((x) => x.costCentre === c)!.amountNok;
    expect(net("1110")).toBe(2.0 * M - 0.5 * M); // 1.5 mill.
    expect(net("1400")).toBe(5.0 * M - 6.5 * M); // −1.5 mill.: rent income exceeds cost
    expect(net("1600")).toBe(9.0 * M - 2.0 * M); // 7.0 mill.
    expect(net("1810")).toBe(60 * M - 12 * M); // 48 mill.
    expect(net("1950")).toBe(-9 * M); // a refund-only cost centre
  });

  it("totals 295.6 mill. = 287.6 allocated + 8.0 unallocated (nothing dropped)", () => {
    // 4 + 3 + 1.5 + 1.2 + 2.4 + 6 + 8 + 3 − 1.5 + 30 + 28 + 4 + 12 + 7 + 6 + 40 + 10 + 35 + 25 + 48 + 20 + 8 − 9 + 1.5 + 2.5 = 295.6
    expect(a.accountsTotalNok).toBeCloseTo(295.6 * M, 4);
    expect(a.allocatedNok).toBeCloseTo(287.6 * M, 4);
    expect(a.unallocatedNok).toBeCloseTo(8.0 * M, 4);
    expect(a.allocatedNok + a.unallocatedNok).toBeCloseTo(a.accountsTotalNok, 4);
    expect(a.unallocated).toEqual([
      { costCentre: "1000", name: "Kommunalsjef helse og omsorg, stab", amountNok: 4 * M, reason: "key to no step" },
      { costCentre: "1990", name: "Prosjekt velferdsteknologi", amountNok: 1.5 * M, reason: "no key" },
      { costCentre: "1991", name: "Interkommunalt legevaktsamarbeid", amountNok: 2.5 * M, reason: "no key" },
    ]);
  });

  it("allocates to steps as computed by hand", () => {
    const byStep = new Map<number, number>();
    for (const c of a.cells) byStep.set(c.step, (byStep.get(c.step) ?? 0) + c.costNok);
    const expected: Record<number, number> = {
      1: 1.5, // 1110: 1.5
      2: 3.0, // 1100: 3.0
      3: 3.6, // 1200: 1.2 + 1210: 2.4
      4: 17.0, // 1300: 6 + 1310: 8 + 1320: 3
      5: -1.5, // 1400: −1.5 (net negative)
      6: 20.0, // 1500: 30 × 0.3 = 9 + 1510: 28 × 0.25 = 7 + 1520: 4
      7: 51.2, // 1500: 30 × 0.7 = 21 + 1510: 28 × 0.65 = 18.2 + 1530: 12
      8: 7.0, // 1600: 9 − 2
      9: 10.0, // 1710: 10
      10: 62.4, // 1510: 28 × 0.1 = 2.8 + 1700: 40 × 0.8 = 32 + 1720: 35 + 1900: 8 × 0.2 = 1.6 + 1950: −9
      11: 32.6, // 1610: 6 + 1800: 25 + 1900: 8 × 0.2 = 1.6
      12: 62.8, // 1810: 60 − 12 = 48 + 1820: 20 × 0.5 = 10 + 1900: 8 × 0.6 = 4.8
      13: 18.0, // 1700: 40 × 0.2 = 8 + 1820: 20 × 0.5 = 10
    };
    for (let s = 1; s <= 13; s++) expect(byStep.get(s), `step ${s}`).toBeCloseTo(expected[s] * M, 4);
  });

  it("allocates to user groups as computed by hand", () => {
    const byGroup = new Map<string, number>();
    for (const c of a.cells) byGroup.set(c.userGroup, (byGroup.get(c.userGroup) ?? 0) + c.costNok);
    const expected: Record<string, number> = {
      "PU under 18": 9.3, // 1320: 3 × 0.4 = 1.2 + 1600: 7 × 0.3 = 2.1 + 1610: 6
      "PU over 18": 43.4, // 1310: 8 + 1320: 0.9 + 1600: 3.5 + 1700: 40 + 1950: −9
      "ROP under 18": 1.8, // 1210: 2.4 × 0.25 = 0.6 + 1530: 12 × 0.1 = 1.2
      "ROP over 18": 22.75, // 1210: 1.8 + 1320: 0.9 + 1400: −0.75 + 1530: 10.8 + 1710: 10
      "Eldre mv. - heldøgns omsorg": 138.8, // 1510: 2.8 + 1720: 35 + 1800: 25 + 1810: 48 + 1820: 20 + 1900: 8
      "Eldre mv. - andre tjenester": 71.55, // 1100: 3 + 1110: 1.5 + 1200: 1.2 + 1300: 6 + 1400: −0.75 + 1500: 30 + 1510: 25.2 + 1520: 4 + 1600: 1.4
    };
    expect(byGroup.size).toBe(6);
    for (const [g, v] of Object.entries(expected)) expect(byGroup.get(g), g).toBeCloseTo(v * M, 4);
  });

  it("the cell step 5 × ROP over 18 is negative: half of 1400's net −1.5 mill.", () => {
    expect(a.cells.find((c) => c.step === 5 && c.userGroup === "ROP over 18")!.costNok).toBeCloseTo(-0.75 * M, 4);
  });
});

describe("allocateAccounts: bad input", () => {
  const amounts: CostCentreAmount[] = [{ costCentre: "1310", amountNok: 1000, line: 2 }];
  it("refuses shares of one cost centre that do not sum to 1, naming the lines and the sum", () => {
    const keys: AllocationKey[] = [
      { costCentre: "1310", step: 4, userGroup: "", share: 0.5, line: 7 },
      { costCentre: "1310", step: 6, userGroup: "", share: 0.4, line: 8 },
    ];
    expect(() => allocateAccounts(set, amounts, keys, { keys: "k.csv" })).toThrow(InputError);
    expect(() => allocateAccounts(set, amounts, keys, { keys: "k.csv" })).toThrow(
      'k.csv: lines 7, 8, cost centre "1310": expected shares that sum to 1, got 0.9',
    );
  });
  it("refuses a key to a step that does not exist", () => {
    const keys: AllocationKey[] = [{ costCentre: "1310", step: 14, userGroup: "", share: 1, line: 3 }];
    expect(() => allocateAccounts(set, amounts, keys, { keys: "k.csv" })).toThrow(
      'k.csv: line 3, field "step": expected one of the steps 1-13 of Alver 2021, got 14',
    );
  });
  it("refuses a share outside [0, 1] and warns about keys for cost centres not in the accounts", () => {
    expect(() => allocateAccounts(set, amounts, [{ costCentre: "1310", step: 4, userGroup: "", share: 1.5, line: 3 }], { keys: "k.csv" })).toThrow(
      'k.csv: line 3, field "share": expected a share between 0 and 1, got 1.5',
    );
    const r = allocateAccounts(set, amounts, [
      { costCentre: "1310", step: 4, userGroup: "", share: 1 },
      { costCentre: "9999", step: 4, userGroup: "", share: 1 },
    ]);
    expect(r.warnings).toEqual(['keys: cost centre "9999" has a key but no amount in accounts; it is ignored.']);
  });
});

describe("allocateAccounts: edge cases (hand-made)", () => {
  it("no keys: every cost centre unallocated with reason no key, in the accounts' order; nothing dropped", () => {
    const r = allocateAccounts(
      set,
      [
        { costCentre: "20", amountNok: 5 },
        { costCentre: "10", name: "B", amountNok: 2 },
        { costCentre: "20", name: "A", amountNok: 1 },
      ],
      [],
    );
    expect(r.cells).toEqual([]);
    expect(r.unallocated).toEqual([
      { costCentre: "20", name: "A", amountNok: 6, reason: "no key" },
      { costCentre: "10", name: "B", amountNok: 2, reason: "no key" },
    ]);
    expect([r.accountsTotalNok, r.allocatedNok, r.unallocatedNok]).toEqual([8, 0, 8]);
  });
  it("no accounts: nothing allocated, a key warned about; a key to no step leaves its share unallocated", () => {
    const empty = allocateAccounts(set, [], [{ costCentre: "1", step: 1, userGroup: "", share: 1 }]);
    expect([empty.accountsTotalNok, empty.cells.length, empty.warnings.length]).toEqual([0, 0, 1]);
    const r = allocateAccounts(
      set,
      [{ costCentre: "1", amountNok: 100 }],
      [
        { costCentre: "1", step: 2, userGroup: "PU", share: 0.75 },
        { costCentre: "1", step: null, userGroup: "", share: 0.25 },
      ],
    );
    expect(r.cells).toEqual([{ step: 2, userGroup: "PU", costNok: 75 }]);
    expect(r.unallocated).toEqual([{ costCentre: "1", name: "", amountNok: 25, reason: "key to no step" }]);
    expect(r.costCentres).toEqual([{ costCentre: "1", name: "", amountNok: 100, allocatedNok: 75, unallocatedNok: 25 }]);
  });
});
