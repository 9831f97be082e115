import type { YearExpression } from "./year-factors";
import type { RegisteredBaseSpec } from "../scenario/registered-base";
import type { PathShape } from "./progress";

/** What a service counts: users (persons with a decision), places (beds) or hours. */
export type ServiceUnit = "users" | "places" | "hours";

/** An amount of money per unit and year, in kroner of a stated price year. */
export interface Money {
  /** Kroner per unit per year. */
  value: number;
  /** The year whose prices `value` is in, e.g. 2024 for "2024-kr". */
  priceYear: number;
}

/**
 * A service as data. Give either `counts` (users or places per age band in the base year;
 * rates are counts ÷ residents) or `rates` (users per resident per band; for "hours",
 * hours per resident per year). Bands the service does not name have no users.
 */
export interface ServiceDef {
  id: string;
  name: string;
  unit: ServiceUnit;
  counts?: Record<string, number>;
  rates?: Record<string, number>;
  /** Årsverk per user, place or hour in the base year. */
  arsverkPerUnit: number;
  /** Cost per user, place or hour per year. */
  unitCost: Money;
  /** Where the figures come from (free text, carried into reports). */
  source?: string;
}

/**
 * How a service's rates move. "constant": today's rates (alternativ 0). "linear" or
 * "s-curve": from today's rate in `startYear` (default the base year) to the target by
 * `targetYear`, then held. The target is `targetRates[band]` where given, otherwise
 * today's rate × `factor` (bands limited to `bands` when given; others stay constant).
 */
export interface RatePath {
  shape: "constant" | PathShape;
  targetYear?: number;
  startYear?: number;
  targetRates?: Record<string, number>;
  factor?: number;
  bands?: string[];
}

/**
 * "Healthier ageing" (SSB's variant): the age profile of rates is shifted `years` years
 * older by `byYear` (growing along `shape` from 0 in `startYear`, default the base
 * year), so that a person of age a has the rate of a person of age a − shift today.
 */
export interface HealthierAgeing {
  years: number;
  byYear: number;
  startYear?: number;
  shape?: PathShape;
  /** Services it applies to (default all). */
  services?: string[];
  /** Width in years assumed for the open band (e.g. 90+ as 90-99) when shifting; default 10. */
  openBandWidth?: number;
}

/**
 * Moves `share` of one service's users to another by `byYear` (e.g. from institution to
 * 24-hour care housing): moved = share × progress × users of `from`, per band. Users are
 * conserved; each service keeps its own årsverk and cost per unit.
 */
export interface Transfer {
  from: string;
  to: string;
  share: number;
  byYear: number;
  startYear?: number;
  shape?: PathShape;
  /** Bands it applies to (default all bands of `from`). */
  bands?: string[];
}

/** One alternative practice, compared with alternativ 0. */
export interface CoverageAlternative {
  name: string;
  description?: string;
  /** Rate paths per service id (services not named stay constant). */
  paths?: Record<string, RatePath>;
  healthierAgeing?: HealthierAgeing;
  /** Yearly change of årsverk per unit (0.005 = +0.5 % a year, SSB's "standard"): one for all services or per service id. */
  arsverkGrowth?: number | Record<string, number>;
  transfers?: Transfer[];
  /** Factors as formulas of the year `ar` (one for all services or per service id): on the users or places (rate), on årsverk per unit, on the unit cost (a price path). */
  rateFactor?: YearExpression;
  arsverkFactor?: YearExpression;
  unitCostFactor?: YearExpression;
}

/** The coverage part of a scenario. */
export interface CoverageInput {
  /** Year of the counts or rates (default: the population's first year). */
  baseYear?: number;
  /** Last year projected (default: the population's last year). */
  endYear?: number;
  /** Average position size for employees = årsverk ÷ position size (default 0.67). */
  positionSize?: number;
  services: ServiceDef[];
  alternatives?: CoverageAlternative[];
  /** A registered base (year, årsverk, cost, units per service) the rows are calibrated to (coverage/registered-base.ts). */
  registeredBase?: RegisteredBaseSpec;
}

/** Measures in coverage rows. The volume measure is named after the unit. */
export type CoverageMeasure = "rate" | ServiceUnit | "arsverk" | "employees" | "cost";

/**
 * One tidy output row: value of `measure` for a scenario (alternative), year, band and
 * service. Units: rate "share" (or "hours per resident"), users/places/hours, "årsverk",
 * "persons" (employees), "NOK" with `priceYear` (null for non-money rows).
 */
export interface CoverageRow {
  scenario: string;
  year: number;
  band: string;
  service: string;
  measure: CoverageMeasure;
  value: number;
  unit: string;
  priceYear: number | null;
}

/** The name of the reference alternative: today's coverage rates held constant. */
export const ALTERNATIVE_0 = "alternativ 0";

/** Default average position size (stillingsstørrelse): 67 %. */
export const DEFAULT_POSITION_SIZE = 0.67;
