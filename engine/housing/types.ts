import type { PathShape } from "../coverage/progress";
import type { Money } from "../coverage/types";
import type { HousingInvestment, RegisteredBaseSpec, StepInvestment } from "../scenario/registered-base";

/**
 * A step of a housing staircase (boligtrapp) as data: the older people's staircase in
 * DOMAIN.md, Drammen's five housing forms or a municipality's own.
 */
export interface HousingStep {
  id: string;
  name: string;
  /** Årsverk per unit (dwelling or place) and year. */
  arsverkPerUnit: number;
  /** Municipal cost per unit and year, kroner of a price year. */
  costPerUnit: Money;
  /** Units today; absent or null: taken as the base-year need under today's profile. */
  stock?: number | null;
  /** Residents per unit (default 1): dwellings = residents ÷ occupancy. */
  occupancy?: number;
  /** Counts among "the higher steps" of the council summary (default: every step but the first). */
  higher?: boolean;
  /** Investment per new or converted unit (kroner of a price year) and the state grant's share. */
  investment?: StepInvestment;
  source?: string;
}

/** Per age band, the share of residents on each step (step id → share; shares sum to 1). */
export type HousingProfile = Record<string, Record<string, number>>;

/** The housing part of a scenario. */
export interface HousingInput {
  /** Year of today's profile and stock (default: the population's first year). */
  baseYear?: number;
  /** Last year projected (default: the population's last year). */
  endYear?: number;
  /** Target year of the council summary (default: the alternative path's target year). */
  targetYear?: number;
  /** Average position size for employees = årsverk ÷ position size (default 0.67). */
  positionSize?: number;
  steps: HousingStep[];
  /** Today's profile and the alternative one; bands the alternative leaves out keep today's shares. */
  profiles: { today: HousingProfile; alternative: HousingProfile };
  /** How the alternative profile is reached: from today's in `startYear` (default the base year) to the alternative by `targetYear`, or a `share` (0-1, default 1) of the way there. */
  path: { shape: PathShape; targetYear: number; startYear?: number; share?: number };
  /** Divide each band's shares by their sum instead of refusing shares that do not sum to 1. */
  normaliseShares?: boolean;
  /** Factor on every share above the first step (the step without municipal services) in both profiles, e.g. 0.95 for healthier ageing; the first step takes the rest. Default 1. */
  coverageFactor?: number;
  /** Yearly real growth of every step's cost per unit from the base year (real wage growth), e.g. 0.01: cost in year y × (1 + g)^(y − base year). Default 0. */
  realWageGrowth?: number;
  /** End years of the periods for the build/convert need (default every fifth year and the end year). */
  periods?: number[];
  /** A registered base (year, årsverk, cost, units and occupancy per step) the staircase is calibrated to (registered-base.ts). */
  registeredBase?: RegisteredBaseSpec;
  /** Investment per new or converted unit by step id, and the state grant's share (a step's own `investment` takes precedence). */
  investment?: HousingInvestment;
}

/** The two profiles a projection runs. */
export type ProfileName = "today" | "alternative";

/** Measures in housing rows. */
export type HousingMeasure = "residents" | "dwellings" | "arsverk" | "cost";

/**
 * One tidy row: the value of `measure` for a profile, year, band and step. Units:
 * residents "persons", dwellings "units", "årsverk", cost "NOK" with `priceYear`.
 */
export interface HousingRow {
  profile: ProfileName;
  year: number;
  band: string;
  step: string;
  measure: HousingMeasure;
  value: number;
  unit: string;
  priceYear: number | null;
}

/** Totals over bands for a profile, year and step; gap = dwellings − stock (positive: units lacking). */
export interface StepTotal {
  profile: ProfileName;
  year: number;
  step: string;
  residents: number;
  dwellings: number;
  arsverk: number;
  /** Kroner of `priceYear`. */
  cost: number;
  priceYear: number;
  stock: number;
  gap: number;
}

/** The measures of a staircase's totals, in the order they lie in StaircaseSums.sums. */
export const STAIRCASE_MEASURES = ["residents", "dwellings", "arsverk", "cost"] as const;

/**
 * A staircase's totals over bands as one typed array (what the council summary and the
 * uncertainty replicates read): per profile (0 today, 1 alternative), year from the base
 * year, step and measure (STAIRCASE_MEASURES) at
 * `sums[((profile × years + year − baseYear) × steps + step) × 4 + measure]`; residents in
 * persons, dwellings in units, årsverk, cost in kroner of `priceYear`.
 */
export interface StaircaseSums {
  baseYear: number;
  endYear: number;
  /** The alternative path's target year. */
  targetYear: number;
  positionSize: number;
  /** The single price year of every step's cost. */
  priceYear: number;
  /** Steps with `stock` resolved (a number for every step) and whether the stock was given. */
  steps: Array<HousingStep & { stock: number; stockGiven: boolean }>;
  sums: Float64Array;
  /** The registered base the sums are calibrated to, with the factors applied; absent: none (every figure modelled). */
  registered?: RegisteredCalibration;
}

/**
 * How a staircase was calibrated to a registered base: the registered figures, the year
 * they were matched in (the registered year, or the base year when the registered year lies
 * before the projection), and the factors: per step on dwellings (and so on its årsverk and
 * cost; registered units ÷ modelled units), and on all årsverk and all cost (registered ÷
 * modelled after the step factors). Every year and both profiles get the same factors.
 */
export interface RegisteredCalibration {
  year: number;
  calibrationYear: number;
  arsverk: number | null;
  cost: number | null;
  units: Record<string, number>;
  occupancy: Record<string, number>;
  stepFactors: Record<string, number>;
  arsverkFactor: number;
  costFactor: number;
  source: string | null;
}

/** The result of a staircase projection: the totals, and the same as tidy rows per band and as objects per step. */
export interface StaircaseResult extends StaircaseSums {
  bands: string[];
  rows: HousingRow[];
  totals: StepTotal[];
}
