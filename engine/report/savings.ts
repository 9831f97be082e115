import type { RunUncertainty } from "../run/uncertainty";
import type { SavingsStory } from "../run/savings";
import { formatNumber } from "./format";
import { escapeHtml, htmlTable } from "./html-table";
import type { Figure } from "./plotly";

/** Published figures the Færder savings story is checked against (../shared/DOMAIN.md, «Persona pathways: Johs»). */
export const PUBLISHED_SCALE_UP = {
  /** "Færder has about 684 persons with a presumed dementia diagnosis." */
  personsWithDementia: 684,
  /** The transition "turns into a yearly saving after about seven years". */
  yearsToYearlySaving: 7,
} as const;

const mill = (x: number) => formatNumber(x / 1e6, 1);
/** A (fractional) year with one decimal and no thousands separator: 2030.6 → "2030,6". */
const yearText = (y: number) => y.toFixed(1).replace(".", ",");
const kr = (s: SavingsStory) => (s.priceYear !== null ? `${s.priceYear}-kr` : "kr");

/** The first year the transition's yearly net cost is at or below 0 (mean), or null. */
export function firstYearlySavingYear(s: SavingsStory): number | null {
  return s.years.find((y) => y.net.mean <= 0)?.year ?? null;
}

/** One person on each pathway: lifetime cost and staff hours of the model beside the published totals. */
function personHtml(s: SavingsStory): string {
  const rows = s.person.map((p) => {
    const pub = s.published?.[p.pathway];
    return [
      s.names[p.pathway] ?? p.pathway,
      `${p.fromAge}–${p.toAge} år`,
      formatNumber(p.costNok),
      pub ? formatNumber(pub.eachAgeOnceNok) : "",
      pub ? formatNumber(pub.listedNok) : "",
      formatNumber(p.staffHours),
    ];
  });
  return htmlTable(
    ["Forløp", "Alder", `Kostnad i livsløpet (${kr(s)})`, "Publisert, hver alder én gang", "Publisert sum (alder 77 to ganger)", "Personaltimer"],
    rows,
    `Én person: ${s.persona} på hvert av forløpene (modellens tidslinje og den publiserte tabellen)`,
  );
}

/** The municipality year by year: cost with everybody on each pathway, the transition's net cost and its cumulative sum (Monte Carlo means, P5–P95). */
function municipalityHtml(s: SavingsStory): string {
  const rows = s.years.map((y) => [
    String(y.year),
    ...s.pathways.map((p) => mill(y.cost[p].mean)),
    mill(y.net.mean),
    mill(y.net.p5),
    mill(y.net.p95),
    mill(y.cumulative.mean),
  ]);
  return htmlTable(
    ["År", ...s.pathways.map((p) => `Alle på ${(s.names[p] ?? p).toLocaleLowerCase("nb")}`), "Overgang: netto", "Netto P5", "Netto P95", "Netto akkumulert"],
    rows,
    `Kommunen: årlig kostnad (mill. ${kr(s)}, tjenester og investeringer) og overgangen der nye tilfeller får ${(s.names[s.transition.to] ?? s.transition.to).toLocaleLowerCase("nb")} (negativ = spart)`,
  );
}

/** The scale-up's uncertainty from the run's uncertainty part (parameter sets): yearly saving and break-even year at each percentile. */
function uncertaintyHtml(s: SavingsStory, u: RunUncertainty): string {
  const su = u.scaleUp!;
  const last = su.years.length - 1;
  const ids = u.statistics.map((x) => x.id.toUpperCase());
  return htmlTable(
    ["", ...ids, "Uten usikkerhet"],
    [
      [`Årlig innsparing i ${su.years[last]} (mill. ${kr(s)})`, ...su.saving.stats.map((v) => mill(v[last])), mill(su.saving.central[last])],
      ["Første år overgangen har tjent seg inn (forventet)", ...su.breakEven.stats.map(yearText), yearText(su.breakEven.central)],
    ],
    `Overgangen med usikkerhet: persentiler over ${formatNumber(u.replicates)} parametersett (forekomst, insidens, levetid, kostnad og varighet per fase)`,
  );
}

/** The run's figures beside the published ones they are checked against. */
function publishedHtml(s: SavingsStory): string {
  const yearly = firstYearlySavingYear(s);
  const rows: string[][] = [];
  rows.push([
    `Personer med demens i kommunen, gjennomsnitt over ${s.firstYear}`,
    formatNumber(s.firstYearPersons),
    formatNumber(PUBLISHED_SCALE_UP.personsWithDementia),
    "forekomst × befolkning (HUNT4) mot konsulentenes anslag",
  ]);
  rows.push([
    "Overgang: år med årlig innsparing",
    yearly === null ? `ikke innen ${s.lastYear}` : `${yearly} (år ${yearly - s.firstYear + 1})`,
    `etter om lag ${PUBLISHED_SCALE_UP.yearsToYearlySaving} år`,
    "nye tilfeller på proaktivt forløp, de andre fortsetter",
  ]);
  rows.push(["Overgang: akkumulert lønnsom (median)", formatNumber(s.breakEven.p50), "ikke publisert", "første år akkumulert nettokostnad ≤ 0"]);
  return `<table style="border-collapse:collapse"><caption style="text-align:left;font-weight:bold">Kjøringens tall ved siden av de publiserte (../shared/DOMAIN.md)</caption><thead><tr>${[
    "",
    "Kjøringen",
    "Publisert",
    "Merknad",
  ]
    .map((h) => `<th style="text-align:left;padding:2px 8px">${escapeHtml(h)}</th>`)
    .join(
      "",
    )}</tr></thead><tbody>\n${rows.map((r) => `<tr>${r.map((c) => `<td style="text-align:left;padding:2px 8px">${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n")}\n</tbody></table>`;
}

/** Yearly cost with everybody on each pathway and with the transition, mill. kr. */
export function savingsFigure(s: SavingsStory): Figure {
  const x = s.years.map((y) => y.year);
  const data = s.pathways.map((p, k) => ({
    type: "scatter",
    mode: "lines",
    name: `Alle på ${(s.names[p] ?? p).toLocaleLowerCase("nb")}`,
    x,
    y: s.years.map((y) => y.cost[p].mean / 1e6),
    line: { width: 2, dash: k === 0 ? "solid" : "dot" },
    hovertemplate: `%{x}: %{y:,.1f}<extra>${s.names[p] ?? p}</extra>`,
  }));
  data.push({
    type: "scatter",
    mode: "lines",
    name: "Overgang (nye tilfeller proaktivt)",
    x,
    y: s.years.map((y) => (y.cost[s.transition.from].mean + y.net.mean) / 1e6),
    line: { width: 3, dash: "solid" },
    hovertemplate: "%{x}: %{y:,.1f}<extra>Overgang</extra>",
  });
  return {
    data,
    layout: {
      title: { text: `Personaforløpene i kommunen: årlig kostnad (mill. ${kr(s)})` },
      xaxis: { title: { text: "År" } },
      yaxis: { title: { text: `Mill. ${kr(s)}` }, tickformat: ",.0f", rangemode: "tozero" },
      legend: { orientation: "h", y: -0.2 },
    },
  };
}

/**
 * The report's section «Personaforløp og innsparing»: the persona's pathways for one person
 * (beside the published totals), then the municipality year by year (cost with everybody
 * on each pathway, the transition's net cost and cumulative sum, the break-even year), the
 * uncertainty percentiles when the run has them, and the run's figures beside the published
 * ones. `figureHtml` draws the chart (the report passes plotlyFigureHtml).
 */
export function savingsHtml(s: SavingsStory, uncertainty: RunUncertainty | undefined, figureHtml: (f: Figure, id: string) => string): string[] {
  const to = (s.names[s.transition.to] ?? s.transition.to).toLocaleLowerCase("nb");
  const from = (s.names[s.transition.from] ?? s.transition.from).toLocaleLowerCase("nb");
  const last = s.years[s.years.length - 1];
  const parts = [
    `<h2>Personaforløp og innsparing</h2>`,
    `<p>${escapeHtml(s.persona)} følges på hvert forløp fra diagnose til død, priset med ressurskalkulatoren. ` +
      `Deretter skaleres forløpene opp til kommunen (personer med demens ved start og nye tilfeller hvert år, på kjøringens befolkning). ` +
      `I overgangen får nye tilfeller ${escapeHtml(to)}, mens de som allerede har diagnosen fortsetter på ${escapeHtml(from)}. ` +
      `I ${last.year} er overgangens netto kostnad ${escapeHtml(mill(last.net.mean))} mill. ${escapeHtml(kr(s))} (negativ = spart), ` +
      `akkumulert fra ${s.firstYear} ${escapeHtml(mill(last.cumulative.mean))} mill.; den har tjent seg inn i ${s.breakEven.p50} (median; P5–P95 ${s.breakEven.p5}–${s.breakEven.p95}). ` +
      `Tallene er gjennomsnitt over ${formatNumber(s.replicates)} simulerte forløp (frø ${s.seed}); tabellen oppskalering har alle persentilene. ` +
      `Merk: dagaktivitetstilbud for personer med demens ga i en norsk studie ingen utsatt sykehjemsinnleggelse, så innsparingen bygger på forutsetninger som bør drøftes.</p>`,
    personHtml(s),
    municipalityHtml(s),
    figureHtml(savingsFigure(s), "fig-personaforlop-kostnad"),
  ];
  if (uncertainty?.scaleUp) parts.push(uncertaintyHtml(s, uncertainty));
  parts.push(publishedHtml(s));
  return parts;
}
