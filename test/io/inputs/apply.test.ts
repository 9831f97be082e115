import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { housingProfileCsv } from "../../../engine/io/inputs/housing-profile";
import type { JsonObject } from "../../../engine/io/inputs/json-parts";
import { ratesCsv } from "../../../engine/io/inputs/rates";
import { staffingCsv } from "../../../engine/io/inputs/staffing";
import { checkScenarioFile, loadScenarioFile } from "../../../engine/io/scenario-file";
import { formatIssues } from "../../../engine/errors";
import { runScenario } from "../../../engine/run/run";
import { rowsOf } from "../../run/rows-of";

const dir = mkdtempSync(join(tmpdir(), "trappa-inputs-"));
const base = loadScenarioFile("scenarios/default.json");
const json = base.resolved as JsonObject;

/** A scenario in the temporary folder extending the default, with `inputs` and the files given. */
function withInputs(name: string, files: Record<string, string | Buffer>, inputs: Record<string, string>): string {
  const sub = mkdtempSync(join(dir, `${name}-`));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(sub, f), text);
  const file = join(sub, "scenario.json");
  writeFileSync(file, JSON.stringify({ extends: resolve("scenarios/default.json"), name, inputs }));
  return file;
}

const ALL = { rates: "d.csv", staffing: "s.csv", housingProfile: "p.csv" };
const FILES = { "d.csv": ratesCsv(json), "s.csv": staffingCsv(json), "p.csv": housingProfileCsv(json) };

describe("a scenario with inputs: the CSVs replace the values they give, at load", () => {
  it("the default's own values written as CSVs load back to the same coverage and housing (but the sources)", () => {
    const loaded = loadScenarioFile(withInputs("samme", FILES, ALL));
    const strip = (x: unknown) => JSON.parse(JSON.stringify(x, (k, v) => (k === "source" ? undefined : v)));
    expect(strip(loaded.scenario.coverage)).toEqual(strip(base.scenario.coverage));
    expect(strip(loaded.scenario.housing)).toEqual(strip(base.scenario.housing));
    expect(loaded.inputs!.map((i) => [i.kind, i.file, i.values, i.template.length])).toEqual([
      ["rates", "d.csv", 12, 12],
      ["staffing", "s.csv", 7, 7],
      ["housingProfile", "p.csv", 4, 4],
    ]);
    expect(loaded.scenario.coverage!.services[0].source).toMatch(/^MALVERDI: Dekningsgrader: Ålesunds kartlegging mars 2021/);
    expect(loaded.hash).not.toBe(base.hash);
  });

  it("and run to the same tables as the default", () => {
    const a = runScenario(base, { replicates: 2 });
    const b = runScenario(loadScenarioFile(withInputs("samme-kjoring", FILES, ALL)), { replicates: 2 });
    for (const id of ["befolkning", "dekningsgrader", "boligtrapp", "boligtrapp-sum", "sammendrag"]) {
      expect(rowsOf(b.tables.find((t) => t.id === id)!), id).toEqual(rowsOf(a.tables.find((t) => t.id === id)!));
    }
    expect(b.notes[0]).toMatch(
      /^Malverdier: alle 12 dekningsgrader \(d\.csv\), alle 7 rader med årsverk og kostnad per enhet \(s\.csv\) og alle 4 aldersgrupper/,
    );
    expect(b.sources.filter((s) => s.role.startsWith("inndata")).map((s) => s.role)).toEqual([
      "inndata: dekningsgrader",
      "inndata: årsverk og kostnader",
      "inndata: dagens boligprofil",
    ]);
  });

  it("a missing input file is the validator's issue, naming the field that refers to it", () => {
    const { loaded, issues } = checkScenarioFile(withInputs("mangler", {}, { rates: "finnes-ikke.csv" }));
    expect(loaded).toBeNull();
    expect(formatIssues(issues)).toMatch(
      /scenario\.json: inputs\.rates: expected an existing file \(relative to the scenario file\), got "finnes-ikke\.csv", which does not exist$/,
    );
  });

  it("every bad cell of every file at once, each with the file and line", () => {
    const bad = { ...FILES, "d.csv": FILES["d.csv"].replace(";0,042;", ";4,2;"), "p.csv": FILES["p.csv"].replace(";0,259;0,0198;", ";0,3;0,0198;") };
    const { loaded, issues } = checkScenarioFile(withInputs("feil", bad, ALL));
    expect(loaded).toBeNull();
    const text = formatIssues(issues);
    expect(text).toMatch(/d\.csv: line 7, dekningsgrad: expected a share between 0 and 1 \(e\.g\. 0,042\), got "4,2"/);
    expect(text).toMatch(
      /p\.csv: line 7: expected shares of eget-hjem, eget-hjem-tjenester, heldognsbolig, institusjon that sum to 1 \(every resident of the band on one step\), got a sum of 1\.041 for 80-84/,
    );
    expect(issues).toHaveLength(2);
  });

  it("inputs for a part the scenario lacks are an issue of the scenario file", () => {
    const sub = mkdtempSync(join(dir, "uten-"));
    writeFileSync(join(sub, "d.csv"), FILES["d.csv"]);
    const file = join(sub, "scenario.json");
    writeFileSync(file, JSON.stringify({ name: "uten", inputs: { rates: "d.csv" } }));
    const { issues } = checkScenarioFile(file);
    expect(formatIssues(issues)).toBe(`${file}: inputs.rates: expected a coverage part with services whose rates the file gives, got no "coverage" part`);
  });
});

describe("a value changed but still marked MALVERDI", () => {
  it("is no longer called a template value: the note says it was changed without its source", () => {
    const changed = FILES["d.csv"].replace(";80-84;0,042;MALVERDI", ";80-84;0,05;MALVERDI");
    const b = runScenario(loadScenarioFile(withInputs("uten-kilde", { ...FILES, "d.csv": changed }, ALL)), { replicates: 2 });
    const rates = b.resolved.inputs.find((i) => i.kind === "rates")!;
    expect([rates.template.length, rates.unsourced]).toEqual([11, ["institusjon 80-84"]]);
    expect(b.notes[0]).toMatch(/^Malverdier: 11 av 12 dekningsgrader \(d\.csv: institusjon 67-79, institusjon 85-89, /);
    expect(b.notes[0]).toMatch(
      /Endret uten kilde: d\.csv: institusjon 80-84 er endret fra malen, men kolonnen «kilde» begynner fortsatt med MALVERDI; skriv kilden for kommunens tall\.$/,
    );
  });
});

describe("an input CSV saved by Excel in a Norwegian Windows (Windows-1252, no byte-order mark)", () => {
  it("reads æ, ø and å in the sources correctly", () => {
    const own = FILES["d.csv"].replace("\ufeff", "").replace(/MALVERDI: [^\r\n]*/, "Skiens tall, søknad om sykehjemsplass, Ålesund-metoden");
    const loaded = loadScenarioFile(withInputs("cp1252", { ...FILES, "d.csv": Buffer.from(own, "latin1") }, ALL));
    expect(loaded.scenario.coverage!.services[0].source).toMatch(/^Skiens tall, søknad om sykehjemsplass, Ålesund-metoden /);
    expect(loaded.inputs![0].template).toHaveLength(11);
  });
});
