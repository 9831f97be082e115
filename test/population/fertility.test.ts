import { describe, expect, it } from "vitest";
import { asfrFromTfr, gammaFertilitySchedule, scheduleMeanAge } from "../../engine/population/fertility";
import { rogersCastro, rogersCastroProfile, ROGERS_CASTRO_FUNDAMENTAL } from "../../engine/population/migration-profile";

describe("gammaFertilitySchedule", () => {
  it("sums to 1 over ages 15-49 and has the requested mean age (within 0.05 years)", () => {
    const w = gammaFertilitySchedule(32, 5.2);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(w[14]).toBe(0);
    expect(w[50]).toBe(0);
    expect(Math.abs(scheduleMeanAge(w) - 32)).toBeLessThan(0.05);
  });
  it("gives ASFRs that sum to the TFR", () => {
    const f = asfrFromTfr(1.57, gammaFertilitySchedule(31, 5));
    expect(f.reduce((a, b) => a + b, 0)).toBeCloseTo(1.57, 12);
  });
});

describe("Rogers-Castro", () => {
  it("matches the formula by hand at age 20 (fundamental parameters)", () => {
    // 0.02·e^{−2} + 0.06·e^{0 − e^0} + 0.003 = 0.0027067 + 0.0220728 + 0.003
    expect(rogersCastro(ROGERS_CASTRO_FUNDAMENTAL, 20)).toBeCloseTo(0.02 * Math.exp(-2) + 0.06 * Math.exp(-1) + 0.003, 12);
  });
  it("makes a profile that sums to 1 and peaks in the early twenties", () => {
    const p = rogersCastroProfile();
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    let peak = 0;
    for (let a = 1; a < 106; a++) if (p[a] > p[peak]) peak = a;
    expect(peak).toBeGreaterThanOrEqual(21);
    expect(peak).toBeLessThanOrEqual(25);
  });
});
