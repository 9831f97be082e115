import type { RunResult } from "../run/run";
import type { ColumnTable } from "../table/arquero";

/**
 * The arquero table of a run's result table `id` (the rows of `<id>.csv`; an empty year as
 * null), or undefined when the run has none.
 *
 * @example resultData(result, "befolkning")?.filter((d) => d.year === 2040).numRows()
 */
export function resultData(result: Pick<RunResult, "tables">, id: string): ColumnTable | undefined {
  return result.tables.find((t) => t.id === id)?.data;
}
