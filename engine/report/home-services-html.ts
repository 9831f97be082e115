import type { HomeServicesRun } from "../run/parts/home-services";
import { formatNumber, formatPercent } from "./format";
import { homeServiceTables } from "./home-services";
import { escapeHtml, htmlTable } from "./html-table";
import { type Figure, plotlyFigureHtml } from "./plotly";

/** Recipients by hours decided per week as a bar chart (count per band, the share as the bar's text). */
export function hoursFigure(run: HomeServicesRun): Figure {
  const b = run.result.byHours;
  return {
    data: [
      {
        type: "bar",
        x: b.map((x) => x.label),
        y: b.map((x) => x.count),
        text: b.map((x) => formatPercent(x.share, 0)),
        textposition: "outside",
        marker: { color: "#2f6f8f" },
        cliponaxis: false,
      },
    ],
    layout: {
      title: { text: `Mottakere av hjemmetjenester etter vedtatte timer per uke (${formatNumber(run.result.recipients)} mottakere)` },
      xaxis: { title: { text: "Timer per uke" }, type: "category" },
      yaxis: { title: { text: "Mottakere" }, rangemode: "tozero" },
      margin: { t: 60, b: 60, l: 70, r: 20 },
    },
  };
}

/** The report's home-service section: the summary sentence, the hours chart and the tables (the same numbers as hjemmetjenester.csv). */
export function homeServicesSectionHtml(run: HomeServicesRun): string[] {
  const r = run.result;
  const parts = [
    `<h2>Hjemmetjenester</h2>`,
    `<p>${escapeHtml(r.name)}: ${formatNumber(r.recipients)} mottakere med ${formatNumber(r.decisions)} vedtak og ${formatNumber(r.hoursPerWeek, 1)} vedtatte timer per uke. ` +
      `${formatPercent(r.byHours[0].share, 0)} har under 1 time i uka, ${formatPercent(r.extensive.share, 0)} har ${formatNumber(r.extensiveHours, 0)} timer eller mer. ` +
      `Årsverkene som trengs er regnet ved ${formatPercent(r.directShare, 0)} direkte tid og ${formatNumber(r.hoursPerArsverk)} timer per årsverk. Tabellen hjemmetjenester har alle tallene.</p>`,
    plotlyFigureHtml(hoursFigure(run), "fig-hjemmetjenester-timer"),
  ];
  const shift = run.shift ? { name: run.shift.name, result: run.shift.result, hoursPerWeek: run.shift.hoursPerWeek } : undefined;
  for (const t of homeServiceTables(r, shift)) parts.push(htmlTable(t.header, t.rows, t.title));
  return parts;
}
