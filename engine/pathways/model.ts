/** One phase of a compiled pathway: when (on the published timeline) and what it costs per year. */
export interface Phase {
  id: string;
  name: string;
  /** Age at the start and end of the phase on the published timeline. */
  startAge: number;
  endAge: number;
  /** Annual cost, kroner of the catalogue's price year. */
  annualCostNok: number;
  /** Staff hours per year. */
  annualStaffHours: number;
  /** "catalogue": priced through the resource calculator; "published": the published figure carried directly. */
  basis: "catalogue" | "published";
  /** Where a published figure comes from, or the priced lines as text. */
  source: string;
  /** False when a catalogue line has no staff-hour figure (those hours are left out). */
  staffHoursComplete: boolean;
  /** Monte Carlo: log-scale sd of the duration. */
  sigma: number;
  /** Monte Carlo: chance the phase happens at all. */
  enterProbability: number;
}

export interface Investment {
  label: string;
  amountNok: number;
  /** Years after the start of the pathway. */
  atYears: number;
}

export interface Pathway {
  id: string;
  name: string;
  phases: Phase[];
  investments: Investment[];
}

/** Survival: death rates by single year of age (0…ω, the last used beyond ω) times a hazard ratio. */
export interface SurvivalSpec {
  /** Central death rates of the life table, per person-year, by age 0…ω. */
  mx: Float64Array;
  hazardRatio: number;
  /** True when the hazard ratio was solved so that the median death age is the timeline's. */
  calibrated: boolean;
  /** What the life table is, e.g. "SSB MMMM 2024, menn (e0 81,6)". */
  label: string;
}

/**
 * A persona ready to run: who, the priced pathways and the Monte Carlo settings. Plain data
 * (typed arrays and objects), so that it can be sent to worker threads.
 */
export interface PersonaModel {
  name: string;
  file: string;
  sex: "male" | "female";
  condition: string;
  startAge: number;
  deathAge: number;
  catalogue: { name: string; priceYear?: number; hoursPerFte: number };
  pathways: Pathway[];
  monteCarlo: {
    onsetSdYears: number;
    timing: "scaled" | "absolute";
    survival: SurvivalSpec;
  };
}

/** The most phases any pathway has (the number of duration draws per person). */
export function maxPhases(pathways: readonly Pathway[]): number {
  let m = 0;
  for (const p of pathways) m = Math.max(m, p.phases.length);
  return m;
}
