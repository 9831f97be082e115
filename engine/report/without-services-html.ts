import { type WithoutServicesSeries, withoutServicesTrend } from "../coverage/without-services";
import { formatNumber, formatPercent } from "./format";
import { escapeHtml, htmlTable } from "./html-table";
import { type Figure, plotlyFigureHtml } from "./plotly";

/** The share of residents 80+ without services per year: the municipality as a thick line, the comparison regions thin. */
export function withoutServicesFigure(s: WithoutServicesSeries): Figure {
  const regions = [...s.regions].sort((a, b) => Number(b.region === s.municipality) - Number(a.region === s.municipality));
  return {
    data: regions.map((r) => {
      const own = r.region === s.municipality;
      return {
        type: "scatter",
        mode: own ? "lines+markers" : "lines",
        name: r.region,
        x: r.values.map((v) => v.year),
        y: r.values.map((v) => v.share * 100),
        line: { width: own ? 4 : 1.5, dash: own ? "solid" : "dot" },
        hovertemplate: `%{x}: %{y:.0f} %<extra>${r.region}</extra>`,
      };
    }),
    layout: {
      title: { text: `80+ uten omsorgstjenester: ${s.municipality} og andre` },
      xaxis: { title: { text: "År" }, dtick: 1 },
      yaxis: { title: { text: "Prosent av innbyggerne 80+" }, rangemode: "tozero" },
      legend: { orientation: "h", y: -0.2 },
    },
  };
}

/** The report's section on residents 80+ without services: a sentence, the figure and a table of first and last year and the change. */
export function withoutServicesSectionHtml(s: WithoutServicesSeries): string[] {
  const trend = withoutServicesTrend(s);
  const own = trend[0];
  const rows = trend.map((t) => [
    t.region,
    `${formatPercent(t.first, 0)} (${t.firstYear})`,
    `${formatPercent(t.last, 0)} (${t.lastYear})`,
    formatNumber(t.change * 100, 0),
  ]);
  return [
    `<h2>Innbyggere 80+ uten omsorgstjenester</h2>`,
    `<p>Andelen av innbyggerne 80 år og eldre som ikke mottar omsorgstjenester i ${escapeHtml(own.region)}: ` +
      `${formatPercent(own.first, 0)} i ${own.firstYear} og ${formatPercent(own.last, 0)} i ${own.lastYear} ` +
      `(${own.change >= 0 ? "+" : "−"}${formatNumber(Math.abs(own.change) * 100, 0)} prosentpoeng), mot sammenligningsgrunnlaget nedenfor. Tabellen uten-tjenester har alle årene.</p>`,
    plotlyFigureHtml(withoutServicesFigure(s), "fig-uten-tjenester"),
    htmlTable(["Region", "Første år", "Siste år", "Endring (prosentpoeng)"], rows, s.name),
  ];
}
