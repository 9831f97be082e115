import { beforeAll, describe, expect, it } from "vitest";
import { loadCoverageHousingScenario } from "../../engine/io/coverage-housing-scenario";
import { loadMortalityBase } from "../../engine/io/defaults";
import { nationalAlternative, projectAlternative } from "../../engine/population/model";
import { parseBands } from "../../engine/population/bands";
import { runPopulationScenario } from "../../engine/run/population";
import { rngStream } from "../../engine/random/streams";
import { ar1Normals } from "../../engine/uncertainty/ar1";
import {
  DEFAULT_POPULATION_UNCERTAINTY,
  applyDeviations,
  drawDeviations,
  pathBounds,
  projectDraw,
  withoutPopulationSpread,
  type StochasticPopulationInput,
} from "../../engine/uncertainty/population";
import { resolveUncertainty } from "../../engine/uncertainty/parameters";
import { percentiles, slotQuantiles } from "../../engine/uncertainty/quantile";
import { runReplicateBlock } from "../../engine/uncertainty/replicates";
import { uncertaintySetup } from "../../engine/uncertainty/setup";
import { replicateLayout } from "../../engine/uncertainty/layout";
import { InputError } from "../../engine/errors";
import type { NationalAssumptions } from "../../engine/population/assumptions";

let input: StochasticPopulationInput;
let assumptions: NationalAssumptions;

beforeAll(() => {
  const s = loadCoverageHousingScenario("scenarios/default.json");
  const job = runPopulationScenario({ ...s.population, alternatives: ["MMMM"], endYear: 2040 }, s.baseDir);
  assumptions = job.assumptions;
  input = {
    place: job.run.place,
    assumptions,
    mortality: loadMortalityBase(),
    alternative: "MMMM",
    endYear: 2040,
    uncertainty: DEFAULT_POPULATION_UNCERTAINTY,
  };
});

describe("ar1Normals(rng, n, phi)", () => {
  it("has N(0, 1) margins and lag-1 correlation φ (20 000 series of 3; tolerances 0.03)", () => {
    const rng = rngStream(8, 0);
    const n = 20000;
    const a = new Float64Array(n),
      b = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const e = ar1Normals(rng, 3, 0.9);
      a[i] = e[0];
      b[i] = e[2];
    }
    const p = percentiles(b, 0.8);
    expect(Math.abs(p.mean)).toBeLessThan(0.03);
    expect(Math.abs(p.sd - 1)).toBeLessThan(0.03);
    expect(Math.abs(p.high - 1.2816)).toBeLessThan(0.04);
    let c = 0;
    for (let i = 0; i < n; i++) c += a[i] * b[i];
    expect(Math.abs(c / n - 0.81)).toBeLessThan(0.03); // φ² at lag 2
  });
});

describe("drawn paths read SSB's L and H as the 10th and 90th percentiles", () => {
  it("puts 10 % of draws below L and 10 % above H in 2040, per component (4 000 draws; ±1.5 points)", () => {
    const b = pathBounds(assumptions, "MMMM", 2024, 2040, DEFAULT_POPULATION_UNCERTAINTY);
    const t = 2040 - 2024;
    const n = 4000;
    const below = { tfr: 0, e0: 0, imm: 0 },
      above = { tfr: 0, e0: 0, imm: 0 };
    for (let i = 0; i < n; i++) {
      const d = applyDeviations(b, drawDeviations(rngStream(11, i), 17, DEFAULT_POPULATION_UNCERTAINTY));
      if (d.tfr[t] < b.tfr[t][1]) below.tfr++;
      if (d.tfr[t] > b.tfr[t][2]) above.tfr++;
      if (d.e0Female[t] < b.e0Female[t][1]) below.e0++;
      if (d.e0Female[t] > b.e0Female[t][2]) above.e0++;
      if (d.immigration[t] < b.immigration[t][1]) below.imm++;
      if (d.immigration[t] > b.immigration[t][2]) above.imm++;
    }
    for (const k of ["tfr", "e0", "imm"] as const) {
      expect(Math.abs(below[k] / n - 0.1), `${k} below L`).toBeLessThan(0.015);
      expect(Math.abs(above[k] / n - 0.1), `${k} above H`).toBeLessThan(0.015);
    }
    // The split normal's median is the middle path.
    expect(b.tfr[t][0]).toBeCloseTo(1.615, 10);
  });
});

describe("calibration of the 80 % intervals (simulation study)", () => {
  // R = 2 000 repetitions. In each, the "truth" is one draw from the stated distributions
  // (stream (901, r)) and the method is N = 200 independent draws (streams (902 + r, j))
  // whose P10 and P90 form the interval. Coverage must be 80 % ± 3 points for each figure:
  // TFR, women's e0 and immigration in 2040, mean immigration 2024-2040 (which depends on
  // the AR(1) correlation) and the internal-migration multiplier in 2040. The binomial
  // standard error over 2 000 repetitions is 0.9 points; type-7 quantiles from 200 draws
  // cover about 0.5 point less than nominal.
  it("covers the truth in 80 % ± 3 % of 2 000 repetitions", () => {
    const u = DEFAULT_POPULATION_UNCERTAINTY;
    const b = pathBounds(assumptions, "MMMM", 2024, 2040, u);
    const t = 16;
    const figures = (seed: number, i: number) => {
      const d = applyDeviations(b, drawDeviations(rngStream(seed, i), 17, u));
      let imm = 0;
      for (let k = 0; k <= t; k++) imm += d.immigration[k];
      return [d.tfr[t], d.e0Female[t], d.immigration[t], imm / (t + 1), d.internal[t]];
    };
    const R = 2000,
      N = 200;
    const hits = [0, 0, 0, 0, 0];
    const sample = figures(0, 0).map(() => new Float64Array(N));
    for (let r = 0; r < R; r++) {
      const truth = figures(901, r);
      for (let j = 0; j < N; j++) figures(902 + r, j).forEach((v, k) => (sample[k][j] = v));
      sample.forEach((s, k) => {
        const p = percentiles(s, 0.8);
        if (truth[k] >= p.low && truth[k] <= p.high) hits[k]++;
      });
    }
    const coverage = hits.map((h) => h / R);
    console.log(
      "coverage of the 80 % interval (TFR, e0 women, immigration, mean immigration, internal):",
      coverage.map((c) => (100 * c).toFixed(1)).join(", "),
    );
    for (const c of coverage) expect(Math.abs(c - 0.8)).toBeLessThan(0.03);
  });
});

describe("the population alone through the one pipeline (a setup without housing)", () => {
  it("with every spread zero equals the deterministic MMMM projection exactly", () => {
    const zero = { ...input, uncertainty: withoutPopulationSpread(DEFAULT_POPULATION_UNCERTAINTY) };
    const det = projectAlternative(nationalAlternative(assumptions, input.mortality, "MMMM"), input.place, 2040);
    const drawn = projectDraw(zero, drawDeviations(rngStream(5, 3), 17, zero.uncertainty));
    expect(Array.from(drawn.population)).toEqual(Array.from(det.population));
  });

  it("gives P10 ≤ P50 ≤ P90 per band and year, the same for the same seed, a fan that widens, and other numbers for another seed", () => {
    const bands = parseBands(["0-66", "67-79", "80-89", "90+"]);
    const setup = uncertaintySetup({
      file: "test",
      settings: resolveUncertainty(undefined, { coverage: null, housing: null }),
      coverageHousing: null,
      place: input.place,
      assumptions,
      mortality: input.mortality,
      alternative: "MMMM",
      endYear: 2040,
      targetYear: 2040,
      tableBands: bands,
    });
    const l = replicateLayout(setup);
    expect(l.stride).toBe(17 * 4); // the population block only
    const stats = (seed: number) => slotQuantiles(runReplicateBlock(setup, seed, 0, 40), l.stride, [0.1, 0.5, 0.9]);
    const a = stats(7);
    expect(stats(7)).toEqual(a);
    for (let j = 0; j < l.stride; j++) expect(a[0][j] <= a[1][j] && a[1][j] <= a[2][j]).toBe(true);
    const w = (year: number) => a[2][(year - 2024) * 4 + 2] - a[0][(year - 2024) * 4 + 2];
    expect(w(2024)).toBeLessThan(1e-6);
    expect(w(2040)).toBeGreaterThan(w(2030));
    expect(stats(8)[1][l.stride - 1]).not.toBe(a[1][l.stride - 1]);
  });
});

describe("bad input", () => {
  it("refuses a low path above the high path, naming the component and year", () => {
    const swapped = { ...DEFAULT_POPULATION_UNCERTAINTY, low: "H", high: "L" };
    expect(() => pathBounds(assumptions, "MMMM", 2024, 2040, swapped)).toThrow(InputError);
    expect(() => pathBounds(assumptions, "MMMM", 2024, 2040, swapped)).toThrow(
      /low: fertility in 2024: expected the low path "H" \(1\.43\d*\) at most the high path "L" \(1\.40\d*\), got a low bound above the high bound/,
    );
  });
  it("warns (does not fail) where the middle path lies outside the low and high paths", () => {
    // The shipped paths keep L ≤ M ≤ H; a straight high path from 1.40 (2023) to 1.91 (2050)
    // would lie below M (1.57 in 2030) until 2032.
    expect(pathBounds(assumptions, "MMMM", 2024, 2040, DEFAULT_POPULATION_UNCERTAINTY).warnings).toEqual([]);
    const straight = { ...assumptions, fertility: { ...assumptions.fertility, H: { "2023": 1.4, "2050": 1.91 } } };
    const b = pathBounds(straight, "MMMM", 2024, 2040, DEFAULT_POPULATION_UNCERTAINTY);
    expect(b.warnings).toEqual([`uncertainty.population: fertility 2024-2032: the middle path "M" lies above the high path "H": no upward spread`]);
    expect(b.tfr[0][2]).toBe(b.tfr[0][0]);
  });
  it("refuses an interval level outside (0, 1) and an unknown letter", () => {
    expect(() => pathBounds(assumptions, "MMMM", 2024, 2040, { ...DEFAULT_POPULATION_UNCERTAINTY, level: 1 })).toThrow(
      /level: expected a level above 0 and below 1, got 1/,
    );
    expect(() => pathBounds(assumptions, "MMMM", 2024, 2040, { ...DEFAULT_POPULATION_UNCERTAINTY, level: 0 })).toThrow(InputError);
    expect(() => pathBounds(assumptions, "MMMM", 2024, 2040, { ...DEFAULT_POPULATION_UNCERTAINTY, low: "X" })).toThrow(/low: expected a path letter/);
  });
});
