import type { RunResult } from "../run/run";
import { formatNumber } from "./format";
import { escapeHtml, htmlTable } from "./html-table";

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
  const rows = result.indicators.map((v) => {
    const at = (y: number) => {
      const t = v.years.indexOf(y);
      return t < 0 ? "–" : formatNumber(v.values[t], v.decimals);
    };
    const p = u?.indicators.find((x) => x.name === v.name);
    const t = p ? p.years.indexOf(target) : -1;
    const interval = p && t >= 0 ? [`${formatNumber(p.stats[0][t], v.decimals)} – ${formatNumber(p.stats[stats.length - 1][t], v.decimals)}`] : u ? ["–"] : [];
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
