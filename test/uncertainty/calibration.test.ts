import { beforeAll, describe, expect, it } from "vitest";
import { loadMortalityBase } from "../../engine/io/defaults";
import { loadCoverageHousingScenario } from "../../engine/io/coverage-housing-scenario";
import { parseBands } from "../../engine/population/bands";
import { runPopulationScenario } from "../../engine/run/population";
import { DEFAULT_POPULATION_UNCERTAINTY, bandTotals, projectReplicate, type StochasticPopulationInput } from "../../engine/uncertainty/population";
import { percentiles } from "../../engine/uncertainty/quantile";

// Calibration of the intervals on the projected population (not only on the drawn
// assumption paths, see population.test.ts): Færder calibrated to SSB's MMMM, projected
// to 2040 around MMMM with the default spreads. A pool of 2 200 projections is drawn from
// the stated distributions (stream (77, i)); repetition r takes projection r as the
// "truth" and runs the method on the next 200 (their type-7 P10 and P90, as the run's
// tables give them). Over 2 000 repetitions the nominal 80 % interval must cover the
// truth in 80 % ± 3 % for residents 0-66 and 67-79 in 2030, 80+ and the total in 2040.
// (The windows overlap, so the repetitions are not independent; 200 draws per interval
// cover about half a point less than nominal.)
let input: StochasticPopulationInput;
beforeAll(() => {
  const s = loadCoverageHousingScenario("scenarios/default.json");
  const job = runPopulationScenario({ ...s.population, alternatives: ["MMMM"], endYear: 2040 }, s.baseDir);
  input = {
    place: job.run.place,
    assumptions: job.assumptions,
    mortality: loadMortalityBase(),
    alternative: "MMMM",
    endYear: 2040,
    uncertainty: DEFAULT_POPULATION_UNCERTAINTY,
  };
});

describe("interval calibration on the projected population", () => {
  it("covers the projected truth in 80 % ± 3 % of 2 000 repetitions (0-66 and 67-79 in 2030, 80+ and the total in 2040)", () => {
    const bands = parseBands(["0-66", "67-79", "80+"]);
    const M = 2200,
      N = 200,
      R = 2000;
    const t2030 = 2030 - input.place.baseYear,
      t2040 = 2040 - input.place.baseYear;
    const pool = Array.from({ length: M }, (_, i) => {
      const b = bandTotals(projectReplicate(input, 77, i), bands);
      return [b[t2030][0], b[t2030][1], b[t2040][2], b[t2040][0] + b[t2040][1] + b[t2040][2]];
    });
    const hits = [0, 0, 0, 0];
    const sample = new Float64Array(N);
    for (let r = 0; r < R; r++) {
      for (let k = 0; k < 4; k++) {
        for (let j = 0; j < N; j++) sample[j] = pool[r + 1 + j][k];
        const p = percentiles(sample, 0.8);
        if (pool[r][k] >= p.low && pool[r][k] <= p.high) hits[k]++;
      }
    }
    const coverage = hits.map((h) => h / R);
    console.log(
      "coverage of the 80 % interval on the projection (0-66 2030, 67-79 2030, 80+ 2040, total 2040):",
      coverage.map((c) => (100 * c).toFixed(1)).join(", "),
    );
    for (const c of coverage) expect(Math.abs(c - 0.8)).toBeLessThan(0.03);
    // The truths really vary: the interval of 80+ in 2040 is tens of persons wide.
    const wide = pool.slice(0, N).map((x) => x[2]);
    expect(Math.max(...wide) - Math.min(...wide)).toBeGreaterThan(100);
  }, 60_000);
});
