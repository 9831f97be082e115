import type { RunUncertainty, UncertaintySeries } from "../../run/uncertainty";
import type { Figure } from "../plotly";
import type { RunFigure } from "./run";

/** One fan: a band from `low` to `high` around the `median` line, and optionally the scenario's own (deterministic) values. */
export interface FanSeries {
  name: string;
  x: number[];
  low: number[];
  median: number[];
  high: number[];
  /** The scenario's values without uncertainty (a dotted line). */
  central?: number[];
}

const COLOURS = ["31,119,180", "214,39,40", "44,160,44", "148,103,189", "255,127,14"];

/**
 * A fan chart: for each series a shaded band between its low and high percentile (e.g.
 * P10-P90) around the median (P50) line, and the scenario's own values as a dotted line.
 * `interval` names the band in the legend (e.g. "P10–P90"); `decimals` sets the hover
 * format. Plotly fills each band from its high trace down to the low trace just before it.
 *
 * @example fanFigure([{ name: "80+", x: [2024, 2025], low: [3000, 3050], median: [3000, 3100], high: [3000, 3150] }], { title: "80+", yTitle: "Personer", interval: "P10–P90" })
 */
export function fanFigure(series: readonly FanSeries[], o: { title: string; yTitle: string; interval: string; decimals?: number; xTitle?: string }): Figure {
  const fmt = `,.${o.decimals ?? 0}f`;
  const data: Array<Record<string, unknown>> = [];
  series.forEach((s, k) => {
    for (const [what, v] of [
      ["low", s.low],
      ["median", s.median],
      ["high", s.high],
    ] as const) {
      if (v.length !== s.x.length) throw new Error(`fanFigure requires one ${what} value per x in "${s.name}", got ${v.length} for ${s.x.length}`);
    }
    const c = COLOURS[k % COLOURS.length];
    data.push({
      type: "scatter",
      mode: "lines",
      x: s.x,
      y: s.low,
      line: { width: 0, color: `rgb(${c})` },
      showlegend: false,
      legendgroup: s.name,
      hoverinfo: "skip",
    });
    data.push({
      type: "scatter",
      mode: "lines",
      name: `${s.name}, ${o.interval}`,
      x: s.x,
      y: s.high,
      fill: "tonexty",
      fillcolor: `rgba(${c},0.2)`,
      line: { width: 0, color: `rgb(${c})` },
      legendgroup: s.name,
      customdata: s.low,
      hovertemplate: `%{x}: %{customdata:${fmt}} – %{y:${fmt}}<extra>${s.name} ${o.interval}</extra>`,
    });
    data.push({
      type: "scatter",
      mode: "lines",
      name: `${s.name}, median`,
      x: s.x,
      y: s.median,
      line: { width: 3, color: `rgb(${c})` },
      legendgroup: s.name,
      hovertemplate: `%{x}: %{y:${fmt}}<extra>${s.name} median</extra>`,
    });
    if (s.central) {
      data.push({
        type: "scatter",
        mode: "lines",
        name: `${s.name}, uten usikkerhet`,
        x: s.x,
        y: s.central,
        line: { width: 1.5, dash: "dot", color: `rgb(${c})` },
        legendgroup: s.name,
        hovertemplate: `%{x}: %{y:${fmt}}<extra>${s.name} uten usikkerhet</extra>`,
      });
    }
  });
  return {
    data,
    layout: {
      title: { text: o.title },
      xaxis: { title: { text: o.xTitle ?? "År" } },
      yaxis: { title: { text: o.yTitle }, tickformat: ",.0f", rangemode: "tozero" },
      legend: { orientation: "h", y: -0.2 },
    },
  };
}

/** The legend name of an interval, e.g. "P10–P90". */
export function intervalName(u: Pick<RunUncertainty, "statistics">): string {
  const [lo, , hi] = u.statistics;
  return `${lo.id.toUpperCase()}–${hi.id.toUpperCase()}`;
}

/** A fan of the population of one band or group (e.g. "80+") from a run's uncertainty. */
export function populationFan(u: RunUncertainty, band: string, toYear = Infinity): FanSeries {
  const rows = u.population.filter((r) => r.band === band && r.year <= toYear);
  if (rows.length === 0)
    throw new Error(`populationFan requires a band of the uncertainty table (${[...new Set(u.population.map((r) => r.band))].join(", ")}), got "${band}"`);
  return {
    name: band,
    x: rows.map((r) => r.year),
    low: rows.map((r) => r.stats[0]),
    median: rows.map((r) => r.stats[1]),
    high: rows.map((r) => r.stats[2]),
    central: rows.map((r) => r.central),
  };
}

/** A fan of one series (scaled, e.g. 1e-6 for mill. kr). */
export function seriesFan(s: UncertaintySeries, name: string, scale = 1): FanSeries {
  const f = (v: number[]) => v.map((x) => x * scale);
  return { name, x: s.years, low: f(s.stats[0]), median: f(s.stats[1]), high: f(s.stats[2]), central: f(s.central) };
}

function findSeries(u: RunUncertainty, part: string, variant: string | null, item: string, measure: string): UncertaintySeries[] {
  return u.series.filter((s) => s.part === part && (variant === null || s.variant === variant) && s.item === item && s.measure === measure);
}

const PROFILE_NAMES: Record<string, string> = { today: "Dagens profil", alternative: "Alternativ profil" };

/**
 * The fan charts of a run with uncertainty: residents 80+ (and 90+ when a band), the
 * places of each coverage service counted in places, and årsverk and cost of the housing
 * profiles, and the yearly saving of the persona's scale-up, each with its P10-P90 band
 * (at the run's level) around the median and the scenario's own values dotted.
 */
export function uncertaintyFigures(u: RunUncertainty, place = ""): RunFigure[] {
  const interval = intervalName(u);
  const out: RunFigure[] = [];
  const where = place ? `, ${place}` : "";
  const n = `${u.replicates} replikater, frø ${u.seed}`;
  const older = ["80+", "90+"].filter((b) => u.population.some((r) => r.band === b));
  out.push({
    id: "fig-usikkerhet-eldre",
    title: `Innbyggere ${older.join(" og ")} med usikkerhet`,
    figure: fanFigure(
      older.map((b) => populationFan(u, b)),
      { title: `Innbyggere ${older.join(" og ")}${where} rundt ${u.alternative} (${interval}, ${n})`, yTitle: "Personer", interval, xTitle: "År (1. januar)" },
    ),
  });
  const places = u.series.filter((s) => s.part === "dekningsgrader" && s.item !== "alle" && s.measure === "places");
  if (places.length) {
    out.push({
      id: "fig-usikkerhet-plasser",
      title: "Plasser med dagens dekningsgrader, med usikkerhet",
      figure: fanFigure(
        places.map((s) => seriesFan(s, s.item)),
        { title: `Plasser i alternativ 0 (dagens dekningsgrader), ${interval}`, yTitle: "Plasser", interval },
      ),
    });
  }
  const arsverk = findSeries(u, "boligtrapp", null, "alle", "arsverk");
  if (arsverk.length) {
    out.push({
      id: "fig-usikkerhet-arsverk",
      title: "Årsverk i boligtrappen med usikkerhet",
      figure: fanFigure(
        arsverk.map((s) => seriesFan(s, PROFILE_NAMES[s.variant] ?? s.variant)),
        { title: `Årsverk i boligtrappen, dagens og alternativ profil (${interval})`, yTitle: "Årsverk", interval, decimals: 1 },
      ),
    });
  }
  const cost = findSeries(u, "boligtrapp", null, "alle", "cost");
  if (cost.length) {
    const py = cost[0].priceYear ?? "";
    out.push({
      id: "fig-usikkerhet-kostnad",
      title: "Kostnad i boligtrappen med usikkerhet",
      figure: fanFigure(
        cost.map((s) => seriesFan(s, PROFILE_NAMES[s.variant] ?? s.variant, 1e-6)),
        { title: `Kostnad i boligtrappen, dagens og alternativ profil (${interval})`, yTitle: `Mill. ${py}-kr`, interval, decimals: 1 },
      ),
    });
  }
  if (u.scaleUp) {
    const su = u.scaleUp;
    const py = su.priceYear ?? "";
    const f = (v: number[]) => v.map((x) => x / 1e6);
    out.push({
      id: "fig-usikkerhet-oppskalering",
      title: "Årlig innsparing ved opptrapping med usikkerhet",
      figure: fanFigure(
        [
          {
            name: "Innsparing",
            x: su.years,
            low: f(su.saving.stats[0]),
            median: f(su.saving.stats[1]),
            high: f(su.saving.stats[2]),
            central: f(su.saving.central),
          },
        ],
        {
          title: `Innsparing per år når nye tilfeller får «${su.to.name}» mot alle i «${su.from.name}» (${interval}, ${su.personReplicates} forløp per sett)`,
          yTitle: `Mill. ${py}-kr per år`,
          interval,
          decimals: 1,
        },
      ),
    });
  }
  return out;
}
