import type { RunResult } from "../../run/run";
import { escapeHtml } from "../html-table";
import type { WhatIfPageData } from "./page";

/**
 * The report's «Hva om?» panel: controls for the SSB alternative, how far and by when the
 * housing profile moves toward the alternative, and the unit costs; a table of the council
 * summary (the run's value, the run's P10–P90 when it has uncertainty, and the page's
 * what-if value); a chart; «Lagre som scenario». Hidden until its script runs (print and
 * readers without JavaScript see the static report only). Coverage change and real wage
 * growth are housing.coverageFactor and housing.realWageGrowth in the variant. `script` is whatIfScript();
 * `extendsPath` the run's scenario file as the variant's `extends`. Empty without a housing part.
 */
export function whatIfPanelHtml(result: RunResult, script: string, extendsPath: string): string {
  const inputs = result.whatIf;
  if (!inputs || !result.summary) return "";
  const u = result.uncertainty;
  const p10 = u?.statistics.findIndex((s) => s.id === "p10") ?? -1;
  const p90 = u?.statistics.findIndex((s) => s.id === "p90") ?? -1;
  const bands = u && p10 >= 0 && p90 >= 0 ? Object.fromEntries(u.summary.map((r) => [r.key, [r.stats[p10], r.stats[p90]] as [number, number]])) : null;
  const stem = extendsPath.replace(/^.*\//, "").replace(/\.json$/i, "");
  const savings = result.savings ?? null;
  const costBands = (u?.series ?? [])
    .filter((x) => x.part === "boligtrapp" && x.item === "alle" && x.measure === "cost" && (x.variant === "today" || x.variant === "alternative"))
    .map((x) => ({ profile: x.variant as "today" | "alternative", years: x.years, low: x.stats[p10], high: x.stats[p90] }));
  const data: WhatIfPageData = {
    inputs,
    extends: extendsPath,
    name: result.name,
    fileName: `${stem}-hva-om.json`,
    bands,
    savings,
    costBands: p10 >= 0 && p90 >= 0 ? costBands : [],
  };
  const names = result.population?.names ?? {};
  const options = Object.keys(inputs.populations)
    .map(
      (a) =>
        `<option value="${escapeHtml(a)}"${a === inputs.alternative ? " selected" : ""}>${escapeHtml(a)}${names[a] ? ` – ${escapeHtml(names[a])}` : ""}</option>`,
    )
    .join("");
  const path = inputs.housing.path;
  const first = inputs.summary.baseYear + 1;
  const last = inputs.housing.endYear ?? Math.max(...Object.keys(inputs.populations[inputs.alternative]).map(Number));
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  const th = (t: string, left = false) => `<th style="text-align:${left ? "left" : "right"};padding:2px 8px">${escapeHtml(t)}</th>`;
  return `<h2 class="whatif-heading">Hva om?</h2>
<noscript><p class="note">Hva om?-panelet trenger JavaScript. Tallene i rapporten er kjøringens.</p></noscript>
<div id="trappa-whatif" class="whatif" style="display:none">
<p class="note">Her kan du endre forutsetningene og se sammendraget regnet om i siden, med de samme motorfunksjonene som <code>trappa run</code>, uten nett. <b>Kolonnen «Kjøringen» og resten av rapporten er kjøringens tall</b>; kolonnen «Hva om?» er sidens beregning med verdiene du velger. «Lagre som scenario» laster ned en scenariofil som arver ${escapeHtml(extendsPath)} og bare har de endrede verdiene; lagre den i prosjektmappen og kjør <code>trappa run</code> på den for å få de samme tallene. Innsparingen i personaforløpene regnes om for andelen nye tilfeller på det proaktive forløpet, men bare på kjøringens SSB-alternativ.</p>
<div class="whatif-controls" style="display:grid;grid-template-columns:max-content 1fr;gap:0.4em 1em;align-items:center">
<label for="wi-alternative">SSB-alternativ</label><select id="wi-alternative">${options}</select>
<label for="wi-share">Hvor langt mot alternativ boligprofil</label><span><input id="wi-share" type="range" min="0" max="100" step="5" value="${Math.round((path.share ?? 1) * 100)}"> <output id="wi-share-text"></output></span>
<label for="wi-year">Året det nås</label><input id="wi-year" type="number" min="${first}" max="${last}" step="1" value="${path.targetYear}">
<label for="wi-coverage">Endring i dekningsgrader (sunnere aldring), nådd samme år</label><span><input id="wi-coverage" type="range" min="-30" max="30" step="5" value="${Math.round(((inputs.housing.coverageFactor ?? 1) - 1) * 100)}"> <output id="wi-coverage-text"></output></span>
<label for="wi-cost">Kostnad per enhet (alle trinn)</label><span><input id="wi-cost" type="range" min="-30" max="30" step="5" value="0"> <output id="wi-cost-text"></output></span>
<label for="wi-wage">Reallønnsvekst (kostnad per enhet per år)</label><span><input id="wi-wage" type="range" min="0" max="30" step="5" value="${Math.round((inputs.housing.realWageGrowth ?? 0) * 1000)}"> <output id="wi-wage-text"></output></span>
${
  savings
    ? `<label for="wi-proactive">Andel nye tilfeller på ${escapeHtml((savings.names[savings.transition.to] ?? savings.transition.to).toLocaleLowerCase("nb"))}</label><span><input id="wi-proactive" type="range" min="0" max="100" step="10" value="${Math.round(savings.transitionShare * 100)}"> <output id="wi-proactive-text"></output></span>`
    : ""
}
</div>
<p><button id="wi-save" type="button">Lagre som scenario</button> <button id="wi-reset" type="button">Tilbake til kjøringen</button> <span id="wi-status" class="meta"></span></p>
<table id="wi-summary" style="border-collapse:collapse"><caption style="text-align:left;font-weight:bold">Sammendrag for kommunestyret: kjøringen og hva om?</caption><thead><tr>${th("", true)}${th("Kjøringen")}${th(bands ? "Kjøringen P10–P90" : "")}${th("Hva om?")}${th("Enhet", true)}</tr></thead><tbody id="wi-summary-body"></tbody></table>
${
  savings
    ? `<table id="wi-savings" style="border-collapse:collapse"><caption style="text-align:left;font-weight:bold">Personaforløp og innsparing: kjøringen og hva om?</caption><thead><tr>${th("", true)}${th("Kjøringen")}${th("")}${th("Hva om?")}${th("Enhet", true)}</tr></thead><tbody id="wi-savings-body"></tbody></table><p id="wi-savings-note" class="meta"></p>`
    : ""
}
<div id="wi-chart" class="whatif-plot" style="width:100%;max-width:900px;height:420px"></div>
</div>
<script type="application/json" id="trappa-whatif-data">${json}</script>
<script type="text/javascript">${script}</script>`;
}
