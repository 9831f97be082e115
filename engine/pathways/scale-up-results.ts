import { InputError } from "../errors";
import type { ScaleUpModel } from "./scale-up";
import { scaleUpLayout } from "./scale-up";
import { summarise } from "./summary";

/** One row of the scale-up summary: a scenario, a year (or "" for the break-even year), a measure and its Monte Carlo summary. */
export interface ScaleUpRow {
  scenario: string;
  year: number | "";
  /** "pathway/phase" for persons per phase, else "". */
  phase: string;
  measure: string;
  mean: number;
  se: number;
  p5: number;
  p50: number;
  p95: number;
  unit: string;
  seed: number;
  replicates: number;
}

export interface ScaleUpOptions {
  /** The pathway existing persons continue on, and the one new cases get, in the transition scenario. */
  transition: { from: string; to: string };
  /** A pathway mix: shares per pathway id summing to 1 (expected values under the mix), or null. */
  mix: Record<string, number> | null;
  hoursPerFte: number;
  seed: number;
  /** Share of new cases on `to` in the transition (0-1, default 1; the rest stay on `from`). */
  transitionShare?: number;
}

/**
 * The scale-up tables from the replicate matrix: per scenario and year the persons per
 * phase (average number in the phase over the year), cost (services), investments, total
 * cost, staff hours and årsverk; scenarios "alle-<pathway>" (everybody on one pathway),
 * "blanding" (the mix, if given) and "overgang" (existing persons continue on `from`, new
 * cases get `to`); for the transition the yearly net cost against everybody on `from`
 * (total cost incl. investments), its cumulative sum, and the break-even year (the first
 * year the cumulative net cost is at or below 0; `lastYear + 1` when it is not reached).
 * Each with mean, standard error and the 5th, 50th and 95th percentiles over replicates.
 */
export function scaleUpRows(m: ScaleUpModel, values: Float64Array, o: ScaleUpOptions): ScaleUpRow[] {
  const L = scaleUpLayout(m);
  const R = values.length / L.stride;
  const Y = L.years;
  const ids = m.pathways.map((p) => p.id);
  const from = ids.indexOf(o.transition.from);
  const to = ids.indexOf(o.transition.to);
  if (from < 0) throw new InputError(`--transition: expected a pathway of the persona (${ids.join(", ")}), got "${o.transition.from}"`);
  if (to < 0) throw new InputError(`--transition: expected a pathway of the persona (${ids.join(", ")}), got "${o.transition.to}"`);
  const rows: ScaleUpRow[] = [];
  const push = (scenario: string, year: number | "", phase: string, measure: string, unit: string, v: Float64Array) =>
    rows.push({ scenario, year, phase, measure, unit, seed: o.seed, replicates: R, ...summarise(v) });
  // weights[g][p]: how much of group g's pathway-p series a scenario takes.
  const scenarios: Array<{ name: string; w: number[][] }> = m.pathways.map((p, i) => ({
    name: `alle-${p.id}`,
    w: [0, 1].map(() => ids.map((_, j) => (j === i ? 1 : 0))),
  }));
  if (o.mix) {
    const sum = Object.values(o.mix).reduce((a, b) => a + b, 0);
    for (const [id, share] of Object.entries(o.mix)) {
      if (!ids.includes(id)) throw new InputError(`--mix: expected pathways of the persona (${ids.join(", ")}), got "${id}"`);
      if (!(share >= 0 && share <= 1)) throw new InputError(`--mix: expected shares between 0 and 1, got ${share} for "${id}"`);
    }
    if (Math.abs(sum - 1) > 1e-9) throw new InputError(`--mix: expected shares summing to 1, got ${sum}`);
    const w = ids.map((id) => o.mix![id] ?? 0);
    scenarios.push({ name: "blanding", w: [w, w] });
  }
  const share = o.transitionShare ?? 1;
  if (!(share >= 0 && share <= 1)) throw new InputError(`personas.transitionShare: expected a share between 0 and 1, got ${share}`);
  const added = ids.map((_, j) => (j === to ? share : 0) + (j === from ? 1 - share : 0));
  scenarios.push({ name: "overgang", w: [ids.map((_, j) => (j === from ? 1 : 0)), added] });
  const series = (w: number[][], key: "cost" | "hours" | "investment", y: number, out: Float64Array) => {
    for (let r = 0; r < R; r++) {
      let s = 0;
      for (let g = 0; g < 2; g++) for (let p = 0; p < ids.length; p++) if (w[g][p] !== 0) s += w[g][p] * values[r * L.stride + L.series[g][p][key] + y];
      out[r] = s;
    }
    return out;
  };
  const v = new Float64Array(R);
  for (let y = 0; y < Y; y++) {
    const year = m.firstYear + y;
    for (let r = 0; r < R; r++) v[r] = values[r * L.stride + L.newCases + y];
    push("alle", year, "", "new_cases", "personer", v);
    for (const sc of scenarios) {
      for (let p = 0; p < ids.length; p++) {
        for (let k = 0; k < m.pathways[p].phases.length; k++) {
          if (sc.w[0][p] === 0 && sc.w[1][p] === 0) continue;
          for (let r = 0; r < R; r++) {
            let s = 0;
            for (let g = 0; g < 2; g++) s += sc.w[g][p] * values[r * L.stride + L.series[g][p].phases[k] + y];
            v[r] = s;
          }
          push(sc.name, year, `${ids[p]}/${m.pathways[p].phases[k].id}`, "persons", "personer", v);
        }
      }
      const cost = Float64Array.from(series(sc.w, "cost", y, v));
      const inv = Float64Array.from(series(sc.w, "investment", y, v));
      const hours = Float64Array.from(series(sc.w, "hours", y, v));
      const total = cost.map((c, r) => c + inv[r]);
      push(sc.name, year, "", "cost_nok", "kr", cost);
      push(sc.name, year, "", "investment_nok", "kr", inv);
      push(sc.name, year, "", "total_cost_nok", "kr", total);
      push(sc.name, year, "", "staff_hours", "timer", hours);
      push(
        sc.name,
        year,
        "",
        "fte",
        "årsverk",
        hours.map((h) => h / o.hoursPerFte),
      );
    }
  }
  const t = transitionNetCost(m, values, from, to, share);
  const cum = new Float64Array(R);
  for (let y = 0; y < Y; y++) {
    const net = t.net.subarray(y * R, (y + 1) * R);
    for (let r = 0; r < R; r++) cum[r] += net[r];
    push("overgang", m.firstYear + y, "", "net_cost_nok", "kr", net);
    push("overgang", m.firstYear + y, "", "cumulative_net_cost_nok", "kr", cum);
  }
  push("overgang", "", "", "break_even_year", "år", t.breakEven);
  return rows;
}

/**
 * The transition against everybody on pathway `from`, per replicate: the yearly net cost
 * (total cost incl. investments of existing persons on `from` and new cases on `to`, minus
 * everybody on `from`; kroner, `net[y × R + r]`; with `share` < 1 only that share of new
 * cases is on `to`, so the net cost is `share` times as large) and the break-even year (the first year
 * the cumulative net cost is at or below 0; `lastYear + 1` when it is not reached).
 */
export function transitionNetCost(m: ScaleUpModel, values: Float64Array, from: number, to: number, share = 1): { net: Float64Array; breakEven: Float64Array } {
  const L = scaleUpLayout(m);
  const R = values.length / L.stride;
  const [old, added] = L.series;
  const net = new Float64Array(L.years * R);
  const breakEven = new Float64Array(R).fill(m.lastYear + 1);
  const cum = new Float64Array(R);
  for (let y = 0; y < L.years; y++) {
    for (let r = 0; r < R; r++) {
      const v = (k: number) => values[r * L.stride + k + y];
      const a = v(old[from].cost) + v(added[to].cost) + (v(old[from].investment) + v(added[to].investment));
      const b = v(old[from].cost) + v(added[from].cost) + (v(old[from].investment) + v(added[from].investment));
      const d = share === 1 ? a - b : share * (a - b);
      net[y * R + r] = d;
      cum[r] += d;
      if (cum[r] <= 0 && breakEven[r] > m.lastYear) breakEven[r] = m.firstYear + y;
    }
  }
  return { net, breakEven };
}
