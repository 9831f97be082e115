import { describe, expect, it } from "vitest";
import { ccmppStep, newAccounts } from "../../engine/population/ccmpp-step";

// Preston, Heuveline & Guillot (2001), Demography: Measuring and Modeling Population
// Processes, Box 6.2: Swedish females 1993 → 1998 in 5-year groups (0-4 … 80+), with
// net migration as annual proportions. Inputs and the published 1998 figures typed from
// the book (as transcribed in github markalava/CCMPP, tests/testthat/preseton_sweden_box_6_2.R).
const S = [
  0.999298474130982, 0.999523271204374, 0.999255384875458, 0.998733211018043, 0.998519868845054, 0.998071361638878, 0.997059972117285, 0.995306031333712,
  0.992182641549444, 0.987776734283712, 0.981527675199983, 0.970465422882409, 0.952606955959568, 0.923471809204568, 0.86986034386444, 0.774955902248557,
  0.517928194893993,
];
const MIG = [
  0.00466265614615109, 0.00334180191569801, 0.0028040264653434, 0.00403296778982651, 0.00647945892310551, 0.00523556878761276, 0.00388922464360624,
  0.00219919630005263, 0.00116406013653044, 0.000686267872200304, 0.000868290437093367, 0.000799617697574178, 0.000599609556567816, 0.000477985606320232,
  0.000416096212182223, 0.000326701297004149, 0.000334101110787928,
];
const ASFR = [0, 0, 0, 0.012, 0.0908, 0.1499, 0.1125, 0.0441, 0.0074, 3e-4, 0, 0, 0, 0, 0, 0, 0];
const BASE_1993 = [293395, 248369, 240012, 261346, 285209, 314388, 281290, 286923, 304108, 324946, 247613, 211351, 215140, 221764, 223506, 183654, 254414];
const PUBLISHED_1998_F = [
  302392, 298682, 252007, 244150, 268267, 293515, 320624, 284767, 288031, 303166, 322062, 243989, 205841, 205516, 205270, 194771, 274531,
];
const PUBLISHED_1998_M_0_4 = 317340; // same inputs for men; only 0-4 differs (boys)

function prestonInputs() {
  const n = 17;
  const survival = new Float64Array(2 * n);
  for (let s = 0; s < 2; s++) {
    survival[s * n] = 0.994974;
    for (let a = 1; a < n; a++) survival[s * n + a] = S[a - 1];
  }
  const pop = new Float64Array(2 * n);
  const half = new Float64Array(2 * n);
  for (let s = 0; s < 2; s++) {
    for (let a = 0; a < n; a++) {
      pop[s * n + a] = BASE_1993[a];
      half[s * n + a] = (BASE_1993[a] * MIG[a] * 5) / 2;
    }
  }
  return { n, pop, half, rates: { survival, survivalOpen: [S[16], S[16]], asfr: ASFR, srb: 1.05 } };
}

describe("ccmppStep", () => {
  it("reproduces Preston et al. (2001) Box 6.2 exactly, all 17 groups after rounding", () => {
    const { n, pop, half, rates } = prestonInputs();
    const out = new Float64Array(2 * n);
    ccmppStep(n, pop, rates, 5, "period", half, half, out, new Float64Array(2 * n));
    const women = Array.from(out.subarray(n), Math.round);
    expect(women).toEqual(PUBLISHED_1998_F);
    expect(Math.round(out[0])).toBe(PUBLISHED_1998_M_0_4);
  });

  it("keeps the balancing equation: P(t+h) = P(t) + births − deaths + migration", () => {
    const { n, pop, half, rates } = prestonInputs();
    const out = new Float64Array(2 * n);
    const acc = newAccounts();
    ccmppStep(n, pop, rates, 5, "period", half, half, out, new Float64Array(2 * n), acc);
    for (let s = 0; s < 2; s++) {
      let before = 0,
        after = 0;
      for (let a = 0; a < n; a++) {
        before += pop[s * n + a];
        after += out[s * n + a];
      }
      const expected = before + acc.births[s] - acc.deaths[s] + acc.migration[s];
      expect(Math.abs(after - expected)).toBeLessThan(1e-9 * before);
    }
  });

  it("cuts emigration that exceeds the population and reports what was applied", () => {
    const n = 3;
    const pop = Float64Array.from([10, 5, 1, 10, 5, 1]);
    const survival = Float64Array.from([1, 1, 1, 1, 1, 1]);
    const end = Float64Array.from([0, -100, 0, 0, 0, 0]);
    const out = new Float64Array(6);
    const acc = newAccounts();
    ccmppStep(n, pop, { survival, survivalOpen: [1, 1], asfr: [0, 0, 0], srb: 1.05 }, 1, "cohort", null, end, out, new Float64Array(6), acc);
    expect(out[1]).toBe(0);
    expect(acc.migration[0]).toBe(-10); // only the 10 who were there could leave
  });
});
