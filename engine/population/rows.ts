import type { AgeBand } from "./bands";

/** One row of a population file: a place, a year, an age band, a sex, a count. */
export interface PopulationRow {
  region: string;
  year: number;
  band: AgeBand;
  sex: "both" | "male" | "female";
  population: number;
  line: number;
}
