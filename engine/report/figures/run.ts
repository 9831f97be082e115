import { aq } from "../../table/arquero";
import type { CoverageRow } from "../../coverage/types";
import type { StaircaseResult } from "../../housing/types";
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

/** Sum of a coverage measure over bands and services per alternative and year (arquero groupby/rollup), as one line per alternative. */
export function coverageLinesFigure(rows: readonly CoverageRow[], measure: "arsverk" | "cost", title: string): Figure {
  const scale = measure === "cost" ? 1e-6 : 1;
  const sums = aq
    .from(rows)
    .params({ measure })
    .filter((d: CoverageRow, $: { measure: string }) => d.measure === $.measure)
    .groupby("scenario", "year")
    .rollup({ value: aq.op.sum("value") });
  const priceYear = rows.find((r) => r.measure === "cost")?.priceYear;
  const data = [...new Set(sums.array("scenario") as string[])].map((name, k) => {
    const line = sums.params({ name }).filter((d: { scenario: string }, $: { name: string }) => d.scenario === $.name);
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

/** Årsverk (or cost in mill. kr) per year with today's and the alternative housing profile, summed over steps (arquero groupby/rollup). */
export function housingLinesFigure(result: StaircaseResult, measure: "arsverk" | "cost", title: string): Figure {
  const scale = measure === "cost" ? 1e-6 : 1;
  const names = { today: "Dagens profil", alternative: "Alternativ profil" } as const;
  const sums = aq
    .from(result.totals)
    .groupby("profile", "year")
    .rollup({ value: aq.op.sum(measure) });
  const data = (["today", "alternative"] as const).map((profile) => {
    const line = sums.params({ profile }).filter((d: { profile: string }, $: { profile: string }) => d.profile === $.profile);
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
  return { data, layout: lineLayout(title, measure === "cost" ? `Mill. ${result.priceYear}-kr` : "Årsverk") };
}

/** Residents 67+ on each housing step: the base year, and the target year with today's and the alternative profile (stacked bars). */
export function housingStepsFigure(result: StaircaseResult, targetYear: number, title: string): Figure {
  const columns = [
    { label: `${result.baseYear}`, profile: "today" as const, year: result.baseYear },
    { label: `${targetYear}, dagens profil`, profile: "today" as const, year: targetYear },
    { label: `${targetYear}, alternativ profil`, profile: "alternative" as const, year: targetYear },
  ];
  const data = result.steps.map((step) => ({
    type: "bar",
    name: step.name,
    x: columns.map((c) => c.label),
    y: columns.map((c) => result.totals.find((t) => t.profile === c.profile && t.year === c.year && t.step === step.id)?.residents ?? 0),
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
    out.push({
      id: "fig-boligtrapp-beboere",
      title: "Beboere 67+ per trinn i boligtrappen",
      figure: housingStepsFigure(ch.housing, target, `Beboere 67+ per trinn, ${ch.housing.baseYear} og ${target}`),
    });
    out.push({
      id: "fig-boligtrapp-arsverk",
      title: "Årsverk med dagens og alternativ boligprofil",
      figure: housingLinesFigure(ch.housing, "arsverk", "Årsverk i boligtrappen, dagens og alternativ profil"),
    });
    out.push({
      id: "fig-boligtrapp-kostnad",
      title: "Kostnad med dagens og alternativ boligprofil",
      figure: housingLinesFigure(ch.housing, "cost", "Kostnad i boligtrappen, dagens og alternativ profil"),
    });
  }
  if (ch?.coverage) {
    out.push({
      id: "fig-dekning-arsverk",
      title: "Årsverk per alternativ (dekningsgrader)",
      figure: coverageLinesFigure(ch.coverage, "arsverk", "Årsverk i tjenestene, alternativ 0 og alternativene"),
    });
  }
  return out;
}
