import { beforeAll, describe, expect, it } from "vitest";
import { InputError } from "../../engine/errors";
import { loadConditionDefaults, loadPersona } from "../../engine/io/persona-file";
import { loadScenarioFile, type LoadedScenario } from "../../engine/io/scenario-file";
import { runScaleUpReplicates } from "../../engine/pathways/scale-up";
import { scaleUpRows } from "../../engine/pathways/scale-up-results";
import { buildScaleUp } from "../../engine/run/personas";
import type { UncertaintyScenario } from "../../engine/scenario/uncertainty";
import { resolvePathwayUncertainty } from "../../engine/uncertainty/pathway-settings";
import { PERSON_STREAM_OFFSET } from "../../engine/uncertainty/pathway-setup";
import { prepareScenarioUncertainty } from "../../engine/run/uncertainty-setup";
import { centralParameters } from "../../engine/uncertainty/draws";
import { evaluate } from "../../engine/uncertainty/evaluate";
import { intervalBounds } from "../../engine/uncertainty/parameters";
import type { UncertaintySetup } from "../../engine/uncertainty/setup";
import { runUncertainty } from "../../engine/uncertainty/result";
import { checkTarget, sensitivityInputs, tornado } from "../../engine/uncertainty/sensitivity";
import { decomposeVariance } from "../../engine/uncertainty/variance";

const base = loadScenarioFile("scenarios/default.json");
const withBlock = (block: UncertaintyScenario): LoadedScenario => ({ ...base, scenario: { ...base.scenario, uncertainty: block } });
const ZERO_POPULATION: UncertaintyScenario["population"] = {
  fertility: { spread: 0 },
  lifeExpectancy: { spread: 0 },
  immigration: { spread: 0 },
  internalMigration: { relativeSpread: 0 },
};

let setup: UncertaintySetup;
beforeAll(() => {
  setup = prepareScenarioUncertainty(base).setup;
});

describe("resolvePathwayUncertainty: the condition's intervals (data/pathways/dementia-defaults.json)", () => {
  const johs = loadPersona("scenarios/personas/johs.json");
  const d = loadConditionDefaults();
  const t = { from: "normal", to: "proactive" };

  it("reads HUNT's 95 % intervals as split log-normal factors: P10 and P90 by hand", () => {
    const s = resolvePathwayUncertainty(undefined, d, johs, t);
    // ln-scale: 0.146 · exp(∓ z₀.₈/z₀.₉₅ · ln(0.146/0.139 or 0.154/0.146)), z₀.₈ = 1.2815516, z₀.₉₅ = 1.9599640.
    const [plo, phi] = intervalBounds(s.prevalence, 0.8).map((f) => f * 0.146);
    expect(plo).toBeCloseTo(0.14138412591, 10);
    expect(phi).toBeCloseTo(0.15118249506, 10);
    const [ilo, ihi] = intervalBounds(s.incidence, 0.8).map((f) => f * 43.9);
    expect(ilo).toBeCloseTo(41.8474278133, 8);
    expect(ihi).toBeCloseTo(45.9667996312, 8);
    // The survival factor's 80 % interval is 0.9-1.1 exactly; prices and lengths triangular 0.8-1.2 (mode 1): P10 = 0.8 + √(0.1 · 0.4 · 0.2).
    expect(intervalBounds(s.survival, 0.8)).toEqual([0.9, 1.1].map((x) => expect.closeTo(x, 12)));
    expect(intervalBounds(s.prices.sykehjem, 0.8)[0]).toBeCloseTo(0.8 + Math.sqrt(0.008), 12);
    expect(s.personReplicates).toBe(8);
  });

  it("varies the prices of the phases with a cost and the lengths of the phases with a length, of the transition's two pathways only", () => {
    const s = resolvePathwayUncertainty(undefined, d, johs, t);
    expect(Object.keys(s.prices)).toEqual(["hjemmesykepleie", "praktisk-bistand", "dagsenter", "sykehjem", "bofellesskap", "trygghetspakke"]);
    expect(Object.keys(s.durations)).toEqual(["symptomer", "hjemmesykepleie", "praktisk-bistand", "dagsenter", "sykehjem", "bofellesskap", "trygghetspakke"]);
  });

  it("takes the scenario's overrides and refuses bad ones, naming the field", () => {
    const s = resolvePathwayUncertainty(
      { incidence70plus: { low: 0.04, high: 0.05 }, phasePrices: { defaultRelative: 0, intervals: { sykehjem: { low: 0.9, high: 1.3, shape: "uniform" } } } },
      d,
      johs,
      t,
    );
    expect(s.incidence).toEqual({ low: 0.04 / 0.0439, central: 1, high: 0.05 / 0.0439, shape: "triangular", level: undefined });
    expect(s.prices.sykehjem).toEqual({ low: 0.9, central: 1, high: 1.3, shape: "uniform", level: undefined });
    expect(s.prices.dagsenter).toEqual({ low: 1, central: 1, high: 1, shape: "triangular" });
    expect(() => resolvePathwayUncertainty({ prevalence70plus: { low: 0.15, high: 0.16 } }, d, johs, t)).toThrow(
      /uncertainty\.pathways\.prevalence70plus: expected an interval around the value 0\.146, got "0\.15–0\.16"/,
    );
    expect(() => resolvePathwayUncertainty({ phaseDurations: { intervals: { kafe: { low: 0.8, high: 1.2 } } } }, d, johs, t)).toThrow(
      /phaseDurations\.intervals\["kafe"\]: expected a phase id of the transition's pathways \(symptomer, hjemmesykepleie, .*trygghetspakke\), got "kafe"/,
    );
    expect(() => resolvePathwayUncertainty({ survivalFactor: { low: 1.2, high: 1.1 } }, d, johs, t)).toThrow(InputError);
  });
});

describe("the scale-up in every replicate (scenarios/default.json, Johs)", () => {
  it("with every input central equals the deterministic scale-up of a whole run (to 1e-12: the replicates leave out the existing persons, whose cost cancels)", () => {
    const c = evaluate(setup, centralParameters(setup));
    // The run's own machinery: buildScaleUp on the scenario's population part (three pathways), the same persons.
    const johs = loadPersona("scenarios/personas/johs.json");
    const pop = (base.resolved as { population: Record<string, unknown> }).population;
    const su = buildScaleUp(johs, { firstYear: 2025, lastYear: 2040, count: null, populationScenario: pop, baseDir: base.baseDir });
    const v = runScaleUpReplicates(su.model, { seed: 2040, from: PERSON_STREAM_OFFSET, to: PERSON_STREAM_OFFSET + 8, variation: true }).values;
    const rows = scaleUpRows(su.model, v, { transition: { from: "normal", to: "proactive" }, mix: null, hoursPerFte: 1595, seed: 2040 });
    const net = rows.find((r) => r.scenario === "overgang" && r.measure === "net_cost_nok" && r.year === 2040)!.mean;
    expect(Math.abs(c.scaleup_saving_target_year / (-net / 1e6) - 1)).toBeLessThan(1e-12);
    expect(c.scaleup_break_even_year).toBe(rows.find((r) => r.measure === "break_even_year")!.mean);
    expect(c.scaleup_saving_target_year).toBeGreaterThan(30); // tens of millions a year by 2040
  });

  it("gives a tornado for the yearly saving: pathway and population inputs move it, housing and coverage inputs not at all", () => {
    const t = tornado(setup, "scaleup_saving_target_year");
    const row = (id: string) => t.rows.find((r) => r.id === id)!;
    for (const id of ["unitCost.institusjon", "arsverk.institusjon", "rate.institusjon", "share.institusjon"]) expect(row(id).swing, id).toBe(0);
    expect(t.rows[0].id).toMatch(/^pathway\./);
    // Longer survival: the new cases stay longer in the cheaper pathway; more new cases: more of them.
    expect(row("pathway.survival").figureHigh).toBeGreaterThan(row("pathway.survival").figureLow);
    expect(row("pathway.incidence").figureHigh).toBeGreaterThan(row("pathway.incidence").figureLow);
    // A dearer day centre (normal pathway only) saves more; a dearer safety package (proactive only) saves less.
    expect(row("pathway.price.dagsenter").figureHigh).toBeGreaterThan(row("pathway.price.dagsenter").figureLow);
    expect(row("pathway.price.trygghetspakke").figureHigh).toBeLessThan(row("pathway.price.trygghetspakke").figureLow);
    expect(row("pathway.prevalence").low).toBeCloseTo(0.14138412591, 10);
  });

  it("gives a tornado for the break-even year, and lists the scale-up keys among the valid targets", () => {
    const t = tornado(setup, "scaleup_break_even_year");
    expect(t.central).toBeGreaterThan(2025);
    expect(t.central).toBeLessThan(2041);
    expect(t.rows[0].swing).toBeGreaterThan(0);
    expect(() => checkTarget("innsparing", ["cost_reduction_alt_profile", "scaleup_saving_target_year", "scaleup_break_even_year"])).toThrow(
      /\(cost_reduction_alt_profile, scaleup_saving_target_year, scaleup_break_even_year\), got "innsparing"/,
    );
    expect(sensitivityInputs(setup).filter((i) => i.id.startsWith("pathway.")).length).toBe(3 + 6 + 7);
  });

  it("keeps person-level Monte Carlo variation apart from parameter uncertainty", () => {
    const r = runUncertainty(setup, { replicates: 16 });
    const s = r.decomposition!.scaleup_saving_target_year;
    expect(s.sets).toBe(16);
    expect(s.personReplicates).toBe(8);
    expect(s.between).toBeGreaterThan(0);
    expect(s.within).toBeGreaterThan(0);
    expect(s.mcVarianceOfMean).toBeCloseTo(s.within / 8, 12);
    // Every parameter at its value: no parameter uncertainty left, the same person-level variation in every set.
    const fixed = prepareScenarioUncertainty(
      withBlock({
        population: ZERO_POPULATION,
        coverageRates: { off: true },
        profileShares: { off: true },
        unitCosts: { defaultRelative: 0 },
        arsverkPerUnit: { defaultRelative: 0 },
        pathways: { off: true },
      }),
    ).setup;
    const z = runUncertainty(fixed, { replicates: 4 });
    expect(z.decomposition!.scaleup_saving_target_year.between).toBe(0);
    expect(z.decomposition!.scaleup_saving_target_year.within).toBeGreaterThan(0);
    expect(Array.from(z.figures.scaleup_saving_target_year)).toEqual(new Array(4).fill(evaluate(setup, centralParameters(setup)).scaleup_saving_target_year));
  });
});

describe("decomposeVariance", () => {
  it("splits by hand: means 1 and 3, within-set variances 2 and 4, 4 person-level replicates", () => {
    expect(decomposeVariance([1, 3], [2, 4], 4)).toEqual({ between: 2, within: 3, mcVarianceOfMean: 0.75, sets: 2, personReplicates: 4 });
    expect(() => decomposeVariance([1], [2], 4)).toThrow(/at least 2 parameter sets/);
  });
});
