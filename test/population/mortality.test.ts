import { describe, expect, it } from "vitest";
import { loadMortalityBase } from "../../engine/io/defaults";
import { lifeTableFromMx } from "../../engine/population/life-table";
import { projectionSurvival, projectionSurvivalFromMx, scaleToLifeExpectancy } from "../../engine/population/mortality";

const mortality = loadMortalityBase();

/** scaleToLifeExpectancy as it was before its bracket's e0 was cached and zero loadings skipped Math.exp: the reference, number for number. */
function referenceScale(mxBase: ArrayLike<number>, targetE0: number, improvement?: ArrayLike<number>): { mx: Float64Array; kappa: number } {
  const e0 = (kappa: number) => {
    const n = mxBase.length;
    const f = Math.exp(kappa);
    let l = 1;
    let t = 0;
    for (let x = 0; x < n; x++) {
      let m = improvement ? mxBase[x] * Math.exp(improvement[x] * kappa) : mxBase[x] * f;
      if (m > 2) m = 2;
      if (x === n - 1) t += l / Math.max(m, 1e-12);
      else if (m > 0) {
        const q = m / (1 + 0.5 * m);
        const d = l * q;
        t += d / m;
        l -= d;
      } else t += l;
    }
    return t;
  };
  const g = (k: number) => e0(k) - targetE0;
  let a = -12,
    b = 8;
  let fa = g(a),
    fb = g(b);
  let side = 0;
  let k = a;
  for (let i = 0; i < 200; i++) {
    k = (a * fb - b * fa) / (fb - fa);
    const fk = g(k);
    if (Math.abs(fk) < 1e-10 || b - a < 1e-14) break;
    if (fk > 0) {
      a = k;
      fa = fk;
      if (side === -1) fb /= 2;
      side = -1;
    } else {
      b = k;
      fb = fk;
      if (side === 1) fa /= 2;
      side = 1;
    }
  }
  const mx = new Float64Array(mxBase.length);
  for (let x = 0; x < mx.length; x++) mx[x] = Math.min(2, mxBase[x] * Math.exp((improvement ? improvement[x] : 1) * k));
  mx[mx.length - 1] = Math.max(mx[mx.length - 1], 1e-12);
  return { mx, kappa: k };
}

describe("scaleToLifeExpectancy(mxBase, targetE0, improvement?)", () => {
  it("gives the reference's κ and death rates to the bit (the bracket's e0 cached, Math.exp skipped where b_x = 0), with and without loadings", () => {
    expect(Array.from(mortality.maleImprovement!).filter((b) => b === 0).length).toBeGreaterThan(0);
    for (const [mx, b] of [
      [mortality.male, mortality.maleImprovement],
      [mortality.female, mortality.femaleImprovement],
      [mortality.male, undefined],
    ] as const) {
      for (let target = 70; target <= 95; target += 0.37) {
        const ours = scaleToLifeExpectancy(mx, target, b);
        const ref = referenceScale(mx, target, b);
        expect(ours.kappa).toBe(ref.kappa);
        expect(Buffer.from(ours.mx.buffer).equals(Buffer.from(ref.mx.buffer))).toBe(true);
      }
    }
  });
});

describe("projectionSurvivalFromMx(mx)", () => {
  it("equals projectionSurvival(lifeTableFromMx(mx)) to the bit", () => {
    for (const target of [72, 81.39, 84.63, 90.5]) {
      for (const [mx, b] of [
        [mortality.male, mortality.maleImprovement],
        [mortality.female, mortality.femaleImprovement],
      ] as const) {
        const scaled = scaleToLifeExpectancy(mx, target, b).mx;
        const ours = projectionSurvivalFromMx(scaled);
        const ref = projectionSurvival(lifeTableFromMx(scaled));
        expect(ours.open).toBe(ref.open);
        expect(Buffer.from(ours.into.buffer).equals(Buffer.from(ref.into.buffer))).toBe(true);
      }
    }
  });

  it("throws on a death rate that is not a finite non-negative number", () => {
    const mx = Float64Array.from(mortality.male);
    mx[40] = Number.NaN;
    expect(() => projectionSurvivalFromMx(mx)).toThrow(/projectionSurvivalFromMx requires finite non-negative mx, got NaN at age 40/);
  });
});
