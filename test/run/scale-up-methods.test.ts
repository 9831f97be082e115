/**
 * Both scale-up methods in a whole run: the default scenario shows the cohort simulation,
 * scenarios/varianter/konsulentenes-tall.json (personas.scaleUp.method "published", 684
 * persons) the consultants' rule, which must give Færder's published figures (88 and 164
 * mill. kr ±2 %, 4/9/13/9 mill. kr ±1, first yearly saving in year 7 or 8), and the report
 * names the method and says why the two differ.
 */
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../engine/io/scenario-file";
import { runReportHtml } from "../../engine/report/run-report";
import { runScenario } from "../../engine/run/run";
import { rowsOf } from "./rows-of";

const figures = (file: string) => {
  const result = runScenario(loadScenarioFile(file), { replicates: 20 });
  const t = result.tables.find((x) => x.id === "oppskalering-metoder")!;
  const get = (method: string, key: string) => Number(rowsOf(t).find((r) => r[0] === method && r[1] === key)![2]);
  const selected = new Set(
    rowsOf(t)
      .filter((r) => r[4] === "ja")
      .map((r) => r[0]),
  );
  return { result, get, selected };
};

describe("the run's two scale-up methods", () => {
  it("the variant with method 'published' and 684 persons gives the published figures and the report names the method", () => {
    const { result, get, selected } = figures("scenarios/varianter/konsulentenes-tall.json");
    expect([...selected]).toEqual(["published"]);
    expect(Math.abs(get("published", "steady_saving_proactive") / 88 - 1)).toBeLessThanOrEqual(0.02);
    expect(Math.abs(get("published", "steady_extra_reactive") / 164 - 1)).toBeLessThanOrEqual(0.02);
    [4, 9, 13, 9].forEach((v, i) => expect(Math.abs(get("published", `transition_net_cost_year_${i + 1}`) - v)).toBeLessThanOrEqual(1));
    expect([7, 8]).toContain(get("published", "first_yearly_saving_year"));
    expect(get("cohort", "persons")).toBe(684); // the cohort simulation starts from the same 684 persons
    const html = runReportHtml(result, { plotlyScript: "" });
    expect(html).toContain("Oppskalering av personaforløpet (metode: konsulentenes regel (publisert metode))");
    expect(html).toContain("Metodene skiller seg");
  }, 60_000);

  it("the default scenario shows the cohort simulation, the published rule beside it", () => {
    const { result, selected, get } = figures("scenarios/default.json");
    expect([...selected]).toEqual(["cohort"]);
    expect(get("published", "table_rows")).toBe(19);
    const html = runReportHtml(result, { plotlyScript: "" });
    expect(html).toContain("metode: kohortsimulering");
    expect(html).toContain("Alle tallene i sammendraget er modellert");
    // one section on the personas' scale-up: the methods are its subsection, before the next section
    const savings = html.indexOf("<h2>Personaforløp og innsparing</h2>");
    const methods = html.indexOf("<h3>Oppskalering av personaforløpet (metode: kohortsimulering)</h3>");
    expect(savings).toBeGreaterThan(0);
    expect(methods).toBeGreaterThan(savings);
    expect(html.slice(savings + 1, methods)).not.toContain("<h2>");
    expect(html).not.toContain("<h2>Oppskalering av personaforløpet");
  }, 60_000);

  it("the uncertainty run carries the published method: its central value is the plain run's, its interval holds it", () => {
    const result = runScenario(loadScenarioFile("scenarios/varianter/konsulentenes-tall.json"), { replicates: 20, uncertainty: 12 });
    const pub = result.uncertainty!.scaleUp!.published!;
    // 684 fixed persons: the central steady-state saving is 1 965 809 × 684 ÷ 15.2 = 88 461 405 kr, the first saving in year 7.
    expect(pub.steadySaving.central).toBeCloseTo(88_461_405, 0);
    expect(pub.firstSavingYear.central).toBe(7);
    expect(pub.steadySaving.stats[0]).toBeLessThanOrEqual(pub.steadySaving.stats[2]);
    const t = result.tables.find((x) => x.id === "oppskalering-publisert-usikkerhet")!;
    expect(rowsOf(t).filter((r) => r[0] === "transition_net_cost_nok" && r[2] === "p50")).toHaveLength(16);
  }, 60_000);
});
