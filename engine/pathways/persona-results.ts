import type { PersonaModel } from "./model";
import { personaResultLayout, type PersonaMcChunk } from "./persona-mc";
import { column, summarise, type SampleSummary } from "./summary";

/** One row of the persona Monte Carlo summary. */
export interface PersonaSummaryRow extends SampleSummary {
  /** A pathway id, or "a-b" for the paired difference a − b. */
  pathway: string;
  /** lifetime_cost_nok, staff_hours, fte, investment_nok, years_in_phase, onset_age, death_age. */
  measure: string;
  /** The phase id for years_in_phase, else "". */
  phase: string;
  unit: string;
  seed: number;
  replicates: number;
}

/** Joins chunks (in replicate order) into one matrix. */
export function joinChunks(chunks: readonly PersonaMcChunk[]): { values: Float64Array; yearly: Float64Array | null } {
  const total = chunks.reduce((s, c) => s + c.values.length, 0);
  const values = new Float64Array(total);
  let at = 0;
  for (const c of chunks) {
    values.set(c.values, at);
    at += c.values.length;
  }
  let yearly: Float64Array | null = null;
  if (chunks.length > 0 && chunks[0].yearly) {
    yearly = new Float64Array(chunks.reduce((s, c) => s + (c.yearly as Float64Array).length, 0));
    let y = 0;
    for (const c of chunks) {
      yearly.set(c.yearly as Float64Array, y);
      y += (c.yearly as Float64Array).length;
    }
  }
  return { values, yearly };
}

/**
 * The summary rows: per pathway lifetime cost, staff hours, årsverk (hours ÷ hours per
 * årsverk), investments and years in each phase; the onset and death ages (shared by all
 * pathways, under pathway "alle"); and the paired difference of cost and hours of every
 * other pathway against the first (e.g. "proactive-normal"). Every row carries seed and
 * replicate count.
 */
export function personaSummaryRows(model: PersonaModel, values: Float64Array, seed: number): PersonaSummaryRow[] {
  const L = personaResultLayout(model);
  const R = values.length / L.stride;
  const rows: PersonaSummaryRow[] = [];
  const add = (pathway: string, measure: string, phase: string, unit: string, v: Float64Array) =>
    rows.push({ pathway, measure, phase, unit, seed, replicates: R, ...summarise(v) });
  add("alle", "onset_age", "", "år", column(values, L.stride, 0));
  add("alle", "death_age", "", "år", column(values, L.stride, 1));
  const hpf = model.catalogue.hoursPerFte;
  model.pathways.forEach((p, i) => {
    const lo = L.pathways[i];
    const hours = column(values, L.stride, lo.hours);
    add(p.id, "lifetime_cost_nok", "", "kr", column(values, L.stride, lo.cost));
    add(p.id, "staff_hours", "", "timer", hours);
    add(
      p.id,
      "fte",
      "",
      "årsverk",
      hours.map((h) => h / hpf),
    );
    add(p.id, "investment_nok", "", "kr", column(values, L.stride, lo.investment));
    p.phases.forEach((ph, k) => add(p.id, "years_in_phase", ph.id, "år", column(values, L.stride, lo.phaseYears[k])));
  });
  const base = L.pathways[0];
  for (let i = 1; i < model.pathways.length; i++) {
    const lo = L.pathways[i];
    const name = `${model.pathways[i].id}-${model.pathways[0].id}`;
    for (const [measure, a, b, unit] of [
      ["lifetime_cost_nok", lo.cost, base.cost, "kr"],
      ["staff_hours", lo.hours, base.hours, "timer"],
    ] as const) {
      const d = new Float64Array(R);
      for (let r = 0; r < R; r++) d[r] = values[r * L.stride + a] - values[r * L.stride + b];
      add(name, measure, "", unit, d);
    }
  }
  return rows;
}
