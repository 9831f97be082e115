import { describe, expect, it } from "vitest";
import { applyHousingProfile, housingProfileCsv } from "../../../engine/io/inputs/housing-profile";
import type { JsonObject } from "../../../engine/io/inputs/json-parts";
import { parseInputTable } from "../../../engine/io/inputs/table";

function scenario(extra: JsonObject = {}): JsonObject {
  return {
    housing: {
      steps: [
        { id: "eget-hjem", name: "Eget hjem" },
        { id: "institusjon", name: "Institusjon" },
      ],
      profiles: { today: { "80-89": { "eget-hjem": 0.9, institusjon: 0.1 }, "90+": { "eget-hjem": 0.7, institusjon: 0.3 } }, alternative: {} },
      ...extra,
    },
  };
}

const today = (json: JsonObject) => ((json.housing as JsonObject).profiles as JsonObject).today;

describe("applyHousingProfile(json, table): today's housing profile, one row per band", () => {
  it("replaces today's profile with the file's rows", () => {
    const json = scenario();
    const a = applyHousingProfile(
      json,
      parseInputTable("aldersgruppe;eget-hjem;institusjon;kilde\n80-89 år;0,92;0,08;MALVERDI: x\n90+;0,7;0,3;MALVERDI: x\n", "p.csv"),
    );
    expect(a.issues).toEqual([]);
    expect(today(json)).toEqual({ "80-89": { "eget-hjem": 0.92, institusjon: 0.08 }, "90+": { "eget-hjem": 0.7, institusjon: 0.3 } });
    // Marked MALVERDI: 90+ is the template's; 80-89 was changed without writing its source.
    expect(a.template).toEqual(["90+"]);
    expect(a.unsourced).toEqual(["80-89"]);
  });

  it("keeps the scenario's bands: another band, or a deleted row, is an issue", () => {
    const a = applyHousingProfile(scenario(), parseInputTable("aldersgruppe;eget-hjem;institusjon\n80+;0,9;0,1\n", "p.csv"));
    expect(a.issues).toEqual([
      { file: "p.csv", path: ["aldersgruppe"], line: 2, expected: "an age band of today's housing profile in the scenario (80-89, 90+)", found: '"80+"' },
      { file: "p.csv", path: ["aldersgruppe"], expected: "a row for every age band of today's housing profile (80-89, 90+)", found: "none for 80-89, 90+" },
    ]);
  });

  it("names shares that do not sum to 1, a blank share, and leaves the profile as it was", () => {
    const json = scenario();
    const a = applyHousingProfile(json, parseInputTable("aldersgruppe;eget-hjem;institusjon;kilde\n80-89;0,92;0,07;\n90+;;0,3;\n", "p.csv"));
    expect(a.issues).toEqual([
      {
        file: "p.csv",
        path: [],
        line: 2,
        expected: "shares of eget-hjem, institusjon that sum to 1 (every resident of the band on one step)",
        found: "a sum of 0.99 for 80-89",
      },
      { file: "p.csv", path: ["eget-hjem"], line: 3, expected: "a share between 0 and 1 (e.g. 0,259)", found: "an empty cell" },
    ]);
    expect(today(json)).toEqual(today(scenario()));
  });

  it("accepts shares that do not sum to 1 when the scenario normalises them", () => {
    const json = scenario({ normaliseShares: true });
    expect(applyHousingProfile(json, parseInputTable("aldersgruppe;eget-hjem;institusjon\n80-89;0,9;0,05\n90+;0,7;0,3\n", "p.csv")).issues).toEqual([]);
  });

  it("names a missing step column and an unknown one", () => {
    const a = applyHousingProfile(scenario(), parseInputTable("aldersgruppe;eget-hjem;sykehjem;kilde\n80-89;0,9;0,1;\n", "p.csv"));
    expect(a.issues.map((i) => i.expected)).toEqual([
      'a column "institusjon" (columns needed: aldersgruppe, eget-hjem, institusjon)',
      "columns aldersgruppe, the housing steps (eget-hjem, institusjon) and kilde",
    ]);
    expect(a.issues[1].found).toBe('the column "sykehjem"');
  });
});

describe("housingProfileCsv(json)", () => {
  it("writes today's profile as bands × steps and reads back to it", () => {
    const text = housingProfileCsv(scenario());
    expect(text).toContain("aldersgruppe;eget-hjem;institusjon;kilde\r\n80-89;0,9;0,1;MALVERDI:");
    const json = scenario();
    expect(applyHousingProfile(json, parseInputTable(text, "p.csv")).issues).toEqual([]);
    expect(today(json)).toEqual(today(scenario()));
  });
});
