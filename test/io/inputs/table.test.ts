import { describe, expect, it } from "vitest";
import { InputError } from "../../../engine/errors";
import { inputCsvText, isTemplateSource, issuesOf, numberCell, parseInputTable, templateSource } from "../../../engine/io/inputs/table";

describe("parseInputTable(text, file): an input CSV as a spreadsheet saves it", () => {
  it("skips the comment block, a byte-order mark and rows of empty cells, keeping the file's line numbers", () => {
    const text = "\ufeff# a comment;;;\r\n# another\r\nTjeneste;Dekningsgrad;kilde\r\ninstitusjon;0,014;x\r\n;;\r\n\r\nheldognsbolig;0,0066;\r\n";
    const t = parseInputTable(text, "d.csv");
    expect(t.header).toEqual(["tjeneste", "dekningsgrad", "kilde"]);
    expect(t.rows).toEqual([
      { line: 4, cells: { tjeneste: "institusjon", dekningsgrad: "0,014", kilde: "x" } },
      { line: 7, cells: { tjeneste: "heldognsbolig", dekningsgrad: "0,0066", kilde: "" } },
    ]);
  });

  it("reads commas and decimal points as well (a file saved with another locale)", () => {
    const t = parseInputTable("tjeneste,dekningsgrad\ninstitusjon,0.014\n", "d.csv");
    expect(t.rows[0].cells).toEqual({ tjeneste: "institusjon", dekningsgrad: "0.014" });
  });

  it("round-trips what inputCsvText writes: quoting, semicolons, decimal commas", () => {
    const text = inputCsvText(["note"], ["id", "v", "kilde"], [["a", 0.0066, 'with ; and "quotes"']]);
    expect(text.startsWith("\ufeff# note\r\nid;v;kilde\r\na;0,0066;")).toBe(true);
    expect(parseInputTable(text, "x.csv").rows[0].cells).toEqual({ id: "a", v: "0,0066", kilde: 'with ; and "quotes"' });
  });
});

describe("numberCell: a number or an issue with file, line and column", () => {
  const t = parseInputTable("v;x\n1 200 000;\n0,5;\nabc;\n\n-1;\n", "f.csv");
  t.rows.push({ line: 9, cells: { v: "" } });
  const range = { min: 0, max: 2e6, what: "kroner" };
  it("reads spaces as thousands separators and a decimal comma", () => {
    const issues: never[] = [];
    expect(numberCell(t, t.rows[0], "v", range, issues)).toBe(1200000);
    expect(numberCell(t, t.rows[1], "v", range, issues)).toBe(0.5);
    expect(issues).toEqual([]);
  });
  it("names text, a value outside the range and an empty cell", () => {
    const issues: Parameters<typeof numberCell>[4] = [];
    for (const r of t.rows.slice(2)) expect(numberCell(t, r, "v", range, issues)).toBeUndefined();
    expect(issues).toEqual([
      { file: "f.csv", path: ["v"], line: 4, expected: "kroner", found: '"abc"' },
      { file: "f.csv", path: ["v"], line: 6, expected: "kroner", found: '"-1"' },
      { file: "f.csv", path: ["v"], line: 9, expected: "kroner", found: "an empty cell" },
    ]);
  });
});

describe("template marks", () => {
  it("a source starting with MALVERDI (any case, after spaces) marks a template value", () => {
    expect(isTemplateSource(templateSource("Ålesund 2021"))).toBe(true);
    expect(templateSource("  Ålesund\n 2021 ")).toBe("MALVERDI: Ålesund 2021");
    expect(isTemplateSource(" malverdi: x")).toBe(true);
    // A template that is itself a municipality's folder: its marked sources are not marked twice.
    expect(templateSource("MALVERDI: Ålesund 2021")).toBe("MALVERDI: Ålesund 2021");
    expect(isTemplateSource("Skien kommune 2024 (ikke MALVERDI)")).toBe(false);
    expect(isTemplateSource("")).toBe(false);
  });
});

describe("issuesOf(err, file)", () => {
  it("turns a CSV parse error into an issue naming the file, and rethrows anything else", () => {
    expect(() => parseInputTable('a;b\n"x;1\n', "q.csv")).toThrow(InputError);
    let issues: unknown[] = [];
    try {
      parseInputTable('a;b\n"x;1\n', "q.csv");
    } catch (err) {
      issues = issuesOf(err, "q.csv");
    }
    expect(issues).toEqual([
      { file: "q.csv", path: [], expected: "a CSV file as trappa init writes it", found: "q.csv: line 2: expected a closing quote, got end of file" },
    ]);
    expect(() => issuesOf(new TypeError("bug"), "q.csv")).toThrow(TypeError);
  });
});
