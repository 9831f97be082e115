import { describe, expect, it } from "vitest";
import type { JsonObject } from "../../../engine/io/inputs/json-parts";
import { applyRates, ratesCsv } from "../../../engine/io/inputs/rates";
import { parseInputTable } from "../../../engine/io/inputs/table";

function scenario(): JsonObject {
  return {
    coverage: {
      services: [
        { id: "institusjon", name: "Institusjon", unit: "places", rates: { "80-84": 0.042, "85-89": 0.13, "90+": 0.237 }, source: "Ålesund 2021" },
        { id: "timer", name: "Timer", unit: "hours", rates: { "80+": 2.5 } },
        { id: "telt", name: "Telt", unit: "users", counts: { "80+": 12 } },
      ],
    },
  };
}

const table = (body: string) => parseInputTable(`tjeneste;navn;aldersgruppe;dekningsgrad;kilde\n${body}`, "d.csv");

describe("applyRates(json, table): coverage rates from the CSV", () => {
  it("replaces each service's rates with the file's rows and counts template values", () => {
    const json = scenario();
    const a = applyRates(
      json,
      table("institusjon;;80-84;0,05;Skien 2024\ninstitusjon;;85-89 år;0,1;MALVERDI: x\ninstitusjon;;90+;0,2;\ntimer;;80+;2,5;MALVERDI: y\n"),
    );
    expect(a.issues).toEqual([]);
    const [inst, timer, telt] = (json.coverage as JsonObject).services as JsonObject[];
    expect(inst.rates).toEqual({ "80-84": 0.05, "85-89": 0.1, "90+": 0.2 });
    expect(timer.rates).toEqual({ "80+": 2.5 });
    expect(telt.counts).toEqual({ "80+": 12 });
    expect(a.values).toBe(4);
    // Marked MALVERDI: the template's value while unchanged; a new or changed value is replaced, without its source.
    expect(a.template).toEqual(["timer 80+"]);
    expect(a.unsourced).toEqual(["institusjon 85-89"]);
    expect(a.sources.get("coverage:institusjon")).toEqual(["Skien 2024", "MALVERDI: x"]);
  });

  it("keeps the scenario's bands: a band the service does not have, or a deleted row, is an issue (never a silently empty band)", () => {
    const json = scenario();
    const a = applyRates(json, table("institusjon;;80-84;0,05;\ninstitusjon;;85-94;0,1;\ntimer;;80+;2,5;\n"));
    expect(a.issues).toEqual([
      { file: "d.csv", path: ["aldersgruppe"], line: 3, expected: "an age band of institusjon in the scenario (80-84, 85-89, 90+)", found: '"85-94"' },
      { file: "d.csv", path: ["aldersgruppe"], expected: "a row for every age band of institusjon (80-84, 85-89, 90+)", found: "none for 85-89, 90+" },
    ]);
    expect(((json.coverage as JsonObject).services as JsonObject[])[0].rates).toEqual({ "80-84": 0.042, "85-89": 0.13, "90+": 0.237 });
  });

  it("names every bad row at once: unknown service, a share above 1, a bad band, a band twice, a service without rows", () => {
    const a = applyRates(
      scenario(),
      table(
        "sykehjem;;80-84;0,05;\ninstitusjon;;80-84;1,4;\ninstitusjon;;80 til 84;0,1;\ninstitusjon;;90+;0,2;\ninstitusjon;;90+;0,3;\ntelt;;80+;0,1;\ninstitusjon;;85-89;0,1;\n",
      ),
    );
    expect(a.issues).toEqual([
      { file: "d.csv", path: ["tjeneste"], line: 2, expected: "a service of the scenario with rates (institusjon, timer)", found: '"sykehjem"' },
      { file: "d.csv", path: ["dekningsgrad"], line: 3, expected: "a share between 0 and 1 (e.g. 0,042)", found: '"1,4"' },
      { file: "d.csv", path: ["aldersgruppe"], line: 4, expected: "an age band of institusjon in the scenario (80-84, 85-89, 90+)", found: '"80 til 84"' },
      { file: "d.csv", path: ["aldersgruppe"], line: 6, expected: "each band once per service", found: "90+ again for institusjon" },
      { file: "d.csv", path: ["tjeneste"], line: 7, expected: "a service of the scenario with rates (institusjon, timer)", found: '"telt"' },
      { file: "d.csv", path: ["aldersgruppe"], expected: "a row for every age band of timer (80+)", found: "none for 80+" },
    ]);
  });

  it("names a missing column with the columns found", () => {
    const a = applyRates(scenario(), parseInputTable("tjeneste;aldersgruppe;andel\nx;80+;0,1\n", "d.csv"));
    expect(a.issues).toEqual([
      {
        file: "d.csv",
        path: [],
        line: 1,
        expected: 'a column "dekningsgrad" (columns needed: tjeneste, aldersgruppe, dekningsgrad)',
        found: "the columns tjeneste, aldersgruppe, andel",
      },
    ]);
  });
});

describe("ratesCsv(json)", () => {
  it("writes every rate of every service with rates, marked MALVERDI with the service's source, and reads back to the same rates", () => {
    const text = ratesCsv(scenario());
    expect(text).toContain("institusjon;Institusjon;80-84;0,042;MALVERDI: Ålesund 2021\r\n");
    expect(text).toContain("timer;Timer;80+;2,5;MALVERDI: malens verdi\r\n");
    expect(text).not.toContain("telt");
    const json = scenario();
    const a = applyRates(json, parseInputTable(text, "d.csv"));
    expect(a.issues).toEqual([]);
    expect(json).toEqual({ ...scenario() });
    expect(a.template).toHaveLength(4);
  });
});
