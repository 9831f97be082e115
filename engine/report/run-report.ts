import { aq, type TableRow as Row } from "../table/arquero";
import { seedLabel } from "../scenario/seed";
import type { CouncilSummary } from "../housing/council-summary";
import type { RunResult } from "../run/run";
import { formatNumber, formatPercent } from "./format";
import { runFigures } from "./figures/run";
import { intervalName, uncertaintyFigures } from "./figures/uncertainty";
import type { RunUncertainty } from "../run/uncertainty";
import { arqueroHtmlTable, escapeHtml, htmlTable } from "./html-table";
import { plotlyFigureHtml } from "./plotly";
import { runAssumptions } from "./assumptions";
import { indicatorsHtml } from "./indicators";
import { scaleUpMethodsHtml } from "./scale-up-methods";
import { summaryBasisNote } from "./summary-basis";
import { resultData } from "./result-data";
import { effortSectionHtml } from "./effort-html";
import { homeServicesSectionHtml } from "./home-services-html";
import { withoutServicesSectionHtml } from "./without-services-html";
import { summaryDecimals, summaryUnitText, summaryValueText } from "./summary-cells";
import { savingsHtml } from "./savings";
import { whatIfPanelHtml } from "./whatif/panel";
import { savingsSummaryRows, type SavingsSummaryRow } from "../run/savings";

const STYLE = `body{font-family:"DejaVu Sans",Arial,sans-serif;max-width:960px;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
h1{font-size:1.6em}h2{font-size:1.25em;margin-top:2em;border-bottom:1px solid #ccc}
table{margin:0.8em 0;font-size:0.92em}th{border-bottom:1px solid #999}td{border-bottom:1px solid #eee;vertical-align:top}
.meta{color:#555;font-size:0.9em}.note{background:#fff7d6;padding:0.5em 0.8em;border-left:4px solid #e0b800}
@media print{#trappa-whatif,.whatif-heading{display:none!important}body{max-width:none;margin:0;padding:0}h2,h3{break-after:avoid}.trappa-plot,table{break-inside:avoid}}`;

/** A table of text (every column left-aligned), for assumptions and sources. */
function textHtmlTable(header: string[], rows: string[][]): string {
  const th = header.map((h) => `<th style="text-align:left;padding:2px 8px">${escapeHtml(h)}</th>`).join("");
  const body = rows.map((r) => `<tr>${r.map((c) => `<td style="text-align:left;padding:2px 8px">${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n");
  return `<table style="border-collapse:collapse"><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

const decimalsFor = summaryDecimals;

/** The council summary as an HTML table with Norwegian numbers (with the savings story's headline rows after it, when given). */
export function summaryHtml(s: CouncilSummary, extra: readonly SavingsSummaryRow[] = []): string {
  const rows = [...s.rows, ...extra].map((r) => [r.label, summaryValueText(r.value, r.unit), summaryUnitText(r.unit)]);
  return htmlTable(
    ["", "Verdi", "Enhet"],
    rows,
    `Sammendrag for kommunestyret, ${s.baseYear}–${s.targetYear} (kostnader i mill. ${s.priceYear}-kr; negativ endring = spart)`,
  );
}

/** The council summary's percentiles over the uncertainty replicates, with the scenario's own values. */
export function uncertaintySummaryHtml(u: RunUncertainty): string {
  const show = (v: number, unit: string) => (unit === "andel" ? formatPercent(v, 1) : formatNumber(v, decimalsFor(unit)));
  const rows = u.summary.map((r) => [r.label, ...r.stats.map((v) => show(v, r.unit)), show(r.central, r.unit), r.unit === "andel" ? "" : r.unit]);
  return htmlTable(
    ["", ...u.statistics.map((s) => s.id.toUpperCase()), "Uten usikkerhet", "Enhet"],
    rows,
    `Sammendraget med usikkerhet, ${u.baseYear}–${u.targetYear}: persentiler over ${formatNumber(u.replicates)} replikater (frø ${u.seed})`,
  );
}

function uncertaintyHtml(result: RunResult): string[] {
  const u = result.uncertainty!;
  const interval = intervalName(u);
  const parts = [
    `<h2>Usikkerhet</h2>`,
    `<p>${formatNumber(u.replicates)} replikater med frø ${u.seed}: befolkningen varierer rundt ${escapeHtml(u.alternative)} ` +
      `(SSBs lave og høye baner lest som ${escapeHtml(interval)}), og dekningsgrader, dagens boligprofil, kostnad og årsverk per enhet trekkes fra sine fordelinger ` +
      `(forutsetningene nedenfor). Båndene viser ${escapeHtml(interval)} rundt medianen; den prikkete linjen er scenarioet uten usikkerhet. ` +
      `Tabellene befolkning-usikkerhet, sammendrag-usikkerhet og tjenester-usikkerhet har alle persentilene.</p>`,
  ];
  if (u.summary.length) parts.push(uncertaintySummaryHtml(u));
  for (const f of uncertaintyFigures(u, result.population?.place ?? "")) parts.push(`<h3>${escapeHtml(f.title)}</h3>`, plotlyFigureHtml(f.figure, f.id));
  return parts;
}

/** Population per band in a few years under the reported alternative, and over all bands (the befolkning table, a pivot and a rollup). */
function populationHtml(result: RunResult, alternative: string): string {
  const p = result.population!;
  const data = resultData(result, "befolkning")!
    .params({ alternative, bands: p.bands })
    .filter((d: Row, $: { alternative: string; bands: string[] }) => d.alternative === $.alternative && aq.op.includes($.bands, d.band));
  const years = data.dedupe("year").array("year") as number[];
  const first = years[0],
    last = years[years.length - 1];
  const shown = years.filter((y) => y === first || y === last || y % 10 === 0 || (y % 5 === 0 && y <= 2040));
  // One row per band, one column per year.
  const wide = new Map((data.groupby("band").pivot("year", "value").objects() as Array<Record<string, number>>).map((r) => [String(r.band), r]));
  const get = (y: number, b: string) => wide.get(b)?.[String(y)] ?? 0;
  const body = p.bands.map((b) => [b, ...shown.map((y) => formatNumber(get(y, b))), formatPercent(get(first, b) > 0 ? get(last, b) / get(first, b) - 1 : 0)]);
  // All bands per year.
  const totals = data.groupby("year").rollup({ population: aq.op.sum("value") });
  const totalByYear = new Map((totals.objects() as Array<{ year: number; population: number }>).map((r) => [r.year, r.population]));
  const total = (y: number) => totalByYear.get(y) ?? 0;
  body.push(["I alt", ...shown.map((y) => formatNumber(total(y))), formatPercent(total(last) / total(first) - 1)]);
  return htmlTable(
    ["Aldersgruppe", ...shown.map(String), `Endring ${first}–${last}`],
    body,
    `Befolkning 1. januar, ${p.names[alternative] ?? alternative} (${alternative})`,
  );
}

/** Årsverk and cost per coverage alternative over bands and services (the dekningsgrader table, a rollup per alternative, year and measure). */
function coverageHtml(result: RunResult, targetYear: number): string {
  const data = resultData(result, "dekningsgrader")!;
  const totals = data
    .filter((d: Row) => d.measure === "arsverk" || d.measure === "cost")
    .groupby("alternative", "year", "measure")
    .rollup({ value: aq.op.sum("value") })
    .objects() as Array<{ alternative: string; year: number; measure: string; value: number }>;
  const names = [...new Set(totals.map((r) => r.alternative))];
  const baseYear = Math.min(...totals.map((r) => r.year));
  const byKey = new Map(totals.map((r) => [`${r.alternative}|${r.year}|${r.measure}`, r.value]));
  const sum = (alt: string, year: number, measure: string) => byKey.get(`${alt}|${year}|${measure}`) ?? 0;
  const priceYear = data.filter((d: Row) => d.measure === "cost").get("price_year", 0) ?? "";
  const reference = String(data.get("alternative", 0));
  const body = names.map((n) => [
    n,
    formatNumber(sum(n, baseYear, "arsverk"), 1),
    formatNumber(sum(n, targetYear, "arsverk"), 1),
    formatNumber(sum(n, targetYear, "arsverk") - sum(reference, targetYear, "arsverk"), 1),
    formatNumber(sum(n, targetYear, "cost") / 1e6, 1),
  ]);
  return htmlTable(
    ["Alternativ", `Årsverk ${baseYear}`, `Årsverk ${targetYear}`, "Mot alternativ 0", `Kostnad ${targetYear} (mill. ${priceYear}-kr)`],
    body,
    `Tjenester for innbyggere 67+ i ${targetYear}, alle tjenester`,
  );
}

/**
 * Units to build or convert per period with the alternative profile, and the investment in
 * kroner beside them when the steps have one: the bygging table summed over steps per
 * period (a pivot of the measures).
 */
function buildNeedHtml(result: RunResult): string {
  const data = resultData(result, "bygging")!.filter((d: Row) => d.profile === "alternative");
  const priced = data.filter((d: Row) => d.price_year !== null);
  const py = priced.numRows() ? (priced.get("price_year", 0) as number) : null;
  const withInvestment = py !== null;
  const periods = data.groupby("period").pivot("measure", { value: (d: Row) => aq.op.sum(d.value) });
  const mill = (v: number) => formatNumber(v / 1e6, 1);
  return arqueroHtmlTable(
    periods,
    [
      { key: "period", label: "Periode" },
      { key: "build_units", label: "Enheter å bygge eller bygge om", format: (v: number) => formatNumber(v) },
      ...(withInvestment
        ? [
            { key: "investment_nok", label: `Investering (mill. ${py}-kr)`, format: mill },
            { key: "grant_nok", label: "Statlig tilskudd", format: mill },
            { key: "net_investment_nok", label: "Netto for kommunen", format: mill },
          ]
        : []),
    ],
    `Byggebehov med alternativ profil, alle trinn${withInvestment ? ", med investering = enheter × kostnad per enhet − tilskudd" : " (ingen investeringskostnad per enhet oppgitt)"}`,
  );
}

function calculatorHtml(result: RunResult): string {
  return result.calculator
    .map(({ name, result: r }) => {
      const py = r.catalogue.priceYear ? `${r.catalogue.priceYear}-kr` : "kr";
      const body = r.alternatives.map((a) => [a.name, formatNumber(a.annualCostNok), formatNumber(a.annualStaffHours), formatNumber(a.fte, 2)]);
      return htmlTable(["Alternativ", `Årskostnad (${py})`, "Personaltimer per år", "Årsverk"], body, `${name} (${r.catalogue.name})`);
    })
    .join("\n");
}

export interface RunReportOptions {
  /** The plotly library as an inline script (plotlyScriptHtml()), included once. */
  plotlyScript: string;
  /** Paths of data sources as shown to readers (default: as recorded). */
  showPath?: (path: string) => string;
  /** The «Hva om?» panel's script (whatif/bundle.ts whatIfScript()); absent: no panel. */
  whatIfScript?: string;
}

/**
 * The run's report as one self-contained HTML page (works offline: plotly inlined once,
 * no external resources): title, the council summary, notes, the key charts, the
 * population, services and calculator tables, the assumptions with their sources, the
 * data files, and the seed, replicates, engine version and scenario hash. Norwegian text and
 * number formats. The same result gives the same bytes.
 */
export function runReportHtml(result: RunResult, options: RunReportOptions): string {
  const show = options.showPath ?? ((p: string) => p);
  const figures = runFigures(result);
  const targetYear = result.summary?.targetYear ?? result.coverageHousing?.housing?.targetYear ?? 2040;
  const alternative = result.coverageHousing?.alternative ?? result.population?.alternatives[0] ?? "MMMM";
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtml(result.title)}</h1>`);
  parts.push(
    `<p class="meta">Scenario: ${escapeHtml(result.name)} (${escapeHtml(result.file)}${result.chain.length > 1 ? `, arver fra ${escapeHtml(result.chain.slice(0, -1).join(", "))}` : ""}). ` +
      `Befolkningsalternativ for tjenester og boligtrapp: ${escapeHtml(alternative)}. Frø ${escapeHtml(seedLabel(result.resolved))}, ${formatNumber(result.replicates)} replikater. ` +
      `Trappa ${escapeHtml(result.engineVersion)}. Innholdshash ${result.hash.slice(0, 12)}.</p>`,
  );
  for (const n of result.notes) parts.push(`<p class="note">${escapeHtml(n)}</p>`);
  if (result.summary)
    parts.push(
      `<h2>Sammendrag for kommunestyret</h2>`,
      summaryHtml(result.summary, result.savings ? savingsSummaryRows(result.savings) : []),
      `<p>${escapeHtml(summaryBasisNote(result.summary))}</p>`,
    );
  if (options.whatIfScript) parts.push(whatIfPanelHtml(result, options.whatIfScript, result.file));
  if (result.withoutServices) parts.push(...withoutServicesSectionHtml(result.withoutServices));
  parts.push(...indicatorsHtml(result));
  if (result.buildNeed) parts.push(buildNeedHtml(result));
  // The scale-up's two methods: a part of the savings section when the run has one, else a section of its own.
  const methods = scaleUpMethodsHtml(
    result.tables.find((t) => t.id === "oppskalering-metoder")?.data,
    targetYear,
    { table: htmlTable, escape: escapeHtml },
    result.pathwayNames,
    result.savings ? "h3" : "h2",
  );
  if (!result.savings) parts.push(...methods);
  if (figures.length) {
    parts.push(`<h2>Figurer</h2>`);
    for (const f of figures) parts.push(`<h3>${escapeHtml(f.title)}</h3>`, plotlyFigureHtml(f.figure, f.id));
  }
  if (result.uncertainty) parts.push(...uncertaintyHtml(result));
  if (result.savings) parts.push(...savingsHtml(result.savings, result.uncertainty, plotlyFigureHtml), ...methods);
  if (result.population) parts.push(`<h2>Befolkning</h2>`, populationHtml(result, alternative));
  if (result.coverageHousing?.coverage) parts.push(`<h2>Dekningsgrader</h2>`, coverageHtml(result, targetYear));
  if (result.calculator.length) parts.push(`<h2>Ressurskalkulator</h2>`, calculatorHtml(result));
  if (result.effort) parts.push(...effortSectionHtml(result.effort));
  if (result.homeServices) parts.push(...homeServicesSectionHtml(result.homeServices));
  parts.push(
    `<h2>Forutsetninger og kilder</h2>`,
    textHtmlTable(
      ["Del", "Forutsetning", "Verdi", "Kilde"],
      runAssumptions(result).map((a) => [a.part, a.item, a.value, a.source]),
    ),
  );
  parts.push(
    `<h2>Datafiler</h2>`,
    textHtmlTable(
      ["Rolle", "Fil"],
      result.sources.map((s) => [s.role, show(s.path)]),
    ),
  );
  parts.push(
    `<h2>Om kjøringen</h2>`,
    textHtmlTable(
      ["", ""],
      [
        ["Scenario", result.name],
        ["Scenariofil", result.file],
        ["Innholdshash (SHA-256)", result.hash],
        ["Motorversjon", `Trappa ${result.engineVersion}`],
        ["Frø", seedLabel(result.resolved)],
        ["Replikater", formatNumber(result.replicates)],
        ["Tabeller", result.tables.map((t) => `${t.id}.csv`).join(", ")],
      ],
    ),
  );
  return `<!DOCTYPE html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(result.title)}</title>\n<style>${STYLE}</style>\n${options.plotlyScript}\n</head>\n<body>\n${parts.join("\n")}\n</body>\n</html>\n`;
}
