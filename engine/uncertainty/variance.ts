import { mean, sampleVariance } from "../stats/moments";

/**
 * A variance decomposition of a figure over nested replicates: parameter sets (outer) and
 * person-level Monte Carlo replicates within each set (inner, the same persons for every
 * set). `between` is the sample variance (n − 1) of the sets' means: the parameter
 * uncertainty of the expected figure. `within` is the mean over sets of the variance over
 * the person-level replicates (n − 1): how much one realisation (which persons fall ill and
 * how long they live) varies around its expectation. `mcVarianceOfMean` = within ÷ the
 * person-level replicates: the Monte Carlo noise left in each set's mean.
 */
export interface VarianceParts {
  between: number;
  within: number;
  mcVarianceOfMean: number;
  sets: number;
  personReplicates: number;
}

/**
 * @example decomposeVariance([1, 3], [2, 4], 4) // { between: 2, within: 3, mcVarianceOfMean: 0.75, sets: 2, personReplicates: 4 }
 */
export function decomposeVariance(means: ArrayLike<number>, withinVariances: ArrayLike<number>, personReplicates: number): VarianceParts {
  const n = means.length;
  if (n !== withinVariances.length) throw new Error(`decomposeVariance requires as many within-set variances as means, got ${withinVariances.length} and ${n}`);
  if (!(n >= 2)) throw new Error(`decomposeVariance requires at least 2 parameter sets, got ${n}`);
  if (!(Number.isInteger(personReplicates) && personReplicates >= 2))
    throw new Error(`decomposeVariance requires at least 2 person-level replicates, got ${personReplicates}`);
  const within = mean(withinVariances);
  return { between: sampleVariance(means), within, mcVarianceOfMean: within / personReplicates, sets: n, personReplicates };
}
