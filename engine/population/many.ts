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
 * Projects every place of the task under its alternative into `output` from `offset`
 * (in cells): place k's population ([year][sex][age]) is at offset + k × size … with
 * size = years × 212. All places must share the base year.
 */
export function projectManyInto(task: ManyTask, output: Float64Array, offset = 0): void {
  const national = nationalAlternative(task.assumptions, task.mortality, task.alternative);
  const places = task.places;
  if (places.length === 0) return;
  const size = (task.endYear - places[0].baseYear + 1) * GRID_SIZE;
  if (offset + size * places.length > output.length) {
    throw new Error(`projectManyInto requires room for ${places.length} places of ${size} cells from ${offset}, got an output of ${output.length}`);
  }
  places.forEach((p, k) => {
    if (p.baseYear !== places[0].baseYear)
      throw new Error(`projectManyInto requires one base year for all places, got ${p.baseYear} and ${places[0].baseYear}`);
    const at = offset + k * size;
    projectAlternative(national, p, task.endYear, "half", output.subarray(at, at + size));
  });
}

/** Shared data of a worker: the places and assumptions of a national run and its output, sent once. */
let shared: { assumptions: NationalAssumptions; mortality: MortalityBase; places: PlaceModel[]; output: Float64Array } | null = null;

/** Worker task: keep the places, assumptions, mortality and the shared output for the chunks that follow. */
export function setShared(input: { assumptions: NationalAssumptions; mortality: MortalityBase; places: PlaceModel[]; output: SharedArrayBuffer }): {
  result: null;
} {
  shared = { ...input, output: new Float64Array(input.output) };
  return { result: null };
}

/** Worker task: project places [from, to) of the shared data under one alternative into the shared output at `offset`. */
export function projectChunk(input: { alternative: string; from: number; to: number; endYear: number; offset: number }): { result: null } {
  if (!shared) throw new Error("projectChunk requires setShared first");
  projectManyInto(
    { ...shared, alternative: input.alternative, places: shared.places.slice(input.from, input.to), endYear: input.endYear },
    shared.output,
    input.offset,
  );
  return { result: null };
}
