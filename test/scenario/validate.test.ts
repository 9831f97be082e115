import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkScenarioFile, loadScenarioFile } from "../../engine/io/scenario-file";
import { formatIssues } from "../../engine/errors";
import { validateScenario } from "../../engine/scenario/validate";

const DIR = join("test", "scenario", "fixtures", "broken");
const EXPECTED = JSON.parse(readFileSync(resolve(__dirname, "fixtures", "expected-errors.json"), "utf8")) as Record<string, string[]>;

describe("checkScenarioFile(file): the folder of broken scenarios", () => {
  it("has an expectation for every fixture but the second half of the circle", () => {
    const files = readdirSync(resolve(__dirname, "fixtures", "broken"))
      .filter((f) => f !== "circular-b.json")
      .sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s is refused with the expected message fragments", (file, fragments) => {
    const { loaded, issues } = checkScenarioFile(join(DIR, file));
    expect(loaded).toBeNull();
    const text = formatIssues(issues);
    for (const f of fragments) expect(text).toContain(f);
  });

  it("reports all errors at once, not only the first", () => {
    expect(checkScenarioFile(join(DIR, "unknown-key.json")).issues).toHaveLength(2);
    expect(checkScenarioFile(join(DIR, "wrong-type.json")).issues).toHaveLength(2);
    expect(checkScenarioFile(join(DIR, "missing-file.json")).issues).toHaveLength(3);
  });

  it("loadScenarioFile throws one InputError listing every issue", () => {
    expect(() => loadScenarioFile(join(DIR, "missing-file.json"))).toThrow(/population\.file[\s\S]*prices\.catalogue[\s\S]*prices\.packages\[0\]/);
  });
});

describe("checkScenarioFile(file): the shipped scenarios", () => {
  it("scenarios/default.json is valid and has every part", () => {
    const { loaded, issues } = checkScenarioFile("scenarios/default.json");
    expect(formatIssues(issues)).toBe("");
    expect(Object.keys(loaded!.scenario).sort()).toEqual([
      "coverage",
      "description",
      "effort",
      "housing",
      "name",
      "personas",
      "population",
      "prices",
      "report",
      "withoutServices",
    ]);
  });

  it("the variant extends the default and overrides only the alternative profile, path and titles", () => {
    const base = loadScenarioFile("scenarios/default.json");
    const variant = loadScenarioFile("scenarios/varianter/halv-boliggjoring.json");
    expect(variant.chain).toEqual(["scenarios/default.json", "scenarios/faerder-alt-profil.json", "scenarios/varianter/halv-boliggjoring.json"]);
    expect(variant.scenario.coverage).toEqual(base.scenario.coverage);
    expect(variant.scenario.housing!.steps).toEqual(base.scenario.housing!.steps);
    expect(variant.scenario.housing!.profiles.today).toEqual(base.scenario.housing!.profiles.today);
    expect(variant.scenario.housing!.path).toEqual({ shape: "s-curve", targetYear: 2040 });
    expect(variant.scenario.report!.seed).toBe(base.scenario.report!.seed);
    // The baseline's package path is rebased to the variant's folder.
    expect(variant.scenario.prices!.packages).toEqual(["../calculator/johs-alternativer.json"]);
    expect(variant.hash).not.toBe(base.hash);
  });

  it("follows a chain of two extends: halv-boliggjoring → faerder-alt-profil → default", () => {
    const variant = loadScenarioFile("scenarios/varianter/halv-boliggjoring.json");
    expect(variant.chain).toEqual(["scenarios/default.json", "scenarios/faerder-alt-profil.json", "scenarios/varianter/halv-boliggjoring.json"]);
    const middle = JSON.parse(readFileSync("scenarios/faerder-alt-profil.json", "utf8"));
    expect(variant.scenario.housing!.profiles.alternative).toEqual(middle.housing.profiles.alternative);
    expect(variant.scenario.report!.title).toBe("Færder 2040: halv boliggjøring");
  });
});

describe("validateScenario(raw, options)", () => {
  it("names the file that defines the field (a variant or its baseline)", () => {
    const raw = { name: "x", housing: { steps: [], profiles: { today: {}, alternative: {} }, path: { shape: "linear", targetYear: 2040 } } };
    const { issues } = validateScenario(raw, { origin: (p) => (p[0] === "housing" ? "base.json" : "variant.json") });
    expect(formatIssues(issues)).toBe("base.json: housing.steps: expected a list with at least 1 elements, got 0 elements");
  });
});
