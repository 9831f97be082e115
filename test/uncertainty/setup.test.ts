import { beforeAll, describe, expect, it } from "vitest";
import type { CoverageHousingScenario } from "../../engine/coverage/coverage-housing";
import { loadCoverageHousingScenario } from "../../engine/io/coverage-housing-scenario";
import { loadMortalityBase } from "../../engine/io/defaults";
import { parseBands } from "../../engine/population/bands";
import { runPopulationScenario, type PopulationJob } from "../../engine/run/population";
import { replicateLayout } from "../../engine/uncertainty/layout";
import { resolveUncertainty } from "../../engine/uncertainty/parameters";
import { uncertaintySetup, type UncertaintyInput } from "../../engine/uncertainty/setup";

let ch: CoverageHousingScenario;
let job: PopulationJob;
let input: UncertaintyInput;
beforeAll(() => {
  ch = loadCoverageHousingScenario("scenarios/default.json");
  job = runPopulationScenario({ ...ch.population, alternatives: ["MMMM"], endYear: 2050 }, ch.baseDir);
  input = {
    file: ch.file,
    settings: resolveUncertainty(undefined, ch),
    coverageHousing: ch,
    place: job.run.place,
    assumptions: job.assumptions,
    mortality: loadMortalityBase(),
    alternative: "MMMM",
    endYear: 2050,
    targetYear: 2040,
  };
});

describe("uncertaintySetup(input): built once from data, no files", () => {
  it("holds the chain's plan, today's rates and residents, and lays out the rows: population to 2050, series to 2040", () => {
    const s = uncertaintySetup(input);
    expect(s.housing!.stepIds).toEqual(["eget-hjem", "eget-hjem-tjenester", "heldognsbolig", "institusjon"]);
    expect(s.housing!.endYear).toBe(2040);
    expect(s.rates.institusjon["90+"]).toBe(0.237);
    expect(s.baseResidents["90+"]).toBeGreaterThan(0);
    const l = replicateLayout(s);
    expect([l.years[0], l.years[l.years.length - 1]]).toEqual([2024, 2050]);
    expect([l.seriesYears[0], l.seriesYears[l.seriesYears.length - 1]]).toEqual([2024, 2040]);
    expect(l.stride).toBe(l.figuresAt + 12 + 4 + 2);
  });

  it("without a housing part varies the population alone (to its end year), and refuses an end year before the target year or a scale-up outside the draws", () => {
    const pop = uncertaintySetup({ ...input, coverageHousing: { ...ch, housing: null } });
    expect(pop.scenario).toBeNull();
    expect(pop.tableBands.map((b) => b.label)).toEqual(parseBands(ch.population.bands).map((b) => b.label));
    expect(replicateLayout(pop).stride).toBe(27 * pop.tableBands.length);
    expect(() => uncertaintySetup({ ...input, coverageHousing: null })).toThrow(/requires the bands of the population table/);
    expect(() => uncertaintySetup({ ...input, endYear: 2035 })).toThrow(/end year at or after the target year 2040, got 2035/);
    const pathways = { firstYear: 2025, lastYear: 2060 } as NonNullable<UncertaintyInput["pathways"]>;
    expect(() => uncertaintySetup({ ...input, pathways })).toThrow(/scale-up's years within 2025–2050, got 2025–2060/);
  });
});
