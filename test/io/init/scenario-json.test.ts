import { describe, expect, it } from "vitest";
import type { PlaceFacts } from "../../../engine/io/init/facts";
import { initScenarioJson } from "../../../engine/io/init/scenario-json";

const facts: PlaceFacts = {
  code: "4005",
  name: "Notodden",
  rows: [],
  round: 2024,
  table: "14288",
  years: [2024, 2025, 2026],
  baseYear: 2024,
  lastYear: 2026,
  alternatives: ["MMMM", "LLML"],
  bands: null,
};

describe("initScenarioJson(options)", () => {
  const template = { population: { region: "3911", name: "Færder", calibrate: true, flows: [{ label: "x" }], bands: "plan" }, coverage: {}, housing: {} };
  const s = initScenarioJson({
    facts,
    extendsPath: "../maler/kommune.json",
    template,
    templateShown: "maler/kommune.json",
    sourceFile: "f.csv",
    targetYear: 2026,
  });

  it("sets the place from the facts and clears the template's other population keys", () => {
    expect(s.extends).toBe("../maler/kommune.json");
    expect(s.name).toBe("Notodden 2026");
    expect(s.population).toEqual({
      region: "4005",
      name: "Notodden",
      calibrateTo: "befolkning-ssb.csv",
      calibrate: true,
      calibrateYears: [2025, 2026],
      alternatives: ["MMMM", "LLML"],
      endYear: 2026,
      bands: "plan",
      flows: null,
    });
    expect(JSON.stringify(s)).not.toContain("Færder");
  });

  it("names the inputs of the parts the template has, and their base year", () => {
    expect(s.inputs).toEqual({ rates: "dekningsgrader.csv", housingProfile: "boligprofil.csv", staffing: "arsverk-og-kostnader.csv" });
    expect(s.coverage).toEqual({ baseYear: 2024 });
    expect(s.housing).toEqual({ baseYear: 2024, targetYear: 2026 });
    const noHousing = initScenarioJson({
      facts,
      extendsPath: "t.json",
      template: { coverage: {} },
      templateShown: "t.json",
      sourceFile: "f.csv",
      targetYear: 2026,
    });
    expect(noHousing.inputs).toEqual({ rates: "dekningsgrader.csv", staffing: "arsverk-og-kostnader.csv" });
    expect(noHousing.housing).toBeUndefined();
  });
});
