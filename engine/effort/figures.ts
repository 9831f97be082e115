import { InputError } from "../errors";
import { requireStep, type StepSet } from "./steps";

/** The user group of figures and allocations that are not split by user group. */
export const NO_USER_GROUP = "";

/**
 * Published or estimated figures for one step (optionally one user group): recipients,
 * cost (kr per year) and/or price per recipient (kr per year). Cost, when absent, is
 * recipients × price.
 */
export interface StepFigure {
  step: number;
  userGroup?: string;
  recipients?: number;
  costNok?: number;
  pricePerRecipientNok?: number;
  /** Årsverk (full-time equivalents) working on the step. */
  arsverk?: number;
  /** Number of decisions (vedtak) on the step. */
  decisions?: number;
  /** Hours decided per week on the step, summed over its recipients. */
  hoursPerWeek?: number;
  /** Where the figure was given (file and line, or field path), for messages. */
  where?: string;
}

/**
 * A step × user-group cell of a distribution: cost (kr per year) and recipients, each null
 * when unknown; årsverk, decisions and hours per week (summed over recipients) when known.
 */
export interface Cell {
  step: number;
  userGroup: string;
  costNok: number | null;
  recipients: number | null;
  arsverk?: number | null;
  decisions?: number | null;
  hoursPerWeek?: number | null;
}

/** Relative difference above which a figure's cost and recipients × price are reported as inconsistent. */
export const FIGURE_TOLERANCE = 0.01;

/**
 * Turns per-step figures into cells: cost = the given cost, else recipients × price per
 * recipient, else unknown (null). Steps must exist in the set and recipients and prices
 * be non-negative (InputError naming the figure); costs may be negative (refunds). When
 * both a cost and recipients × price are given and differ by more than 1 %, the cost is
 * kept and a warning says so.
 */
export function cellsFromFigures(set: StepSet, figures: readonly StepFigure[]): { cells: Cell[]; warnings: string[] } {
  const warnings: string[] = [];
  const cells = figures.map((f, k) => {
    const where = f.where ?? `figures[${k}]`;
    requireStep(set, f.step, `${where}, field "step"`);
    for (const [field, v] of [
      ["recipients", f.recipients],
      ["pricePerRecipientNok", f.pricePerRecipientNok],
      ["arsverk", f.arsverk],
      ["decisions", f.decisions],
      ["hoursPerWeek", f.hoursPerWeek],
    ] as const) {
      if (v !== undefined && !(Number.isFinite(v) && v >= 0)) throw new InputError(`${where}, field "${field}": expected a non-negative number, got ${v}`);
    }
    if (f.costNok !== undefined && !Number.isFinite(f.costNok)) throw new InputError(`${where}, field "costNok": expected a number, got ${f.costNok}`);
    const product = f.recipients !== undefined && f.pricePerRecipientNok !== undefined ? f.recipients * f.pricePerRecipientNok : undefined;
    if (product !== undefined && f.costNok !== undefined) {
      const gap = Math.abs(product - f.costNok) / Math.max(Math.abs(f.costNok), 1);
      if (gap > FIGURE_TOLERANCE) {
        warnings.push(
          `${where}: step ${f.step}: recipients × price per recipient = ${Math.round(product)} kr, but the cost given is ${Math.round(f.costNok)} kr ` +
            `(${(gap * 100).toFixed(1)} % apart); the cost given is used. Correct the price or the cost to silence this.`,
        );
      }
    }
    return {
      step: f.step,
      userGroup: f.userGroup ?? NO_USER_GROUP,
      costNok: f.costNok ?? product ?? null,
      recipients: f.recipients ?? null,
      arsverk: f.arsverk ?? null,
      decisions: f.decisions ?? null,
      hoursPerWeek: f.hoursPerWeek ?? null,
    };
  });
  return { cells, warnings };
}
