import { rngStream } from "../random/streams";
import { centralParameters, drawParameters } from "./draws";
import { replicateRow } from "./evaluate";
import { replicateLayout } from "./layout";
import type { UncertaintySetup } from "./setup";

/**
 * Replicates `from` (inclusive) to `to` (exclusive) of a setup, row after row ((to − from)
 * × stride numbers, see replicateLayout). Replicate i draws its whole parameter set from
 * rngStream(seed, i) only (drawParameters) and is evaluated by replicateRow, so a block's
 * rows do not depend on how the replicates are split into blocks or over threads.
 *
 * @example runReplicateBlock(setup, 2040, 0, 1000) // the rows of `trappa run --uncertainty 1000`
 */
export function runReplicateBlock(setup: UncertaintySetup, seed: number, from: number, to: number): Float64Array {
  const stride = replicateLayout(setup).stride;
  const out = new Float64Array((to - from) * stride);
  for (let i = from; i < to; i++) replicateRow(setup, drawParameters(setup, rngStream(seed, i)), out.subarray((i - from) * stride, (i - from + 1) * stride));
  return out;
}

/** The scenario's own row: every deviation 0 and every parameter central (the deterministic run's values). */
export function centralRow(setup: UncertaintySetup): Float64Array {
  return replicateRow(setup, centralParameters(setup));
}
