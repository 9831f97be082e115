import { aq, type ColumnTable, type TableRow as Row } from "../table/arquero";
import type { ResultTable } from "./result-table";
import type { SavingsContext, SavingsFigure, SavingsStory } from "./savings";

function checkColumns(t: ResultTable, keys: readonly string[]): ColumnTable {
  const names = t.data.columnNames();
  const missing = keys.filter((k) => !names.includes(k));
  if (missing.length) throw new Error(`savingsStory requires the columns ${missing.map((k) => `"${k}"`).join(", ")} in table ${t.id}, got ${names.join(", ")}`);
  return t.data;
}

type Figures = { scenario: string; year: number | null; measure: string } & SavingsFigure;

/**
 * The savings story read from a run's `persona-tidslinje` and `oppskalering` tables (the
 * figures the CSVs hold, unchanged; arquero rollups and a pivot of the statistics) and the
 * personas part's context; null when the run has no scale-up. Money in kr of the persona's
 * price year.
 *
 * @example savingsStory(result.tables, ctx)?.breakEven.p50 // 2031 for scenarios/default.json
 */
export function savingsStory(tables: readonly ResultTable[], ctx: SavingsContext): SavingsStory | null {
  const upTable = tables.find((t) => t.id === "oppskalering");
  const tlTable = tables.find((t) => t.id === "persona-tidslinje");
  if (!upTable || !tlTable) return null;
  const tl = checkColumns(tlTable, ["pathway", "age", "measure", "value"]);
  const up = checkColumns(upTable, ["scenario", "year", "phase", "measure", "statistic", "value", "seed", "replicates"]);
  const pathways = Object.keys(ctx.names);
  // One person per pathway: lifetime cost and staff hours over the ages (each age once), and the ages.
  const perPathway = tl
    .groupby("pathway")
    .rollup({
      costNok: (d: Row) => aq.op.sum(d.measure === "cost" ? d.value : 0),
      staffHours: (d: Row) => aq.op.sum(d.measure === "staff_hours" ? d.value : 0),
      fromAge: (d: Row) => aq.op.min(d.age),
      toAge: (d: Row) => aq.op.max(d.age),
    })
    .objects() as Array<{ pathway: string; costNok: number; staffHours: number; fromAge: number; toAge: number }>;
  const person = pathways.map(
    (p) =>
      perPathway.find((r) => r.pathway === p) ?? { pathway: p, costNok: 0, staffHours: 0, fromAge: Number.POSITIVE_INFINITY, toAge: Number.NEGATIVE_INFINITY },
  );
  // The municipality's figures (rows without a phase): one row per scenario, year and measure, the statistics side by side.
  const figures = new Map(
    (
      up
        .filter((d: Row) => d.phase === "")
        .groupby("scenario", "year", "measure")
        .pivot("statistic", "value")
        .objects() as Figures[]
    ).map((f) => [`${f.scenario}|${f.year ?? ""}|${f.measure}`, f]),
  );
  const get = (scenario: string, year: number | "", measure: string): SavingsFigure => {
    const f = figures.get(`${scenario}|${year}|${measure}`);
    if (!f) throw new Error(`savingsStory requires oppskalering rows for ${scenario}, ${year === "" ? "(no year)" : year}, ${measure}; got none`);
    const stat = (x: number | undefined) => (typeof x === "number" ? x : Number.NaN);
    return { mean: stat(f.mean), p5: stat(f.p5), p50: stat(f.p50), p95: stat(f.p95) };
  };
  const years = (
    up
      .filter((d: Row) => d.year !== null)
      .dedupe("year")
      .orderby("year")
      .array("year") as number[]
  ).slice();
  const firstYearPersons = (firstYear: number) =>
    (up
      .params({ scenario: `alle-${pathways[0]}`, year: firstYear })
      .filter(
        (d: Row, $: { scenario: string; year: number }) => d.scenario === $.scenario && d.year === $.year && d.measure === "persons" && d.statistic === "mean",
      )
      .rollup({ n: (d: Row) => aq.op.sum(d.value) })
      .get("n", 0) as number | undefined) ?? 0;
  return {
    ...ctx,
    pathways,
    person,
    transition: { from: pathways[0], to: pathways[1] },
    firstYear: years[0],
    lastYear: years[years.length - 1],
    seed: Number(up.get("seed", 0)),
    replicates: Number(up.get("replicates", 0)),
    firstYearPersons: firstYearPersons(years[0]),
    years: years.map((year) => ({
      year,
      cost: Object.fromEntries(pathways.map((p) => [p, get(`alle-${p}`, year, "total_cost_nok")])),
      net: get("overgang", year, "net_cost_nok"),
      cumulative: get("overgang", year, "cumulative_net_cost_nok"),
    })),
    breakEven: get("overgang", "", "break_even_year"),
  };
}
