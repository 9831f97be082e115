import { describe, expect, it } from "vitest";
import { alternativeLetters, alternativePaths, SSB_ALTERNATIVES } from "../../engine/population/assumptions";
import { loadNationalAssumptions } from "../../engine/io/defaults";
import { nationalAlternative } from "../../engine/population/model";
import { loadMortalityBase } from "../../engine/io/defaults";

const a = loadNationalAssumptions();

describe("SSB's alternatives", () => {
  it("has all nine municipal alternatives, each letter naming a path", () => {
    for (const code of SSB_ALTERNATIVES) expect(alternativeLetters(a, code).code).toBe(code);
    expect(Object.keys(a.alternatives)).toEqual([...SSB_ALTERNATIVES]);
  });

  it("reads each letter as fertility, life expectancy, internal migration, immigration", () => {
    const p = alternativePaths(a, "LHML");
    expect(p.tfr["2050"]).toBe(1.21); // SSB low TFR
    expect(p.e0Male["2050"]).toBe(88.4); // SSB high life expectancy, men
    expect(p.internal).toBe(1);
    expect(p.immigration["2024"]).toBe(18554); // SSB low net immigration 2024
    expect(alternativePaths(a, "MM00").internal).toBe(0);
  });

  it("refuses an unknown alternative code, listing the known ones", () => {
    expect(() => alternativeLetters(a, "MXMM")).toThrow(
      'unknown alternative "MXMM": no life-expectancy path "X"; known alternatives: MMMM, LLML, HHMH, MMML, MMMH, LHML, HLMH, MMM0, MM00',
    );
    expect(() => alternativeLetters(a, "MMMMM")).toThrow(/expected four letters such as MMMM/);
  });

  it("meets SSB's life-expectancy targets in the national rates (main: men 86.0, women 88.3 in 2050)", () => {
    const nat = nationalAlternative(a, loadMortalityBase(), "MMMM");
    expect(nat.year(2050).e0Male).toBe(86.0);
    expect(nat.year(2050).e0Female).toBe(88.3);
    expect(nat.year(2030).tfr).toBeCloseTo(1.57, 12);
    // 2027 lies 4/27 of the way from 2023 (81.4) to 2050 (86.0).
    expect(nat.year(2027).e0Male).toBeCloseTo(81.4 + (4 / 27) * (86.0 - 81.4), 12);
  });
});
