import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../../engine/io/inputs/json-parts";
import { applyStaffing, staffingCsv } from "../../../engine/io/inputs/staffing";
import { parseInputTable } from "../../../engine/io/inputs/table";

function scenario(): JsonObject {
  return {
    coverage: {
      services: [
        {
          id: "institusjon",
          name: "Institusjon",
          unit: "places",
          rates: {},
          arsverkPerUnit: { value: 1.224, low: 1, high: 1.4 },
          unitCost: { value: 1200000, priceYear: 2024 },
        },
      ],
    },
    housing: {
      steps: [
        { id: "eget-hjem", name: "Eget hjem", arsverkPerUnit: 0, costPerUnit: { value: 0, priceYear: 2024 } },
        { id: "institusjon", name: "Institusjon", arsverkPerUnit: 1.224, costPerUnit: { value: 1200000, priceYear: 2024 } },
      ],
    },
  };
}

const HEADER = "del;id;navn;enhet;arsverk_per_enhet;kostnad_per_enhet;prisaar;kilde\n";

describe("applyStaffing(json, table): årsverk and cost per unit of services and housing steps", () => {
  it("replaces årsverk, cost and price year (a value with uncertainty becomes the file's plain value)", () => {
    const json = scenario();
    const a = applyStaffing(
      json,
      parseInputTable(
        `${HEADER}tjeneste;institusjon;;plass;1,3;1 350 000;2025;KOSTRA 2024\nboligtrinn;eget-hjem;;;0;0;2025;MALVERDI: x\nBoligtrinn;institusjon;;;1,3;1350000;2025;KOSTRA 2024\n`,
        "s.csv",
      ),
    );
    expect(a.issues).toEqual([]);
    const svc = ((json.coverage as JsonObject).services as JsonObject[])[0];
    expect(svc.arsverkPerUnit).toBe(1.3);
    expect(svc.unitCost).toEqual({ value: 1350000, priceYear: 2025 });
    const steps = (json.housing as JsonObject).steps as JsonObject[];
    expect(steps[1]).toMatchObject({ arsverkPerUnit: 1.3, costPerUnit: { value: 1350000, priceYear: 2025 } });
    expect(a.values).toBe(3);
    // Marked MALVERDI but its price year changed: replaced, without its source.
    expect(a.template).toEqual([]);
    expect(a.unsourced).toEqual(["boligtrinn eget-hjem"]);
    expect(a.sources.get("housing:institusjon")).toEqual(["KOSTRA 2024"]);
  });

  it("names every bad row at once: an unknown part or id, a negative cost, a price year with decimals, a row twice, an item without a row", () => {
    const a = applyStaffing(
      scenario(),
      parseInputTable(
        `${HEADER}tjenester;institusjon;;;1;1;2024;\ntjeneste;sykehjem;;;1;1;2024;\ntjeneste;institusjon;;;1;-5;2024,5;\nboligtrinn;institusjon;;;1;1;2024;\nboligtrinn;institusjon;;;1;1;2024;\n`,
        "s.csv",
      ),
    );
    expect(a.issues).toEqual([
      { file: "s.csv", path: ["del"], line: 2, expected: "tjeneste or boligtrinn", found: '"tjenester"' },
      { file: "s.csv", path: ["id"], line: 3, expected: "a tjeneste of the scenario (institusjon)", found: '"sykehjem"' },
      { file: "s.csv", path: ["kostnad_per_enhet"], line: 4, expected: "kroner per unit and year, 0 to 1000000000", found: '"-5"' },
      { file: "s.csv", path: ["prisaar"], line: 4, expected: "a whole year", found: "2024.5" },
      { file: "s.csv", path: ["id"], line: 6, expected: "one row per boligtrinn", found: "institusjon again" },
      { file: "s.csv", path: ["id"], expected: "a row for every tjeneste of the scenario", found: "none for institusjon" },
      { file: "s.csv", path: ["id"], expected: "a row for every boligtrinn of the scenario", found: "none for eget-hjem" },
    ]);
  });
});

describe("applyStaffing: one price year", () => {
  it("a row in another price year than the first is an issue naming both lines", () => {
    const a = applyStaffing(
      scenario(),
      parseInputTable(`${HEADER}tjeneste;institusjon;;;1;1;2024;\nboligtrinn;eget-hjem;;;0;0;2024;\nboligtrinn;institusjon;;;1;1;2025;\n`, "s.csv"),
    );
    expect(a.issues).toEqual([{ file: "s.csv", path: ["prisaar"], line: 4, expected: "the price year of every row, 2024 (line 2)", found: "2025" }]);
  });
});

describe("staffingCsv(json)", () => {
  it("writes one row per service and step with the template's values, and reads back to them", () => {
    const text = staffingCsv(scenario());
    expect(text).toContain("tjeneste;institusjon;Institusjon;plass;1,224;1200000;2024;MALVERDI: malens verdi\r\n");
    expect(text).toContain("boligtrinn;eget-hjem;Eget hjem;bolig eller plass;0;0;2024;MALVERDI: malens verdi\r\n");
    const json = scenario();
    const a = applyStaffing(json, parseInputTable(text, "s.csv"));
    expect(a.issues).toEqual([]);
    expect(a.template).toHaveLength(3);
    const svc = ((json.coverage as JsonObject).services as JsonObject[])[0];
    expect(svc.arsverkPerUnit).toBe(1.224);
    expect((json.housing as JsonObject).steps).toEqual((scenario().housing as JsonObject).steps);
  });
});
