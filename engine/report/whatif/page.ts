/// <reference lib="dom" />
/**
 * The «Hva om?» panel's code in the report page (bundled by esbuild into an IIFE, see
 * bundle.ts): reads the run's inputs embedded as JSON, recomputes the council summary and
 * the housing chart with the engine's own functions on each change of a control, and
 * offers the changed values as a scenario variant to download. Offline, no server.
 */
import { profileSeries, runControls, type WhatIfControls, type WhatIfInputs, whatIf, whatIfPatch } from "../../housing/what-if";
import { type SavingsStory, savingsAtShare, savingsSummaryRows } from "../../run/savings";
import { summaryUnitText, summaryValueText } from "../summary-cells";

/** What the report embeds for the panel (panel.ts writes it). */
export interface WhatIfPageData {
  inputs: WhatIfInputs;
  /** The run's scenario file as `extends` of the variant, and its name. */
  extends: string;
  name: string;
  /** The file name the variant is downloaded as. */
  fileName: string;
  /** The run's uncertainty band per summary key ([P10, P90]), when the run has one. */
  bands: Record<string, [number, number]> | null;
  /** The run's savings story (personas' scale-up), or null without one. */
  savings: SavingsStory | null;
  /** The run's P10-P90 band of the housing cost per profile and year (kr), when it has uncertainty: drawn under the what-if lines. */
  costBands: Array<{ profile: "today" | "alternative"; years: number[]; low: number[]; high: number[] }>;
}

declare const Plotly: { react(el: HTMLElement, data: unknown[], layout: unknown, config?: unknown): Promise<unknown> };

const data = JSON.parse(document.getElementById("trappa-whatif-data")!.textContent!) as WhatIfPageData;
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const run = runControls(data.inputs);
const runResult = whatIf(data.inputs, run);

function controls(): WhatIfControls & { transitionShare?: number } {
  return {
    alternative: byId<HTMLSelectElement>("wi-alternative").value,
    share: Number(byId<HTMLInputElement>("wi-share").value) / 100,
    pathTargetYear: Number(byId<HTMLInputElement>("wi-year").value),
    costFactor: 1 + Number(byId<HTMLInputElement>("wi-cost").value) / 100,
    coverageFactor: 1 + Number(byId<HTMLInputElement>("wi-coverage").value) / 100,
    realWageGrowth: Number(byId<HTMLInputElement>("wi-wage").value) / 1000,
    ...(data.savings ? { transitionShare: Number(byId<HTMLInputElement>("wi-proactive").value) / 100 } : {}),
  };
}

/** A signed per cent with Norwegian decimals: 0.015 → "+1,5 %", −0.1 → "−10 %". */
function signedPercent(x: number, decimals: number): string {
  const v = Math.abs(x * 100)
    .toFixed(decimals)
    .replace(".", ",");
  return `${x < -1e-12 ? "−" : "+"}${v}\u00a0%`;
}

function cell(tr: HTMLTableRowElement, text: string, left = false): void {
  const td = document.createElement("td");
  td.textContent = text;
  td.style.textAlign = left ? "left" : "right";
  td.style.padding = "2px 8px";
  tr.appendChild(td);
}

function render(): number {
  const t0 = performance.now();
  const c = controls();
  const r = whatIf(data.inputs, c);
  const computeMs = performance.now() - t0;
  byId("wi-share-text").textContent = `${Math.round(c.share * 100)} %`;
  byId("wi-coverage-text").textContent = signedPercent(c.coverageFactor - 1, 0);
  byId("wi-wage-text").textContent = `${signedPercent(c.realWageGrowth, 1)} per år`;
  byId("wi-cost-text").textContent = `${c.costFactor >= 1 ? "+" : "−"}${Math.round(Math.abs(c.costFactor - 1) * 100)} %`;
  const body = byId<HTMLTableSectionElement>("wi-summary-body");
  body.textContent = "";
  r.summary.rows.forEach((row, i) => {
    const tr = document.createElement("tr");
    tr.dataset.key = row.key;
    const own = runResult.summary.rows[i];
    cell(tr, row.label, true);
    cell(tr, summaryValueText(own.value, own.unit));
    const band = data.bands?.[row.key];
    cell(tr, band ? `${summaryValueText(band[0], row.unit)} – ${summaryValueText(band[1], row.unit)}` : "");
    cell(tr, summaryValueText(row.value, row.unit));
    cell(tr, summaryUnitText(row.unit), true);
    body.appendChild(tr);
  });
  if (data.savings) renderSavings(c.alternative, c.transitionShare!);
  const years = Array.from({ length: r.sums.endYear - r.sums.baseYear + 1 }, (_, i) => r.sums.baseYear + i);
  const mill = (xs: number[]) => xs.map((x) => x / 1e6);
  const line = (name: string, y: number[], dash: string, width: number, color: string) => ({
    type: "scatter",
    mode: "lines",
    name,
    x: years,
    y,
    line: { dash, width, color },
  });
  const bands = data.costBands.flatMap((b) => {
    const name = `Kjøringen P10–P90: ${b.profile === "today" ? "dagens" : "alternativ"} profil`;
    const fill = b.profile === "today" ? "rgba(31,119,180,0.15)" : "rgba(255,127,14,0.15)";
    return [
      { type: "scatter", mode: "lines", x: b.years, y: mill(b.low), line: { width: 0 }, showlegend: false, hoverinfo: "skip", name },
      { type: "scatter", mode: "lines", x: b.years, y: mill(b.high), line: { width: 0 }, fill: "tonexty", fillcolor: fill, name },
    ];
  });
  void Plotly.react(
    byId("wi-chart"),
    [
      ...bands,
      line("Kjøringen: dagens profil", mill(profileSeries(runResult.sums, 0, "cost")), "solid", 2, "#1f77b4"),
      line("Kjøringen: alternativ profil", mill(profileSeries(runResult.sums, 1, "cost")), "dash", 2, "#ff7f0e"),
      line("Hva om?: dagens profil", mill(profileSeries(r.sums, 0, "cost")), "dot", 3, "#08306b"),
      line("Hva om?: alternativ profil", mill(profileSeries(r.sums, 1, "cost")), "solid", 4, "#d62728"),
    ],
    {
      title: { text: `Hva om? Kostnad i boligtrappen (mill. ${r.sums.priceYear}-kr)` },
      separators: ", ",
      font: { family: "DejaVu Sans, Arial, sans-serif" },
      xaxis: { title: { text: "År" } },
      yaxis: { title: { text: `Mill. ${r.sums.priceYear}-kr` }, tickformat: ",.0f", rangemode: "tozero" },
      legend: { orientation: "h", y: -0.2 },
    },
    { displaylogo: false, responsive: true },
  );
  const changed = Object.keys(whatIfPatch(data.inputs, c, data)).length > 2 || (data.savings !== null && c.transitionShare !== data.savings.transitionShare);
  byId("wi-status").textContent = changed
    ? "Hva om?-kolonnen viser sidens beregning med verdiene over."
    : "Verdiene er kjøringens egne: Hva om?-kolonnen er lik kjøringen.";
  const ms = performance.now() - t0;
  (window as unknown as { trappaWhatIf: unknown }).trappaWhatIf = { lastMs: ms, computeMs, controls: c };
  return ms;
}

/** The savings rows: the run's, and the what-if with the share of new cases on the proactive pathway (only on the run's SSB alternative: the scale-up is not recomputed in the page). */
function renderSavings(alternative: string, share: number): void {
  const s = data.savings!;
  byId("wi-proactive-text").textContent = `${Math.round(share * 100)} %`;
  const own = savingsSummaryRows(s);
  const what = alternative === data.inputs.alternative ? savingsAtShare(s, share) : null;
  const rows = what ? savingsSummaryRows(what) : null;
  const body = byId<HTMLTableSectionElement>("wi-savings-body");
  body.textContent = "";
  own.forEach((row, i) => {
    const tr = document.createElement("tr");
    tr.dataset.key = row.key;
    cell(tr, row.label, true);
    cell(tr, summaryValueText(row.value, row.unit));
    cell(tr, "");
    cell(tr, rows ? summaryValueText(rows[i].value, rows[i].unit) : "–");
    cell(tr, summaryUnitText(row.unit), true);
    body.appendChild(tr);
  });
  byId("wi-savings-note").textContent = what
    ? ""
    : "Innsparingen regnes ikke om for et annet SSB-alternativ i siden (oppskaleringen simuleres på nytt av trappa run).";
}

function save(): void {
  const c = controls();
  const patch = whatIfPatch(data.inputs, c, data);
  if (data.savings && c.transitionShare !== data.savings.transitionShare) patch.personas = { transitionShare: c.transitionShare };
  const text = `${JSON.stringify(patch, null, 2)}\n`;
  const a = document.createElement("a");
  a.href = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  a.download = data.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

function reset(): void {
  byId<HTMLSelectElement>("wi-alternative").value = run.alternative;
  byId<HTMLInputElement>("wi-share").value = String(Math.round(run.share * 100));
  byId<HTMLInputElement>("wi-year").value = String(run.pathTargetYear);
  byId<HTMLInputElement>("wi-cost").value = "0";
  byId<HTMLInputElement>("wi-coverage").value = String(Math.round((run.coverageFactor - 1) * 100));
  byId<HTMLInputElement>("wi-wage").value = String(Math.round(run.realWageGrowth * 1000));
  if (data.savings) byId<HTMLInputElement>("wi-proactive").value = String(Math.round(data.savings.transitionShare * 100));
  render();
}

for (const id of ["wi-alternative", "wi-share", "wi-year", "wi-coverage", "wi-cost", "wi-wage", "wi-proactive"])
  byId(id)?.addEventListener("input", () => render());
byId("wi-save").addEventListener("click", save);
byId("wi-reset").addEventListener("click", reset);
byId("trappa-whatif").style.display = "block";
(window as unknown as { trappaWhatIfRender: () => number }).trappaWhatIfRender = render;
render();
