import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../engine/io/scenario-file";
import { runScenario } from "../../engine/run/run";
import type { WhatIfPageData } from "../../engine/report/whatif/page";
import { whatIfPanelHtml } from "../../engine/report/whatif/panel";
import { runReportHtml } from "../../engine/report/run-report";

const result = runScenario(loadScenarioFile("scenarios/default.json"), { uncertainty: 4, replicates: 20 });
const html = whatIfPanelHtml(result, "/* bundle */", "scenarios/default.json");
const data = JSON.parse(/<script type="application\/json" id="trappa-whatif-data">(.*?)<\/script>/s.exec(html)![1]) as WhatIfPageData;

describe("whatIfPanelHtml(result, script, extends): the panel's HTML and embedded data", () => {
  it("embeds every alternative of the run, the run's savings story and, with --uncertainty, the P10 and P90 of every summary key and of the housing cost", () => {
    expect(Object.keys(data.inputs.populations)).toEqual(["MMMM", "LLML", "HHMH"]);
    expect(data.savings?.transition).toEqual({ from: "normal", to: "proactive" });
    const u = result.uncertainty!;
    expect(Object.keys(data.bands!)).toEqual(u.summary.map((r) => r.key));
    expect(data.bands!.staff_base).toEqual([u.summary[0].stats[0], u.summary[0].stats[2]]);
    expect(data.costBands.map((b) => b.profile).sort()).toEqual(["alternative", "today"]);
    expect(html).toContain("Kjøringen P10–P90");
  });

  it("names the downloaded variant after the scenario and says which figures are the run's", () => {
    expect(data.fileName).toBe("default-hva-om.json");
    expect(html).toContain("Kolonnen «Kjøringen» og resten av rapporten er kjøringens tall");
  });

  it("is hidden until its script runs, and left out of print; the report has no panel without a script", () => {
    expect(html).toContain('<div id="trappa-whatif" class="whatif" style="display:none">');
    const report = runReportHtml(result, { plotlyScript: "", whatIfScript: "/* bundle */" });
    expect(report).toMatch(/@media print\{#trappa-whatif,\.whatif-heading\{display:none!important\}/);
    expect(runReportHtml(result, { plotlyScript: "" })).not.toContain(`id="trappa-whatif"`);
  });
});
