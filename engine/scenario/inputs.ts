import { z } from "zod";

/**
 * The `inputs` part of a scenario file: the municipality's own inputs as CSV files a
 * consultant fills in a spreadsheet (written by `trappa init`, paths relative to the
 * scenario file). When the scenario is loaded, each file's values replace the ones the
 * scenario (or the template it extends) gives, before validation
 * (engine/io/inputs/apply.ts):
 * - `rates`: coverage rates per service and age band (`coverage.services[].rates`);
 * - `staffing`: årsverk and cost per unit and year of each service and housing step
 *   (`arsverkPerUnit`, `unitCost` / `costPerUnit`);
 * - `housingProfile`: today's housing profile per age band (`housing.profiles.today`).
 * A scenario without `inputs` is read exactly as before.
 */
export const inputsScenarioSchema = z.strictObject({
  rates: z.string().min(1).optional(),
  staffing: z.string().min(1).optional(),
  housingProfile: z.string().min(1).optional(),
});

export type InputsScenario = z.infer<typeof inputsScenarioSchema>;

/** Which input file: the keys of the `inputs` part. */
export type InputKind = keyof InputsScenario;

/**
 * What one input file gave a loaded scenario: its rows and those still holding the
 * template's values (the source column starts with the template mark), for the report's
 * note and `trappa validate`.
 */
export interface InputFileSummary {
  kind: InputKind;
  /** The file as written in the scenario (relative to it). */
  file: string;
  /** Absolute path, for the run's data sources. */
  absolute: string;
  /** Number of values (rate cells, unit rows, profile rows) the file gives. */
  values: number;
  /** The values still the template's (marked MALVERDI and unchanged), as short labels ("institusjon 80-84"). */
  template: string[];
  /** Values changed from the template's whose source still starts with MALVERDI (replaced, source not written). */
  unsourced: string[];
}
