import { aq, type ColumnTable, type TableRow as Row } from "../../table/arquero";
import { resultData } from "../result-data";
import type { RunResult } from "../../run/run";
import type { Figure } from "../plotly";
import { bandLinesFigure } from "./population";

/** A chart of a run's report: an id (for the div and the PNG file), a Norwegian title and the figure. */
export interface RunFigure {
  id: string;
  title: string;
  figure: Figure;
}

const lineLayout = (title: string, yTitle: string, tickformat = ",.0f"): Record<string, unknown> => ({
  title: { text: title },
  xaxis: { title: { text: "År" } },
  yaxis: { title: { text: yTitle }, tickformat, rangemode: "tozero" },
  legend: { orientation: "h", y: -0.2 },
});

/** Sum of a coverage measure over bands and services per alternative and year (a rollup of the run's `dekningsgrader` table), as one line per alternative. */
export function coverageLinesFigure(coverage: ColumnTable, measure: "arsverk" | "cost", title: string): Figure {
  const scale = measure === "cost" ? 1e-6 : 1;
  const sums = coverage
    .params({ measure })
    .filter((d: Row, $: { measure: string }) => d.measure === $.measure)
    .groupby("alternative", "year")
    .rollup({ value: aq.op.sum("value") });
  const costs = coverage.filter((d: Row) => d.measure === "cost");
  const priceYear = costs.numRows() ? costs.get("price_year", 0) : null;
  const data = [...new Set(sums.array("alternative") as string[])].map((name, k) => {
    const line = sums.params({ name }).filter((d: Row, $: { name: string }) => d.alternative === $.name);
    return {
      type: "scatter",
      mode: "lines",
      name,
      x: line.array("year") as number[],
      y: (line.array("value") as number[]).map((v) => v * scale),
      line: { dash: k === 0 ? "solid" : "dash", width: k === 0 ? 3 : 2 },
      hovertemplate: `%{x}: %{y:,.1f}<extra>${name}</extra>`,
    };
  });
  const yTitle = measure === "cost" ? `Mill. ${priceYear ?? ""}-kr` : "Årsverk";
  return { data, layout: lineLayout(title, yTitle, ",.0f") };
}

/** Årsverk (or cost in mill. kr) per year with today's and the alternative housing profile, summed over steps (a rollup of the run's `boligtrapp-sum` table). */
export function housingLinesFigure(totals: ColumnTable, measure: "arsverk" | "cost", title: string, priceYear: number | null): Figure {
  const scale = measure === "cost" ? 1e-6 : 1;
  const names = { today: "Dagens profil", alternative: "Alternativ profil" } as const;
  const sums = totals
    .params({ measure })
    .filter((d: Row, $: { measure: string }) => d.measure === $.measure)
    .groupby("profile", "year")
    .rollup({ value: aq.op.sum("value") });
  const data = (["today", "alternative"] as const).map((profile) => {
    const line = sums.params({ profile }).filter((d: Row, $: { profile: string }) => d.profile === $.profile);
    return {
      type: "scatter",
      mode: "lines",
      name: names[profile],
      x: line.array("year") as number[],
      y: (line.array("value") as number[]).map((v) => v * scale),
      line: { dash: profile === "today" ? "solid" : "dash", width: 3 },
      hovertemplate: `%{x}: %{y:,.1f}<extra>${names[profile]}</extra>`,
    };
  });
  return { data, layout: lineLayout(title, measure === "cost" ? `Mill. ${priceYear}-kr` : "Årsverk") };
}

/** Residents 67+ on each housing step: the base year, and the target year with today's and the alternative profile (stacked bars; the residents of the run's `boligtrapp-sum` table, a pivot by step). */
export function housingStepsFigure(
  totals: ColumnTable,
  steps: ReadonlyArray<{ id: string; name: string }>,
  baseYear: number,
  targetYear: number,
  title: string,
): Figure {
  const columns = [
    { label: `${baseYear}`, profile: "today" as const, year: baseYear },
    { label: `${targetYear}, dagens profil`, profile: "today" as const, year: targetYear },
    { label: `${targetYear}, alternativ profil`, profile: "alternative" as const, year: targetYear },
  ];
  const residents = new Map(
    (
      totals
        .filter((d: Row) => d.measure === "residents")
        .groupby("profile", "year")
        .pivot("step", "value")
        .objects() as Array<Record<string, number>>
    ).map((r) => [`${r.profile}|${r.year}`, r]),
  );
  const data = steps.map((step) => ({
    type: "bar",
    name: step.name,
    x: columns.map((c) => c.label),
    y: columns.map((c) => residents.get(`${c.profile}|${c.year}`)?.[step.id] ?? 0),
    hovertemplate: `%{x}: %{y:,.0f}<extra>${step.name}</extra>`,
  }));
  return {
    data,
    layout: {
      title: { text: title },
      barmode: "stack",
      xaxis: { type: "category" },
      yaxis: { title: { text: "Beboere" }, tickformat: ",.0f" },
      legend: { orientation: "h", y: -0.2 },
    },
  };
}

/**
 * The key charts of a run's report: older residents by band under each population
 * alternative, årsverk and cost of the housing profiles, residents per housing step, and
 * årsverk and cost per coverage alternative. Charts of parts the run skipped are left out.
 */
export function runFigures(result: RunResult): RunFigure[] {
  const out: RunFigure[] = [];
  const p = result.population;
  if (p) {
    const older = p.bands.filter((b) => Number(b.split(/[-+]/)[0]) >= 67);
    const bands = older.length ? older : p.bands;
    out.push({
      id: "fig-befolkning",
      title: `Eldre innbyggere i ${p.place}`,
      figure: bandLinesFigure(p.rows, bands, `Innbyggere ${bands.join(", ")} år, ${p.place}`, p.names),
    });
  }
  const ch = result.coverageHousing;
  if (ch?.housing) {
    const target = result.summary?.targetYear ?? ch.housing.targetYear;
    const totals = resultData(result, "boligtrapp-sum")!;
    out.push({
      id: "fig-boligtrapp-beboere",
      title: "Beboere 67+ per trinn i boligtrappen",
      figure: housingStepsFigure(totals, ch.housing.steps, ch.housing.baseYear, target, `Beboere 67+ per trinn, ${ch.housing.baseYear} og ${target}`),
    });
    out.push({
      id: "fig-boligtrapp-arsverk",
      title: "Årsverk med dagens og alternativ boligprofil",
      figure: housingLinesFigure(totals, "arsverk", "Årsverk i boligtrappen, dagens og alternativ profil", ch.housing.priceYear),
    });
    out.push({
      id: "fig-boligtrapp-kostnad",
      title: "Kostnad med dagens og alternativ boligprofil",
      figure: housingLinesFigure(totals, "cost", "Kostnad i boligtrappen, dagens og alternativ profil", ch.housing.priceYear),
    });
  }
  if (ch?.coverage) {
    out.push({
      id: "fig-dekning-arsverk",
      title: "Årsverk per alternativ (dekningsgrader)",
      figure: coverageLinesFigure(resultData(result, "dekningsgrader")!, "arsverk", "Årsverk i tjenestene, alternativ 0 og alternativene"),
    });
  }
  return out;
}
