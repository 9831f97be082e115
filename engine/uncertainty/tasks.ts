import { runReplicateBlock } from "./replicates";
import type { UncertaintySetup } from "./setup";

/**
 * Tasks for worker threads (engine/parallel/worker-pool.ts): the setup is handed to each
 * worker once, then blocks of replicates run on it. Each block's rows depend only on
 * (seed, i), so the split never changes the numbers.
 */
let setup: UncertaintySetup | null = null;

export function setSetup(input: UncertaintySetup): { result: null } {
  setup = input;
  return { result: null };
}

/** A block of replicate rows (runReplicateBlock), handed back without copying. */
export function replicateChunk(input: { seed: number; from: number; to: number }): { result: Float64Array; transfer: ArrayBuffer[] } {
  if (!setup) throw new Error("replicateChunk requires setSetup first");
  const values = runReplicateBlock(setup, input.seed, input.from, input.to);
  return { result: values, transfer: [values.buffer as ArrayBuffer] };
}
