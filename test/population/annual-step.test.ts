import { describe, it } from "vitest";
import fc from "fast-check";
import { annualStep } from "../../engine/population/annual-step";
import { ccmppStep, newAccounts } from "../../engine/population/ccmpp-step";
import { GRID_SIZE, N_AGES } from "../../engine/population/grid";

// The fused annual step must give exactly what the generic, textbook-checked step gives
// with the SSB migration convention spelt out as two arrays.
describe("annualStep", () => {
  it("equals ccmppStep with migrationStart[a−1] = share·M[a] and migrationEnd[a] = (1 − share)·M[a], M summed from terms", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: GRID_SIZE, maxLength: GRID_SIZE }),
        fc.array(fc.double({ min: -300, max: 300, noNaN: true }), { minLength: GRID_SIZE, maxLength: GRID_SIZE }),
        fc.array(fc.double({ min: 0.3, max: 1, noNaN: true }), { minLength: GRID_SIZE, maxLength: GRID_SIZE }),
        fc.constantFrom(0, 0.5, 1),
        (pop, m, surv, share) => {
          const asfr = new Float64Array(N_AGES);
          for (let a = 15; a <= 49; a++) asfr[a] = 0.01 * (a - 14);
          const rates = { survival: Float64Array.from(surv), survivalOpen: [0.6, 0.7], asfr, srb: 1.055, fertileFrom: 15, fertileTo: 49 };
          const M = Float64Array.from(m);
          const start = new Float64Array(GRID_SIZE);
          const end = new Float64Array(GRID_SIZE);
          for (let s = 0; s < 2; s++) {
            const o = s * N_AGES;
            end[o] = M[o];
            for (let a = 1; a < N_AGES; a++) {
              start[o + a - 1] = share * M[o + a];
              end[o + a] = (1 - share) * M[o + a];
            }
          }
          const expected = new Float64Array(GRID_SIZE);
          const accE = newAccounts();
          ccmppStep(N_AGES, Float64Array.from(pop), rates, 1, "cohort", start, end, expected, new Float64Array(GRID_SIZE), accE);
          const buf = new Float64Array(2 * GRID_SIZE);
          buf.set(pop, 0);
          const acc = newAccounts();
          // M given as three terms: 2·(M/4) + 1·(M/4) + 0.5·(M/2).
          const quarter = M.map((v) => v / 4);
          const half = M.map((v) => v / 2);
          annualStep(buf, 0, GRID_SIZE, rates, { c0: 2, v0: quarter, c1: 1, v1: quarter, c2: 0.5, v2: half }, share, acc);
          for (let i = 0; i < GRID_SIZE; i++) if (Math.abs(buf[GRID_SIZE + i] - expected[i]) > 1e-9 * (1 + Math.abs(expected[i]))) return false;
          for (let s = 0; s < 2; s++) {
            if (Math.abs(acc.births[s] - accE.births[s]) > 1e-9 * (1 + accE.births[s])) return false;
            if (Math.abs(acc.deaths[s] - accE.deaths[s]) > 1e-7) return false;
            if (Math.abs(acc.migration[s] - accE.migration[s]) > 1e-7) return false;
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});
