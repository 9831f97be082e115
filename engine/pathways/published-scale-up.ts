/**
 * The consultants' scale-up rule ("published" method), from a persona's yearly table: one
 * row per year of the pathway (as published: Johs's table has 19 rows, age 77 twice), with
 * each pathway's cost that year.
 *
 * - Steady state (everybody on one pathway): yearly net cost of pathway p against the
 *   first = persons × (lifetime cost of p − lifetime cost of the first) ÷ spreadYears,
 *   the lifetime cost being the sum of the table's rows (one-off investments not counted).
 * - Transition (existing persons continue on `from`, new cases take `to`): each year
 *   `newCasesPerYear` new cases start at the table's first row and walk one row a year;
 *   the yearly net cost in year k (1 = the first) is newCasesPerYear × Σ over the rows
 *   1…min(k, rows) of (cost on `to` − cost on `from`). Existing persons cancel.
 * - The first yearly saving year is the first k whose net cost is below 0.
 *
 * Default newCasesPerYear = persons ÷ rows (a stationary stock: 684 ÷ 19 = 36).
 */
export interface PublishedScaleUpInput {
  /** Pathway ids in the persona's order; the first is the reference. */
  pathways: readonly string[];
  /** Cost per row and pathway id, kroner a year, rows in the table's order. */
  rows: ReadonlyArray<Record<string, number>>;
  /** Persons with the condition (e.g. 684). */
  persons: number;
  /** Years the lifetime difference is spread over in the steady state. */
  spreadYears: number;
  /** New cases a year in the transition (default persons ÷ rows). */
  newCasesPerYear?: number;
  transition: { from: string; to: string };
  /** Years of the transition reported (default: rows + 1, so the walk reaches its own steady state). */
  years?: number;
}

export interface PublishedScaleUp {
  persons: number;
  spreadYears: number;
  newCasesPerYear: number;
  rowCount: number;
  /** Lifetime cost per pathway (sum of the rows), kroner. */
  lifetime: Record<string, number>;
  /** Steady-state yearly net cost of each pathway against the first, kroner (negative = saving). */
  steadyNetCost: Record<string, number>;
  /** Transition net cost per year 1…years, kroner (negative = saving). */
  transitionNetCost: number[];
  /** The first year (1 = the first) with a net saving, or null when none within `years`. */
  firstYearlySavingYear: number | null;
  /** The transition's own long-run yearly net cost (every row walked): newCasesPerYear × lifetime difference. */
  transitionSteadyNetCost: number;
}

function check(ok: boolean, what: string, expected: string, got: unknown): void {
  if (!ok) throw new Error(`publishedScaleUp requires ${what} ${expected}, got ${String(got)}`);
}

/**
 * The published method's figures (see the file comment). Pure; throws on a bad argument.
 *
 * @example publishedScaleUp({ pathways: ["normal", "proactive"], rows, persons: 684, spreadYears: 15.2, transition: { from: "normal", to: "proactive" } }).steadyNetCost.proactive // ≈ −88.5e6
 */
export function publishedScaleUp(input: PublishedScaleUpInput): PublishedScaleUp {
  const { pathways, rows, persons, spreadYears, transition } = input;
  check(rows.length > 0, "a table of", "at least one row", rows.length);
  check(Number.isFinite(persons) && persons >= 0, "persons", "≥ 0", persons);
  check(spreadYears > 0 && Number.isFinite(spreadYears), "spreadYears", "> 0", spreadYears);
  check(pathways.includes(transition.from), "transition.from", `one of ${pathways.join(", ")}`, transition.from);
  check(pathways.includes(transition.to), "transition.to", `one of ${pathways.join(", ")}`, transition.to);
  const newCases = input.newCasesPerYear ?? persons / rows.length;
  check(Number.isFinite(newCases) && newCases >= 0, "newCasesPerYear", "≥ 0", newCases);
  const years = input.years ?? rows.length + 1;
  check(Number.isInteger(years) && years >= 1, "years", "a whole number ≥ 1", years);
  const cost = (r: Record<string, number>, p: string) => {
    const v = r[p];
    check(Number.isFinite(v), `a cost for pathway "${p}" in`, "every row", v);
    return v;
  };
  const lifetime: Record<string, number> = {};
  for (const p of pathways) lifetime[p] = rows.reduce((s, r) => s + cost(r, p), 0);
  const ref = pathways[0];
  const steadyNetCost: Record<string, number> = {};
  for (const p of pathways) steadyNetCost[p] = (persons * (lifetime[p] - lifetime[ref])) / spreadYears;
  const transitionNetCost: number[] = [];
  let cumulative = 0;
  let first: number | null = null;
  for (let k = 1; k <= years; k++) {
    if (k <= rows.length) cumulative += cost(rows[k - 1], transition.to) - cost(rows[k - 1], transition.from);
    const net = newCases * cumulative;
    transitionNetCost.push(net);
    if (first === null && net < 0) first = k;
  }
  return {
    persons,
    spreadYears,
    newCasesPerYear: newCases,
    rowCount: rows.length,
    lifetime,
    steadyNetCost,
    transitionNetCost,
    firstYearlySavingYear: first,
    transitionSteadyNetCost: newCases * (lifetime[transition.to] - lifetime[transition.from]),
  };
}

/** One figure of a scale-up method: key, value and unit (money in mill. kr). */
export interface MethodFigure {
  key: string;
  value: number;
  unit: string;
}

/**
 * The published method's figures as `key,value,unit` rows: steady_saving_<p> and
 * steady_extra_<p> (mill. kr a year, for every pathway p but the first; saving = minus the
 * extra), transition_net_cost_year_<k> (mill. kr), first_yearly_saving_year (year count
 * from the start; 0 when none), the inputs (persons, spread_years, new_cases_per_year,
 * table_rows) and transition_steady_net_cost (mill. kr).
 */
export function publishedFigureRows(r: PublishedScaleUp, pathways: readonly string[]): MethodFigure[] {
  const mill = (x: number) => x / 1e6;
  const out: MethodFigure[] = [];
  for (const p of pathways.slice(1)) {
    out.push({ key: `steady_saving_${p}`, value: mill(-r.steadyNetCost[p]), unit: "mill. kr" });
    out.push({ key: `steady_extra_${p}`, value: mill(r.steadyNetCost[p]), unit: "mill. kr" });
  }
  r.transitionNetCost.forEach((v, i) => {
    out.push({ key: `transition_net_cost_year_${i + 1}`, value: mill(v), unit: "mill. kr" });
  });
  out.push({ key: "first_yearly_saving_year", value: r.firstYearlySavingYear ?? 0, unit: "år" });
  out.push({ key: "transition_steady_net_cost", value: mill(r.transitionSteadyNetCost), unit: "mill. kr" });
  out.push({ key: "persons", value: r.persons, unit: "personer" });
  out.push({ key: "spread_years", value: r.spreadYears, unit: "år" });
  out.push({ key: "new_cases_per_year", value: r.newCasesPerYear, unit: "personer" });
  out.push({ key: "table_rows", value: r.rowCount, unit: "rader" });
  return out;
}

/**
 * The yearly table the published method walks: the persona's published table as listed
 * (duplicated rows kept, as the consultants summed them), or, without one, the model's
 * deterministic timeline (each age once). Costs per row and pathway, kroner.
 */
export function publishedMethodTable(
  pathways: readonly string[],
  timeline: ReadonlyArray<{ pathway: string; age: number; costNok: number }>,
  published: ReadonlyArray<{ cost: Record<string, number> }> | null,
): { rows: Array<Record<string, number>>; source: "published" | "timeline" } {
  if (published && published.length > 0) return { rows: published.map((r) => ({ ...r.cost })), source: "published" };
  const ages = [...new Set(timeline.map((t) => t.age))].sort((a, b) => a - b);
  const rows = ages.map((a) => Object.fromEntries(pathways.map((p) => [p, timeline.find((t) => t.pathway === p && t.age === a)?.costNok ?? 0])));
  return { rows, source: "timeline" };
}
