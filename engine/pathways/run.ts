import { LIMITS, limitExpected } from "../limits";
import { join } from "node:path";
import { InputError } from "../errors";
import { projectRoot } from "../root";
import { mapTasks, replicateBlocks } from "../parallel/blocks";
import type { PersonaModel } from "./model";
import { runPersonaReplicates, type PersonaMcChunk } from "./persona-mc";
import { joinChunks } from "./persona-results";
import { runScaleUpReplicates, type ScaleUpChunk, type ScaleUpModel } from "./scale-up";

/** Replicates per task of the persona Monte Carlo and of the scale-up: fixed, so that the split never depends on the number of workers. */
export const PERSONA_BLOCK = 250;
export const SCALE_UP_BLOCK = 50;

/** The task module the worker threads run (engine/pathways/tasks.ts). */
const TASKS = () => join(projectRoot(), "engine", "pathways", "tasks.ts");

/** Checks a replicate count: a whole number ≥ 1. */
export function checkReplicates(replicates: number, where = "--replicates"): number {
  if (!(Number.isInteger(replicates) && replicates >= 1)) throw new InputError(`${where}: expected a whole number of replicates ≥ 1, got ${replicates}`);
  if (replicates > LIMITS.replicates)
    throw new InputError(`${where}: expected ${limitExpected(LIMITS.replicates, "Monte Carlo replicates")}, got ${replicates}`);
  return replicates;
}

/** Checks a seed: a whole number. */
export function checkSeed(seed: number, where = "--seed"): number {
  if (!Number.isSafeInteger(seed)) throw new InputError(`${where}: expected a whole-number seed, got ${seed}`);
  return seed;
}

export interface McRunOptions {
  seed: number;
  replicates: number;
  variation?: boolean;
  /** Worker threads (1: this thread). The results are the same whatever the number. */
  workers?: number;
  yearlyFrom?: number;
  yearlyTo?: number;
}

/**
 * Monte Carlo of a persona: `replicates` simulated persons, replicate i from stream
 * (seed, i), split in fixed chunks over `workers` threads. Returns the replicate matrix
 * (see personaResultLayout) and, if asked for, cost per year of age.
 */
export async function runPersonaMonteCarlo(model: PersonaModel, o: McRunOptions): Promise<{ values: Float64Array; yearly: Float64Array | null }> {
  checkReplicates(o.replicates);
  checkSeed(o.seed);
  const inputs = replicateBlocks(o.replicates, PERSONA_BLOCK).map((c) => ({
    model,
    options: { seed: o.seed, from: c.from, to: c.to, variation: o.variation ?? true, yearlyFrom: o.yearlyFrom, yearlyTo: o.yearlyTo },
  }));
  const chunks = await mapTasks<(typeof inputs)[number], PersonaMcChunk>({
    module: TASKS(),
    fn: "personaChunk",
    inputs,
    workers: o.workers ?? 1,
    local: (i) => runPersonaReplicates(i.model, i.options),
  });
  return joinChunks(chunks);
}

/** Monte Carlo of the municipal scale-up (see runScaleUpReplicates), split like runPersonaMonteCarlo. */
export async function runScaleUpMonteCarlo(model: ScaleUpModel, o: McRunOptions): Promise<Float64Array> {
  checkReplicates(o.replicates);
  checkSeed(o.seed);
  const inputs = replicateBlocks(o.replicates, SCALE_UP_BLOCK).map((c) => ({ model, seed: o.seed, from: c.from, to: c.to, variation: o.variation ?? true }));
  const chunks = await mapTasks<(typeof inputs)[number], ScaleUpChunk>({
    module: TASKS(),
    fn: "scaleUpChunk",
    inputs,
    workers: o.workers ?? 1,
    local: (i) => runScaleUpReplicates(i.model, i),
  });
  const out = new Float64Array(chunks.reduce((s, c) => s + c.values.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c.values, at);
    at += c.values.length;
  }
  return out;
}
