import type { EffortResult } from "../effort/run";
import { formatNumber } from "./format";
import { effortTables } from "./effort";
import { staircaseFigure } from "./figures/effort";
import { escapeHtml, htmlTable } from "./html-table";
import { plotlyFigureHtml } from "./plotly";

/**
 * The report's effort-staircase section: the staircase chart, cost, share, recipients,
 * cost per recipient and årsverk per step (the same numbers as innsatstrapp.csv and the
 * workbook's sheet, formatted in Norwegian), the categories and user groups, each view
 * and each shift scenario.
 */
export function effortSectionHtml(result: EffortResult): string[] {
  const d = result.distribution;
  const t = effortTables(result);
  const py = d.priceYear !== undefined ? `${d.priceYear}-kr` : "kr";
  const parts = [
    `<h2>Innsatstrapp</h2>`,
    `<p>${escapeHtml(d.name)}: kostnader i ${py} per år fordelt på ${d.steps.length} trinn, fra forebygging (trinn 1) til institusjon. ` +
      (d.totalGiven
        ? `Andelene er av den oppgitte totalen på ${formatNumber(d.totalCostNok / 1e6, 1)} mill. kr, der trinnene uten tall til sammen står for ${formatNumber(d.withoutFiguresNok / 1e6, 1)} mill. kr.`
        : `Andelene er av summen av trinnene med tall, ${formatNumber(d.totalCostNok / 1e6, 1)} mill. kr.`) +
      ` Tabellen innsatstrapp har alle tallene.</p>`,
    plotlyFigureHtml(staircaseFigure(d), "fig-innsatstrapp"),
  ];
  const tables = [t.steps, t.categories, t.userGroups, t.unallocated, ...(t.views ?? []), t.shifts];
  for (const x of tables) if (x) parts.push(htmlTable(x.header, x.rows, x.title));
  return parts;
}
