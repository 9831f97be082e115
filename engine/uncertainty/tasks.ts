import { figureBlock } from "./result";
import { runReplicateBlock, type ReplicateModel } from "./replicates";
import type { UncertaintySetup } from "./run";

/**
 * Tasks for worker threads (engine/run/worker-pool.ts): the model (a whole run's replicate
 * model, or a sensitivity setup) is handed to each worker once, then blocks of replicates
 * run on it. Each block's rows depend only on (seed, i), so the split never changes the
 * numbers.
 */
let model: ReplicateModel | null = null;
let setup: UncertaintySetup | null = null;

export function setReplicateModel(input: ReplicateModel): { result: null } {
  model = input;
  return { result: null };
}

export function setFigureSetup(input: UncertaintySetup): { result: null } {
  setup = input;
  return { result: null };
}

/** A run's replicate rows (runReplicateBlock). */
export function replicateChunk(input: { seed: number; from: number; to: number }): { result: Float64Array; transfer: ArrayBuffer[] } {
  if (!model) throw new Error("replicateChunk requires setReplicateModel first");
  const values = runReplicateBlock(model, input.seed, input.from, input.to);
  return { result: values, transfer: [values.buffer as ArrayBuffer] };
}

/** The sensitivity's figure rows (figureBlock). */
export function figureChunk(input: { seed: number; from: number; to: number }): { result: Float64Array; transfer: ArrayBuffer[] } {
  if (!setup) throw new Error("figureChunk requires setFigureSetup first");
  const values = figureBlock(setup, input.seed, input.from, input.to);
  return { result: values, transfer: [values.buffer as ArrayBuffer] };
}
