import type { Pathway } from "./model";

/**
 * The pathways as flat typed arrays for the Monte Carlo inner loop (one hidden class, no
 * property look-ups per phase): phase j of pathway p is at index first[p] + j.
 */
export interface FlatPathways {
  count: number;
  first: Int32Array;
  phases: Int32Array;
  nominal: Float64Array;
  cost: Float64Array;
  hours: Float64Array;
  sigma: Float64Array;
  enter: Float64Array;
  /** Investments: pathway index, years after onset, amount. */
  invPathway: Int32Array;
  invAt: Float64Array;
  invAmount: Float64Array;
}

export function flattenPathways(pathways: readonly Pathway[]): FlatPathways {
  const P = pathways.length;
  const first = new Int32Array(P);
  const phases = new Int32Array(P);
  let n = 0;
  pathways.forEach((p, i) => {
    first[i] = n;
    phases[i] = p.phases.length;
    n += p.phases.length;
  });
  const all = pathways.flatMap((p) => p.phases);
  const inv = pathways.flatMap((p, i) => p.investments.map((v) => ({ i, v })));
  return {
    count: P,
    first,
    phases,
    nominal: Float64Array.from(all, (ph) => ph.endAge - ph.startAge),
    cost: Float64Array.from(all, (ph) => ph.annualCostNok),
    hours: Float64Array.from(all, (ph) => ph.annualStaffHours),
    sigma: Float64Array.from(all, (ph) => ph.sigma),
    enter: Float64Array.from(all, (ph) => ph.enterProbability),
    invPathway: Int32Array.from(inv, (x) => x.i),
    invAt: Float64Array.from(inv, (x) => x.v.atYears),
    invAmount: Float64Array.from(inv, (x) => x.v.amountNok),
  };
}
