import { describe, expect, it } from "vitest";
import { projectCoverage } from "../../engine/coverage/project";
import { InputError } from "../../engine/errors";
import { councilSummary } from "../../engine/housing/council-summary";
import { projectStaircase } from "../../engine/housing/staircase";
import { parseCoverageHousingScenario } from "../../engine/coverage/coverage-housing";
import { handCoverage, handHousing, handPopulation } from "../coverage/hand-example";

const pop = handPopulation();
const throwsInput = (f: () => unknown, message: RegExp) => {
  expect(f).toThrow(InputError);
  expect(f).toThrow(message);
};

describe("bad input is refused with the field named", () => {
  it("profile shares that do not sum to 1", () => {
    const h = handHousing();
    h.profiles.today["80-89"] = { hjem: 0.9, bolig: 0.2 };
    throwsInput(
      () => projectStaircase(h, pop, "scenarios/x.json: housing"),
      /^scenarios\/x\.json: housing\.profiles\.today\["80-89"\]: expected shares summing to 1 \(or set normaliseShares\), got 1\.1$/,
    );
  });

  it("… unless normaliseShares is set: 0.9 / 0.2 become 0.8182 / 0.1818", () => {
    const h = handHousing();
    h.profiles.today["80-89"] = { hjem: 0.9, bolig: 0.2 };
    h.normaliseShares = true;
    const r = projectStaircase(h, pop);
    const bolig = r.rows.find((x) => x.profile === "today" && x.year === 2024 && x.band === "80-89" && x.step === "bolig" && x.measure === "residents")!;
    expect(bolig.value).toBeCloseTo((200 * 0.2) / 1.1, 9);
  });

  it("a rate above 1 for users", () => {
    const c = handCoverage();
    c.services[1].rates = { "67-79": 0.005, "80-89": 0.05, "90+": 1.4 };
    throwsInput(() => projectCoverage(c, pop), /coverage\.services\[1\]\.rates\["90\+"\]: expected a share between 0 and 1 \(users per resident\), got 1\.4/);
  });

  it("counts above the residents of their band", () => {
    const c = handCoverage();
    c.services[0].counts = { "90+": 51 };
    throwsInput(() => projectCoverage(c, pop), /counts\["90\+"\]: expected no more places than the 50 residents/);
  });

  it("a band in the services that the population does not have", () => {
    const c = handCoverage();
    c.services[0].counts = { "80-84": 10 };
    throwsInput(
      () => projectCoverage(c, pop),
      /coverage\.services\[0\]\.counts\["80-84"\]: expected a band the population has \(67-79, 80-89, 90\+\), got "80-84"/,
    );
    const h = handHousing();
    h.profiles.today["85-89"] = { hjem: 1 };
    throwsInput(() => projectStaircase(h, pop), /housing\.profiles\.today\["85-89"\]: expected a band the population has/);
  });

  it("a negative unit cost", () => {
    const c = handCoverage();
    c.services[0].unitCost = { value: -1, priceYear: 2024 };
    throwsInput(() => projectCoverage(c, pop), /coverage\.services\[0\]\.unitCost\.value: expected a non-negative cost per unit and year, got -1/);
    const h = handHousing();
    h.steps[1].costPerUnit = { value: -800_000, priceYear: 2024 };
    throwsInput(() => projectStaircase(h, pop), /housing\.steps\[1\]\.costPerUnit\.value: expected a non-negative cost/);
  });

  it("a target year before the base year", () => {
    const h = handHousing();
    h.path = { shape: "linear", targetYear: 2020 };
    throwsInput(() => projectStaircase(h, pop), /housing\.path\.targetYear: expected a year at or after the base year 2024, got 2020/);
    const c = handCoverage();
    c.alternatives = [{ name: "L", paths: { inst: { shape: "linear", targetYear: 2023, factor: 0.5 } } }];
    throwsInput(
      () => projectCoverage(c, pop),
      /coverage\.alternatives\[0\]\.paths\.inst\.targetYear: expected a year at or after the base year 2024, got 2023/,
    );
    const c2 = handCoverage();
    c2.alternatives![0].transfers![0].byYear = 2020;
    throwsInput(() => projectCoverage(c2, pop), /transfers\[0\]\.byYear: expected a year at or after the base year 2024, got 2020/);
    const r = projectStaircase(handHousing(), pop);
    throwsInput(() => councilSummary(r, { targetYear: 2023 }), /summary target year: expected a year at or after the base year 2024, got 2023/);
  });

  it("a step referenced that does not exist", () => {
    const h = handHousing();
    h.profiles.alternative["90+"] = { hjem: 0.7, sykehjem: 0.3 };
    throwsInput(
      () => projectStaircase(h, pop),
      /housing\.profiles\.alternative\["90\+"\]\.sykehjem: expected a step that exists \(hjem, bolig\), got "sykehjem"/,
    );
  });

  it("a transfer or path naming a service that does not exist", () => {
    const c = handCoverage();
    c.alternatives![0].transfers![0].to = "omsorgsbolig";
    throwsInput(() => projectCoverage(c, pop), /transfers\[0\]\.to: expected a service id \(inst, hdo\), got "omsorgsbolig"/);
  });

  it("different price years on the steps (no deflator is applied)", () => {
    const h = handHousing();
    h.steps[1].costPerUnit = { value: 800_000, priceYear: 2021 };
    throwsInput(
      () => projectStaircase(h, pop),
      /housing\.steps\[1\]\.costPerUnit\.priceYear: expected the same price year as the other steps \(2024\), got 2021/,
    );
  });
});

describe("scenario file parts", () => {
  const base = { name: "x", population: { endYear: 2040 }, housing: handHousing() };

  it("an unknown key or a wrong type names the file and the field path", () => {
    const bad = JSON.parse(JSON.stringify(base));
    bad.housing.steps[0].kostnad = 5;
    expect(() => parseCoverageHousingScenario(bad, "scenarios/x.json")).toThrow(/^scenarios\/x\.json: housing\.steps\[0\]\.kostnad: expected no such key/);
    const bad2 = JSON.parse(JSON.stringify(base));
    bad2.housing.profiles.today["80-89"].hjem = "0.8";
    expect(() => parseCoverageHousingScenario(bad2, "scenarios/x.json")).toThrow(/^scenarios\/x\.json: housing\.profiles\.today\["80-89"\]\.hjem: /);
  });

  it("runs the population with the bands coverage and housing name, gaps filled", () => {
    const s = parseCoverageHousingScenario(base, "scenarios/x.json");
    expect(s.population.bands).toEqual(["0-66", "67-79", "80-89", "90+"]);
    expect(s.coverage).toBeNull();
  });

  it("overlapping bands are refused", () => {
    const bad = JSON.parse(JSON.stringify(base));
    bad.housing.profiles.alternative = { "80-84": { hjem: 1 } };
    expect(() => parseCoverageHousingScenario(bad, "scenarios/x.json")).toThrow(/do not overlap/);
  });
});
