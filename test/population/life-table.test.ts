import { describe, expect, it } from "vitest";
import { lifeExpectancy, lifeTableFromMx, mxFromQx } from "../../engine/population/life-table";
import { kannistoClose, fitKannisto, kannistoHazard } from "../../engine/population/kannisto";
import { HAS_SHARED_DATA, readSharedCsv } from "../validation/shared-data";

describe("lifeTableFromMx", () => {
  it("matches a hand-computed three-age table", () => {
    // m = 0.1, 0.2, open 0.5; ax = 0.5: q0 = 0.1/1.05, l1 = 1 − q0, L0 = d0/m0, …
    const lt = lifeTableFromMx([0.1, 0.2, 0.5]);
    const q0 = 0.1 / 1.05,
      q1 = 0.2 / 1.1;
    const l1 = 1 - q0,
      l2 = l1 * (1 - q1);
    const L0 = q0 / 0.1,
      L1 = (l1 * q1) / 0.2,
      L2 = l2 / 0.5;
    expect(lt.qx[0]).toBeCloseTo(q0, 14);
    expect(lt.lx[2]).toBeCloseTo(l2, 14);
    expect(lt.ex[0]).toBeCloseTo(L0 + L1 + L2, 14);
    expect(lt.Lx[0]).toBeCloseTo(1 - 0.5 * q0, 14); // L = l − (1 − a)d
  });

  it("does not change its input", () => {
    const mx = Object.freeze([0.01, 0.02, 0.3]) as unknown as number[];
    lifeTableFromMx(mx);
    expect(mx).toEqual([0.01, 0.02, 0.3]);
  });
});

describe("Kannisto closure", () => {
  it("recovers the parameters of an exact Kannisto schedule", () => {
    const fit = { a: 0.08, b: 0.11, x0: 80 };
    const mx = Array.from({ length: 111 }, (_, x) => kannistoHazard(fit, x + 0.5));
    const got = fitKannisto(mx, 80, 99);
    expect(got.a).toBeCloseTo(0.08, 10);
    expect(got.b).toBeCloseTo(0.11, 10);
    const closed = kannistoClose(mx, { closeFrom: 95, extendTo: 130 });
    expect(closed.length).toBe(131);
    expect(closed[120]).toBeCloseTo(kannistoHazard(fit, 120.5), 12);
    expect(closed[120]).toBeLessThan(1); // the logistic hazard levels off below 1
  });
});

// SSB table 07902 (Statistisk sentralbyrå, CC BY 4.0): SSB publishes e0 for 2023 as 81.4
// (men) and 84.6 (women). Convention: ax = 0.5 at every age (also age 0), qx of the open
// age 106 = 1 so L106 = l106 / m106 with m = q / (1 − q/2) = 2.
describe.skipIf(!HAS_SHARED_DATA)("SSB 2023 life table", () => {
  const rows = HAS_SHARED_DATA ? readSharedCsv("life_tables/ssb_07902_norway_life_tables_2000-2024.csv").slice(1) : [];
  const qx = (sex: string) =>
    rows
      .filter((r) => r[0] === sex && r[2] === "2023")
      .sort((a, b) => +a[1] - +b[1])
      .map((r) => +r[3]);

  it("gives e0 81.4 for men and 84.6 for women (±0.05) as SSB publishes them", () => {
    const men = lifeExpectancy(mxFromQx(qx("Male")));
    const women = lifeExpectancy(mxFromQx(qx("Female")));
    expect(Math.abs(men - 81.4)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(women - 84.6)).toBeLessThanOrEqual(0.05);
  });

  it("moves e0 by less than 0.02 years when a Kannisto closure replaces ages 95+", () => {
    for (const [sex, published] of [
      ["Male", 81.4],
      ["Female", 84.6],
    ] as const) {
      const closed = kannistoClose(mxFromQx(qx(sex)), { fitFrom: 80, fitTo: 99, closeFrom: 95, extendTo: 130 });
      expect(Math.abs(lifeExpectancy(closed) - published)).toBeLessThanOrEqual(0.05);
      expect(Math.abs(lifeExpectancy(closed) - lifeExpectancy(mxFromQx(qx(sex))))).toBeLessThan(0.02);
    }
  });
});
