import type { PersonaModel } from "./model";
import { spreadOverYears } from "./years";

/** One row of the deterministic timeline: a pathway and a year of age. */
export interface TimelineRow {
  pathway: string;
  age: number;
  /** Cost in that year of age, kroner (investments not included). */
  costNok: number;
  staffHours: number;
}

/**
 * The published timeline: for every pathway and every year of age from the start age to
 * the last year before death, the cost and staff hours of the phases lived in that year
 * (annual figure × the part of the year spent in the phase). One-off investments are not in
 * these rows (see `investmentRows`).
 *
 * @example deterministicTimeline(johs).find((r) => r.pathway === "normal" && r.age === 73) // { costNok: 218127, staffHours: 455 }
 */
export function deterministicTimeline(model: PersonaModel): TimelineRow[] {
  const from = Math.floor(model.startAge);
  const n = Math.ceil(model.deathAge) - from;
  const rows: TimelineRow[] = [];
  for (const p of model.pathways) {
    const cost = new Float64Array(n);
    const hours = new Float64Array(n);
    for (const ph of p.phases) {
      spreadOverYears(ph.startAge, ph.endAge, ph.annualCostNok, from, cost);
      spreadOverYears(ph.startAge, ph.endAge, ph.annualStaffHours, from, hours);
    }
    for (let i = 0; i < n; i++) rows.push({ pathway: p.id, age: from + i, costNok: cost[i], staffHours: hours[i] });
  }
  return rows;
}

/** The one-off investments of every pathway, with the age at which they fall. */
export function investmentRows(model: PersonaModel): Array<{ pathway: string; label: string; age: number; amountNok: number }> {
  return model.pathways.flatMap((p) => p.investments.map((v) => ({ pathway: p.id, label: v.label, age: model.startAge + v.atYears, amountNok: v.amountNok })));
}

/** Totals per pathway over the timeline: cost, staff hours and årsverk (hours ÷ the catalogue's hours per årsverk). */
export function timelineTotals(
  model: PersonaModel,
  rows: readonly TimelineRow[],
): Array<{ pathway: string; costNok: number; staffHours: number; fte: number; investmentNok: number }> {
  return model.pathways.map((p) => {
    const mine = rows.filter((r) => r.pathway === p.id);
    const staffHours = mine.reduce((s, r) => s + r.staffHours, 0);
    return {
      pathway: p.id,
      costNok: mine.reduce((s, r) => s + r.costNok, 0),
      staffHours,
      fte: staffHours / model.catalogue.hoursPerFte,
      investmentNok: p.investments.reduce((s, v) => s + v.amountNok, 0),
    };
  });
}
