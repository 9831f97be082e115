import { describe, expect, it } from "vitest";
import { InputError } from "../../../engine/errors";
import {
  MISSING_SYMBOLS,
  parseAlternativeLabel,
  parseSsbAge,
  parseSsbSex,
  parseSsbValue,
  parseSsbYear,
  tableFromFileName,
  tableFromTitle,
} from "../../../engine/io/ssb/labels";
import { parseBand } from "../../../engine/population/bands";

describe("parseSsbAge", () => {
  it.each([
    ["000", "0"],
    ["067", "67"],
    ["104", "104"],
    ["105+", "105+"],
    ["0 år", "0"],
    ["67 år", "67"],
    ["105 år eller eldre", "105+"],
    ["105 år og eldre", "105+"],
    ["80-89 år", "80-89"],
    ["90 år eller eldre", "90+"],
    ["1-5 år", "1-5"],
    ["80+ år", "80+"],
    ["000 0 år", "0"],
    ["105+ 105 år eller eldre", "105+"],
    ["Alle aldre", "0+"],
  ])("%s → %s (a label parseBand accepts)", (text, label) => {
    expect(parseSsbAge(text)).toBe(label);
    expect(parseBand(label).label).toBe(label);
  });

  it("names the field and what it got", () => {
    expect(() => parseSsbAge("gamle", 'f.csv: line 3, field "alder"')).toThrow(
      'f.csv: line 3, field "alder": expected an age such as "000", "105+", "0 år", "80-89 år" or "90 år eller eldre", got "gamle"',
    );
  });
});

describe("parseAlternativeLabel", () => {
  it.each([
    ["Hovedalternativet (MMMM)", "MMMM"],
    ["Lav nasjonal vekst (LLML)", "LLML"],
    ["Høy nasjonal vekst (HHMH)", "HHMH"],
    ["Middels nasjonal vekst (Alternativ MMMM)", "MMMM"],
    ["Lav nasjonal vekst (Alternativ LLML)", "LLML"],
    ["Sterk aldring (LHML)", "LHML"],
    ["Ingen flytting (MM00)", "MM00"],
    ["MMM0", "MMM0"],
    ["Svak aldring", "HLMH"],
  ])("%s → %s", (label, code) => {
    expect(parseAlternativeLabel(label)).toEqual({ alternative: code, round: null, assumed: false });
  });

  it("reads registered population as alternative null", () => {
    for (const l of ["Personer", "Folkemengde 1. januar", "Historisk"]) expect(parseAlternativeLabel(l).alternative).toBeNull();
  });

  it('reads "Framskriving 2016" as MMMM of the 2016 round, marked as assumed', () => {
    expect(parseAlternativeLabel("Framskriving 2016")).toEqual({ alternative: "MMMM", round: 2016, assumed: true });
  });

  it("refuses an unknown alternative, naming the label and listing the known ones", () => {
    const run = (l: string) => () => parseAlternativeLabel(l, 'f.csv: line 2, field "statistikkvariabel"');
    expect(run("Ekstra høy vekst (HHHH)")).toThrow(InputError);
    expect(run("Ekstra høy vekst (HHHH)")).toThrow(
      'f.csv: line 2, field "statistikkvariabel": expected a label naming one of SSB\'s alternatives MMMM, LLML, HHMH, MMML, MMMH, LHML, HLMH, MMM0, MM00 (such as "Hovedalternativet (MMMM)" or "Lav nasjonal vekst (LLML)") or registered population ("Personer"), got "Ekstra høy vekst (HHHH)"',
    );
    expect(run("Ukjent scenario")).toThrow(/got "Ukjent scenario"/);
  });
});

describe("values, sexes, years, tables", () => {
  it("turns each missing-value symbol into null with the symbol as status", () => {
    for (const s of MISSING_SYMBOLS) expect(parseSsbValue(s)).toEqual({ value: null, status: s });
    expect(MISSING_SYMBOLS).toEqual([".", "..", "...", ":", "-"]);
    expect(parseSsbValue("")).toEqual({ value: null, status: "" });
  });

  it("reads numbers with a decimal comma only when told, and spaces between thousands", () => {
    expect(parseSsbValue("1234,5", true)).toEqual({ value: 1234.5, status: "" });
    expect(parseSsbValue("1 234")).toEqual({ value: 1234, status: "" });
    expect(parseSsbValue("-3")).toEqual({ value: -3, status: "" });
    expect(parseSsbValue("1234,5")).toBeUndefined();
    expect(parseSsbValue("abc")).toBeUndefined();
  });

  it("reads sexes as SSB codes and texts", () => {
    expect(parseSsbSex("2")).toBe("female");
    expect(parseSsbSex("1 Menn")).toBe("male");
    expect(parseSsbSex("Kvinner")).toBe("female");
    expect(parseSsbSex("Begge kjønn")).toBe("both");
    expect(parseSsbSex("")).toBe("both");
    expect(() => parseSsbSex("x", "f")).toThrow('f: expected a sex such as "Menn", "Kvinner", "Begge kjønn", "1" or "2", got "x"');
  });

  it("reads years and dates of 1 January", () => {
    expect(parseSsbYear("2024")).toBe(2024);
    expect(parseSsbYear("2024-01-01")).toBe(2024);
    expect(() => parseSsbYear("2024-07-01", "f")).toThrow(/f: expected a year/);
  });

  it("finds the table in a title and in a file name (known tables only)", () => {
    expect(tableFromTitle("07459: Befolkning, etter region, kjønn, alder")).toBe("07459");
    expect(tableFromFileName("data/14288_20240612-1200.csv")).toBe("14288");
    expect(tableFromFileName("data/12345.csv")).toBe("");
  });
});
