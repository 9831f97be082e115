import type { NationalAssumptions } from "./assumptions";
import { GRID_SIZE } from "./grid";
import { nationalAlternative, projectAlternative, type MortalityBase, type PlaceModel } from "./model";

/** A batch of places projected under one alternative (a unit of work for a worker). */
export interface ManyTask {
  assumptions: NationalAssumptions;
  mortality: MortalityBase;
  alternative: string;
  places: PlaceModel[];
  endYear: number;
}

/**
 * Projects every place of the task under its alternative, into one buffer: place k's
 * population ([year][sex][age]) is `result.subarray(k * size, (k + 1) * size)` with
 * size = years × 212. One buffer is cheap to allocate and to hand back from a worker.
 */
export function projectMany(task: ManyTask): { result: Float64Array; transfer: ArrayBuffer[] } {
  const national = nationalAlternative(task.assumptions, task.mortality, task.alternative);
  const places = task.places;
  if (places.length === 0) return { result: new Float64Array(0), transfer: [] };
  const size = (task.endYear - places[0].baseYear + 1) * GRID_SIZE;
  const result = new Float64Array(size * places.length);
  places.forEach((p, k) => {
    if (p.baseYear !== places[0].baseYear) throw new Error(`projectMany requires one base year for all places, got ${p.baseYear} and ${places[0].baseYear}`);
    projectAlternative(national, p, task.endYear, "half", result.subarray(k * size, (k + 1) * size));
  });
  return { result, transfer: [result.buffer as ArrayBuffer] };
}

/** Shared data of a worker: the places and assumptions of a national run, sent once. */
let shared: { assumptions: NationalAssumptions; mortality: MortalityBase; places: PlaceModel[] } | null = null;

/** Worker task: keep the places, assumptions and mortality for the chunks that follow. */
export function setShared(input: { assumptions: NationalAssumptions; mortality: MortalityBase; places: PlaceModel[] }): { result: null } {
  shared = input;
  return { result: null };
}

/** Worker task: project places [from, to) of the shared data under one alternative. */
export function projectChunk(input: { alternative: string; from: number; to: number; endYear: number }): { result: Float64Array; transfer: ArrayBuffer[] } {
  if (!shared) throw new Error("projectChunk requires setShared first");
  return projectMany({ ...shared, alternative: input.alternative, places: shared.places.slice(input.from, input.to), endYear: input.endYear });
}
