import { aq } from "../table/arquero";
import type { PersonaModel } from "./model";
import type { TimelineRow } from "./deterministic";

/** One row of a published persona table: age and, per pathway, investment, cost and hours. */
export interface PublishedPersonaRow {
  age: number;
  line: number;
  investment: Record<string, number>;
  cost: Record<string, number>;
  hours: Record<string, number>;
}

/** The model beside a published persona table, age by age and in total. */
export interface PublishedComparison {
  /** Ages the published table lists more than once (Johs: 77). */
  duplicateAges: number[];
  rows: Array<{
    pathway: string;
    age: number;
    costNok: number;
    publishedCostNok: number | null;
    costDeviation: number | null;
    staffHours: number;
    publishedStaffHours: number | null;
    hoursDeviation: number | null;
  }>;
  totals: Array<{
    pathway: string;
    /** The model, each age once. */
    costNok: number;
    staffHours: number;
    /** The model summed over the published rows (duplicated ages counted as often as they are listed): how the published totals arise. */
    costAsPublishedNok: number;
    staffHoursAsPublished: number;
    /** The published rows' own sums. */
    publishedCostNok: number;
    publishedStaffHours: number;
    publishedInvestmentNok: number;
  }>;
}

/**
 * Compares the deterministic timeline with a published table: per pathway and age the
 * relative deviation of the model rounded to whole kroner and whole hours, as the published
 * figures are (rounded model ÷ published − 1; null where the published figure is 0 and the
 * model's is 0 too, or the age is not published), the duplicated ages, and three totals:
 * the model with each age once, the model summed over the published rows as listed
 * (reproducing the published totals, duplicate included), and the published sums.
 */
export function compareWithPublished(model: PersonaModel, timeline: readonly TimelineRow[], published: readonly PublishedPersonaRow[]): PublishedComparison {
  const duplicateAges = Array.from(
    aq
      .table({ age: published.map((r) => r.age) })
      .groupby("age")
      .count()
      .filter((d: { count: number }) => d.count > 1)
      .orderby("age")
      .array("age") as ArrayLike<number>,
  );
  const firstOf = new Map<number, PublishedPersonaRow>();
  for (const r of published) if (!firstOf.has(r.age)) firstOf.set(r.age, r);
  const dev = (m: number, p: number | null) => (p === null ? null : p === 0 ? (m === 0 ? 0 : null) : m / p - 1);
  const rows = timeline.map((t) => {
    const p = firstOf.get(t.age);
    const pc = p ? p.cost[t.pathway] : null;
    const ph = p ? p.hours[t.pathway] : null;
    return {
      pathway: t.pathway,
      age: t.age,
      costNok: t.costNok,
      publishedCostNok: pc,
      costDeviation: dev(Math.round(t.costNok), pc),
      staffHours: t.staffHours,
      publishedStaffHours: ph,
      hoursDeviation: dev(Math.round(t.staffHours), ph),
    };
  });
  const totals = model.pathways.map((pw) => {
    const mine = timeline.filter((t) => t.pathway === pw.id);
    const at = new Map(mine.map((t) => [t.age, t]));
    let costAs = 0,
      hoursAs = 0,
      pc = 0,
      ph = 0,
      pi = 0;
    for (const r of published) {
      const t = at.get(r.age);
      if (t) {
        costAs += t.costNok;
        hoursAs += t.staffHours;
      }
      pc += r.cost[pw.id];
      ph += r.hours[pw.id];
      pi += r.investment[pw.id];
    }
    return {
      pathway: pw.id,
      costNok: mine.reduce((s, t) => s + t.costNok, 0),
      staffHours: mine.reduce((s, t) => s + t.staffHours, 0),
      costAsPublishedNok: costAs,
      staffHoursAsPublished: hoursAs,
      publishedCostNok: pc,
      publishedStaffHours: ph,
      publishedInvestmentNok: pi,
    };
  });
  return { duplicateAges, rows, totals };
}
