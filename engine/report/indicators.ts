import type { RunResult } from "../run/run";
import { formatNumber } from "./format";
import type { ColumnTable, TableRow as Row } from "../table/arquero";
import { escapeHtml, htmlTable } from "./html-table";
import { resultData } from "./result-data";

/**
 * The section "Egne nøkkeltall": the scenario's own formulas with their values in the first
 * year, the target year and the last year of the run, and, with uncertainty, the target
 * year's interval over the replicates. Empty without indicators.
 */
export function indicatorsHtml(result: RunResult): string[] {
  if (!result.indicators.length) return [];
  const target = result.resolved.targetYear;
  const years = [...new Set(result.indicators.flatMap((v) => [v.years[0], target, v.years[v.years.length - 1]]))]
    .filter((y) => y !== undefined)
    .sort((a, b) => a - b);
  const u = result.uncertainty;
  const stats = u?.statistics ?? [];
  // The values per indicator and year (a pivot of the indikatorer table), and the target year's percentiles (of indikatorer-usikkerhet).
  const byIndicator = pivotBy(resultData(result, "indikatorer")!.groupby("indicator").pivot("year", "value"));
  const uncertain = u ? resultData(result, "indikatorer-usikkerhet") : undefined;
  const percentiles = uncertain
    ? pivotBy(
        uncertain
          .params({ target })
          .filter((d: Row, $: { target: number }) => d.year === $.target)
          .groupby("indicator")
          .pivot("statistic", "value"),
      )
    : new Map<string, Record<string, number>>();
  const rows = result.indicators.map((v) => {
    const values = byIndicator.get(v.name) ?? {};
    const at = (y: number) => (values[String(y)] == null ? "–" : formatNumber(values[String(y)], v.decimals));
    const p = percentiles.get(v.name);
    const lo = p?.[stats[0]?.id];
    const hi = p?.[stats[stats.length - 1]?.id];
    const interval = u ? [lo != null && hi != null ? `${formatNumber(lo, v.decimals)} – ${formatNumber(hi, v.decimals)}` : "–"] : [];
    return [v.name, ...years.map(at), ...interval, v.unit, v.formula];
  });
  const head = [
    "Nøkkeltall",
    ...years.map(String),
    ...(u ? [`${stats[0].id.toUpperCase()}–${stats[stats.length - 1].id.toUpperCase()} ${target}`] : []),
    "Enhet",
    "Formel",
  ];
  return [
    `<h2>Egne nøkkeltall</h2>`,
    `<p>Nøkkeltall scenarioet definerer selv som formler over kjøringens mål (indicators i scenariofilen), beregnet for hvert år under ${escapeHtml(result.resolved.alternative)} og alternativ 0 for dekningsgradene` +
      `${u ? `; intervallet er persentilene av formelen regnet i hvert av de ${formatNumber(u.replicates)} replikatene` : ""}. Alle årene står i tabellen indikatorer.csv.</p>`,
    htmlTable(head, rows, "Egne nøkkeltall"),
  ];
}

/** The rows of a pivot by its key column `indicator`. */
function pivotBy(t: ColumnTable): Map<string, Record<string, number>> {
  return new Map((t.objects() as Array<Record<string, number>>).map((r) => [String(r.indicator), r]));
}
