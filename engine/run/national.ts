import { join } from "node:path";
import type { NationalAssumptions } from "../population/assumptions";
import { GRID_SIZE } from "../population/grid";
import { projectManyInto } from "../population/many";
import type { MortalityBase, PlaceModel } from "../population/model";
import { projectRoot } from "../io/project-root";
import { WorkerPool } from "../parallel/worker-pool";

/**
 * Many places under several alternatives at once (a national-size run). The output holds
 * every population: alternative i, place k, year y, cell c at
 * ((i × places + k) × years + y) × 212 + c. With a worker pool the work is split into
 * chunks of places per alternative and written into a shared output (no copying); the
 * numbers are the same whatever the number of workers.
 */
export class NationalRun {
  readonly years: number;
  readonly output: Float64Array;
  private pool: WorkerPool | null = null;

  constructor(
    readonly assumptions: NationalAssumptions,
    readonly mortality: MortalityBase,
    readonly places: PlaceModel[],
    readonly alternatives: string[],
    readonly endYear: number,
    readonly workers = 1,
  ) {
    if (places.length === 0) throw new Error("NationalRun requires at least one place");
    this.years = endYear - places[0].baseYear + 1;
    const cells = alternatives.length * places.length * this.years * GRID_SIZE;
    this.output = new Float64Array(workers > 1 ? new SharedArrayBuffer(cells * 8) : new ArrayBuffer(cells * 8));
  }

  /** Runs every alternative for every place; the results are in `output`. */
  async run(chunksPerAlternative = 4): Promise<Float64Array> {
    const size = this.years * GRID_SIZE;
    const perAlt = this.places.length * size;
    if (this.workers <= 1) {
      this.alternatives.forEach((alternative, i) => {
        projectManyInto(
          { assumptions: this.assumptions, mortality: this.mortality, alternative, places: this.places, endYear: this.endYear },
          this.output,
          i * perAlt,
        );
      });
      return this.output;
    }
    if (!this.pool) {
      this.pool = new WorkerPool(join(projectRoot(), "engine", "population", "many.ts"), this.workers);
      await this.pool.broadcast("setShared", {
        assumptions: this.assumptions,
        mortality: this.mortality,
        places: this.places,
        output: this.output.buffer as SharedArrayBuffer,
      });
    }
    const n = this.places.length;
    const tasks = this.alternatives.flatMap((alternative, i) =>
      Array.from({ length: chunksPerAlternative }, (_, c) => {
        const from = Math.floor((c * n) / chunksPerAlternative);
        const to = Math.floor(((c + 1) * n) / chunksPerAlternative);
        return { alternative, from, to, endYear: this.endYear, offset: i * perAlt + from * size };
      }),
    );
    await this.pool.map("projectChunk", tasks);
    return this.output;
  }

  /** The population of one place and alternative, [year][sex][age] (a view). */
  population(alternative: number, place: number): Float64Array {
    const size = this.years * GRID_SIZE;
    const at = (alternative * this.places.length + place) * size;
    return this.output.subarray(at, at + size);
  }

  /** Stops the worker threads, if any. */
  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = null;
  }
}
