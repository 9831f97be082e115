import type { BandPopulation } from "../../coverage/population";
import type { PersonasScenario } from "../../scenario/scenario";
import type { PartOutput } from "../result-table";

/** What the personas part of a run receives. */
export interface PersonasPartInput {
  scenarioName: string;
  personas: PersonasScenario;
  /** The personas file, absolute. */
  file: string;
  /** Master seed of the run; replicate i gets its own stream derived from (seed, i). */
  seed: number;
  replicates: number;
  /** The population coverage and housing ran on (for the scale-up), or null without one. */
  population: BandPopulation | null;
}

/**
 * HOOK FOR ISSUE 6 (persona pathways, Monte Carlo and municipal scale-up): the run calls
 * a PersonasRunner when the scenario has a `personas` part. Its tables are written like
 * every other table (CSV, a sheet, the report) and compared by `trappa compare`; rows of
 * random results should carry `seed` and `replicate` columns. Pass the real runner to
 * runScenario as `options.personas` (or make it this default) once engine/pathways lands.
 */
export type PersonasRunner = (input: PersonasPartInput) => PartOutput;

/** The default runner until the pathway engine is wired in: no tables, a note in the report. */
export const personasNotYetWired: PersonasRunner = (input) => ({
  tables: [],
  assumptions: [{ part: "Personaforløp", item: "Fil", value: input.personas.file, source: "scenarioet" }],
  sources: [{ role: "personas", path: input.file }],
  notes: [`Personaforløp (${input.personas.file}) er ikke koblet til hele kjøringer ennå; delen er hoppet over.`],
});
