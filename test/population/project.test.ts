import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { gammaFertilitySchedule } from "../../engine/population/fertility";
import { GRID_SIZE, N_AGES, OPEN_AGE } from "../../engine/population/grid";
import { projectPlace, projectionYear } from "../../engine/population/project";
import { lifeTableFromMx } from "../../engine/population/life-table";
import { projectionSurvival, scaleToLifeExpectancy } from "../../engine/population/mortality";
import { loadMortalityBase } from "../../engine/io/defaults";

const mortality = loadMortalityBase();

function survivalGrid(e0m: number, e0f: number) {
  const m = projectionSurvival(lifeTableFromMx(scaleToLifeExpectancy(mortality.male, e0m).mx));
  const f = projectionSurvival(lifeTableFromMx(scaleToLifeExpectancy(mortality.female, e0f).mx));
  const survival = new Float64Array(GRID_SIZE);
  survival.set(m.into, 0);
  survival.set(f.into, N_AGES);
  return { survival, survivalOpen: [m.open, f.open] };
}

function flatBase(value = 100): Float64Array {
  return new Float64Array(GRID_SIZE).fill(value);
}

describe("projectPlace", () => {
  it("keeps the balancing equation every year and sex: P(t+1) = P(t) + births − deaths + net migration", () => {
    const s = survivalGrid(81.5, 84.7);
    const asfr = gammaFertilitySchedule(32, 5).map((w) => 1.6 * w);
    const mig = new Float64Array(GRID_SIZE).map((_, i) => (i % N_AGES < 40 ? 3 : -1));
    const p = projectPlace(flatBase(), 2024, 2060, () => ({ rates: { ...s, asfr, srb: 1.055 }, migration: mig }));
    for (let i = 0; i < 36; i++) {
      for (let sex = 0; sex < 2; sex++) {
        const before = projectionYear(p, 2024 + i)
          .subarray(sex * N_AGES, (sex + 1) * N_AGES)
          .reduce((a, b) => a + b, 0);
        const after = projectionYear(p, 2025 + i)
          .subarray(sex * N_AGES, (sex + 1) * N_AGES)
          .reduce((a, b) => a + b, 0);
        const balance = before + p.births[2 * i + sex] - p.deaths[2 * i + sex] + p.migration[2 * i + sex];
        expect(Math.abs(after - balance)).toBeLessThan(1e-9 * before);
      }
    }
  });

  it("only ages the population when nobody is born, dies or moves", () => {
    const base = new Float64Array(GRID_SIZE).map((_, i) => 1 + (i % N_AGES));
    const rates = { survival: new Float64Array(GRID_SIZE).fill(1), survivalOpen: [1, 1], asfr: new Float64Array(N_AGES), srb: 1.05 };
    const p = projectPlace(base, 2000, 2010, () => ({ rates, migration: null }));
    const y10 = projectionYear(p, 2010);
    for (let sex = 0; sex < 2; sex++) {
      for (let a = 0; a < 10; a++) expect(y10[sex * N_AGES + a]).toBe(0);
      for (let a = 10; a < OPEN_AGE; a++) expect(y10[sex * N_AGES + a]).toBe(base[sex * N_AGES + a - 10]);
      // 105+ gathers its own 106 and the ten cohorts that reached 105: ages 95…104 in 2000.
      let open = base[sex * N_AGES + OPEN_AGE];
      for (let a = 95; a < OPEN_AGE; a++) open += base[sex * N_AGES + a];
      expect(y10[sex * N_AGES + OPEN_AGE]).toBe(open);
    }
  });

  it("converges to the intrinsic growth rate of the discrete Euler-Lotka equation (within 1e-4)", () => {
    // Hand derivation for this model: girls born in year t, G_t, are aged a at the end of
    // year t+a with survival ℓ_a = S_0·S_1·…·S_a. Births in year t come from women aged a at
    // the end of the year, exposure (P_{a−1}(t) + P_a(t+1))/2 = G_{t−a}(ℓ_{a−1} + ℓ_a)/2, so
    // G_t = φ Σ f_a (ℓ_{a−1} + ℓ_a)/2 · G_{t−a}, φ = 1/(1+srb). With G_t ∝ λ^t:
    //   1 = Σ_a φ f_a (ℓ_{a−1} + ℓ_a)/2 · λ^{−a},   r = ln λ.
    const s = survivalGrid(80, 84);
    const srb = 1.05;
    const asfr = gammaFertilitySchedule(30, 5).map((w) => 2.4 * w);
    const ell = new Float64Array(N_AGES);
    ell[0] = s.survival[N_AGES];
    for (let a = 1; a < N_AGES; a++) ell[a] = ell[a - 1] * s.survival[N_AGES + a];
    const phi = 1 / (1 + srb);
    const lotka = (lambda: number) => {
      let sum = 0;
      for (let a = 1; a < N_AGES; a++) sum += phi * asfr[a] * 0.5 * (ell[a - 1] + ell[a]) * lambda ** -a;
      return sum - 1;
    };
    let lo = 0.9,
      hi = 1.1;
    for (let i = 0; i < 200; i++) {
      const mid = (lo + hi) / 2;
      if (lotka(mid) > 0) lo = mid;
      else hi = mid;
    }
    const r = Math.log((lo + hi) / 2);
    const p = projectPlace(flatBase(), 2000, 2400, () => ({ rates: { ...s, asfr, srb }, migration: null }));
    const total = (y: number) => projectionYear(p, y).reduce((a, b) => a + b, 0);
    const growth = Math.log(total(2400) / total(2399));
    expect(r).toBeGreaterThan(0.003); // a growing population, so the test has teeth
    expect(Math.abs(growth - r)).toBeLessThan(1e-4);
  });

  it("does not change its inputs", () => {
    const base = flatBase();
    const copy = Float64Array.from(base);
    const s = survivalGrid(81, 84);
    const mig = new Float64Array(GRID_SIZE).fill(2);
    const migCopy = Float64Array.from(mig);
    projectPlace(base, 2024, 2030, () => ({ rates: { ...s, asfr: new Float64Array(N_AGES), srb: 1.05 }, migration: mig }));
    expect(base).toEqual(copy);
    expect(mig).toEqual(migCopy);
  });

  it("refuses an end year before the base year and a NaN in the population", () => {
    const rates = { survival: new Float64Array(GRID_SIZE).fill(1), survivalOpen: [1, 1], asfr: new Float64Array(N_AGES), srb: 1.05 };
    expect(() => projectPlace(flatBase(), 2024, 2020, () => ({ rates, migration: null }))).toThrow(/end year at or after the base year, got 2024 → 2020/);
    const bad = flatBase();
    bad[7] = NaN;
    expect(() => projectPlace(bad, 2024, 2030, () => ({ rates, migration: null }))).toThrow(/finite non-negative counts, got NaN at sex male, age 7/);
  });
});

describe("no negative population (property)", () => {
  it("holds for any base, any fertility and any net migration, however negative", () => {
    const s = survivalGrid(81, 84);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: GRID_SIZE, maxLength: GRID_SIZE }),
        fc.array(fc.double({ min: -2000, max: 500, noNaN: true }), { minLength: GRID_SIZE, maxLength: GRID_SIZE }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (base, mig, tfr) => {
          const asfr = gammaFertilitySchedule(30, 5).map((w) => tfr * w);
          const p = projectPlace(Float64Array.from(base), 2024, 2034, () => ({ rates: { ...s, asfr, srb: 1.05 }, migration: Float64Array.from(mig) }));
          return p.population.every((v) => v >= 0 && Number.isFinite(v));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("scaleToLifeExpectancy", () => {
  it("meets the target e0 with Lee-Carter loadings too, and then improves the oldest ages less than proportionally", () => {
    const b = mortality.maleImprovement!;
    expect(b).toBeDefined();
    const lc = scaleToLifeExpectancy(mortality.male, 86, b).mx;
    const prop = scaleToLifeExpectancy(mortality.male, 86).mx;
    expect(Math.abs(lifeTableFromMx(lc).ex[0] - 86)).toBeLessThan(1e-8);
    // SSB's 2000-2024 tables: improvement at 90-94 was about 0.4 of the average (b_x < 1),
    // so reaching 86 years leaves death rates at 92 higher than proportional scaling does.
    expect(b[92]).toBeLessThan(0.6);
    expect(lc[92] / mortality.male[92]).toBeGreaterThan(prop[92] / mortality.male[92]);
  });

  it("meets the target e0 to 1e-8 years, for men and women", () => {
    for (const [mx, target] of [
      [mortality.male, 86.0],
      [mortality.female, 88.3],
      [mortality.male, 78],
    ] as const) {
      const { mx: scaled } = scaleToLifeExpectancy(mx, target);
      expect(Math.abs(lifeTableFromMx(scaled).ex[0] - target)).toBeLessThan(1e-8);
    }
  });
});

describe("a place's own mortality (hazard ratio on national death rates)", () => {
  it("leaves fewer old survivors with a ratio above 1, and none changed below the ages it covers", async () => {
    const { loadNationalAssumptions } = await import("../../engine/io/defaults");
    const { nationalAlternative, projectAlternative } = await import("../../engine/population/model");
    const { rogersCastroProfile } = await import("../../engine/population/migration-profile");
    const nat = nationalAlternative(loadNationalAssumptions(), mortality, "MMMM");
    const place = {
      code: "9999",
      name: "Test",
      baseYear: 2024,
      base: flatBase(),
      fertilityFactor: 1,
      immigrationShare: 0,
      immigrationProfile: rogersCastroProfile(),
      flows: [],
      adjustments: [],
    };
    const ratio = new Float64Array(131).fill(1);
    for (let x = 80; x <= 130; x++) ratio[x] = 1.3;
    const a = projectionYear(projectAlternative(nat, place, 2030), 2030);
    const b = projectionYear(projectAlternative(nat, { ...place, mortalityRatio: ratio }, 2030), 2030);
    for (let x = 0; x < 80; x++) expect(b[x]).toBeCloseTo(a[x], 9);
    // At 90 the cohort has spent six years at ages 84-89 with 30 % higher mortality.
    expect(b[90]).toBeLessThan(0.9 * a[90]);
  });
});
