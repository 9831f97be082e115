/**
 * Task functions for the worker pool (engine/parallel/worker-pool.ts, bin/worker.js): each runs
 * a chunk of replicates and hands the typed arrays back without copying.
 */
import type { PersonaModel } from "./model";
import { runPersonaReplicates, type PersonaMcOptions } from "./persona-mc";
import { runScaleUpReplicates, type ScaleUpModel } from "./scale-up";

export function personaChunk(input: { model: PersonaModel; options: PersonaMcOptions }) {
  const c = runPersonaReplicates(input.model, input.options);
  const transfer: ArrayBuffer[] = [c.values.buffer as ArrayBuffer];
  if (c.yearly) transfer.push(c.yearly.buffer as ArrayBuffer);
  return { result: c, transfer };
}

export function scaleUpChunk(input: { model: ScaleUpModel; seed: number; from: number; to: number; variation: boolean }) {
  const c = runScaleUpReplicates(input.model, input);
  return { result: c, transfer: [c.values.buffer as ArrayBuffer] };
}
