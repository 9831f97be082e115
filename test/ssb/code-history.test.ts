import { describe, expect, it } from "vitest";
import { loadCodeHistory } from "../../engine/io/ssb/code-history";
import { describeSplit, findUnit, formatLineage, lineage, mapToBorders } from "../../engine/ssb/borders";
import { parseCodeChanges, parseCountyList, parseMunicipalityList } from "../../engine/io/ssb/code-history";
import { buildCodeHistory, unitsIn } from "../../engine/ssb/code-history";

const h = loadCodeHistory();
const unit = (code: string, year: number) => {
  const u = findUnit(h, code, "", year).unit;
  if (!u) throw new Error(`no unit ${code} in ${year}`);
  return u;
};
/** The code a unit's figures are summed into at the borders of `year`, or the codes it is split between. */
const to = (code: string, from: number, year = 2024) => {
  const m = mapToBorders(h, unit(code, from), year);
  return m.kind === "whole" ? m.target.code : m.targets.map((t) => t.code);
};

describe("the municipal code history (data/ssb, SSB's change lists 2002-2024)", () => {
  it("has as many municipalities each year as SSB counted (435 in 2000 … 422 in 2018, 356 in 2020, 357 in 2024)", () => {
    const counts: Record<number, number> = {
      2000: 435,
      2002: 434,
      2005: 433,
      2006: 431,
      2008: 430,
      2012: 429,
      2013: 428,
      2017: 426,
      2018: 422,
      2019: 422,
      2020: 356,
      2023: 356,
      2024: 357,
    };
    for (const [year, n] of Object.entries(counts)) expect([year, unitsIn(h, Number(year)).length]).toEqual([year, n]);
    // counties: 19 until 2017, Trøndelag from 2018, 11 in 2020-2023, 15 from 2024
    expect([2000, 2017, 2018, 2020, 2024].map((y) => unitsIn(h, y, "county").length)).toEqual([19, 19, 18, 11, 15]);
    expect(h.newestYear).toBe(2024);
  });

  it("divides the country's land among the municipalities and among the counties of every year, without overlap", () => {
    const land = unitsIn(h, 2024, "country")[0].atoms;
    for (let y = 2000; y <= 2024; y++) {
      for (const level of ["municipality", "county"] as const) {
        const atoms = unitsIn(h, y, level).flatMap((u) => u.atoms);
        expect(atoms.length).toBe(land.length);
        expect(new Set(atoms).size).toBe(land.length);
      }
    }
  });

  it("Nøtterøy (0722) + Tjøme (0723) → Færder 0729 (2018) → 3811 (2020) → 3911 (2024)", () => {
    expect(to("0722", 2017)).toBe("3911");
    expect(to("0723", 2017)).toBe("3911");
    expect(to("0722", 2017, 2018)).toBe("0729");
    expect(to("0729", 2018, 2020)).toBe("3811");
    expect(to("3811", 2020)).toBe("3911");
    expect(unit("0722", 2017).to).toBe(2017);
    expect(formatLineage(lineage(h, unit("3911", 2024)))).toBe("0722 Nøtterøy + 0723 Tjøme (–2017), 0729 (2018–2019), 3811 (2020–2023), 3911 (2024–)");
  });

  it("Bø (0821) + Sauherad (0822) → Midt-Telemark 3817 (2020) → 4020 (2024); by name as SSB's tables label them", () => {
    expect(to("0821", 2019)).toBe("4020");
    expect(to("0822", 2019)).toBe("4020");
    expect(to("0822", 2019, 2020)).toBe("3817");
    expect(findUnit(h, "", "Bø (Telemark) (-2019)", 2016).unit?.code).toBe("0821");
    expect(findUnit(h, "", "Sauherad (-2019)", 2016).unit?.code).toBe("0822");
    // "Bø" alone was two places (Telemark and Nordland) until 2019
    expect(findUnit(h, "", "Bø", 2016)).toMatchObject({ unit: undefined, ambiguous: true });
    // Midt-Telemark at the borders of 2019 is two places: it cannot be split back
    expect(to("4020", 2024, 2019)).toEqual(["0821", "0822"]);
  });

  it("Skien 0806 → 3807 → 4003: one land under three codes", () => {
    expect(to("0806", 2016)).toBe("4003");
    expect(to("0806", 2016, 2020)).toBe("3807");
    expect(unit("0806", 2016).atoms).toEqual(unit("4003", 2024).atoms);
    expect(findUnit(h, "", "Skien (2020-2023)", 2022).unit?.code).toBe("3807");
  });

  it("Ålesund 1504, Haram, Sandøy, Skodje and Ørskog → Ålesund 1507 (2020); Haram (1580) split out again in 2024", () => {
    for (const c of ["1504", "1523", "1529", "1534", "1546"]) expect(to(c, 2019, 2020)).toBe("1507");
    // the 2024 split undid the merger of Haram: the old parts map whole
    expect(to("1534", 2019)).toBe("1580");
    for (const c of ["1504", "1523", "1529", "1546"]) expect(to(c, 2019)).toBe("1508");
    // Ålesund of 2020-2023 cannot be summed to the borders of 2024
    const alesund = unit("1507", 2021);
    expect(to("1507", 2021)).toEqual(["1508", "1580"]);
    const m = mapToBorders(h, alesund, 2024);
    expect(m.kind).toBe("split");
    if (m.kind === "split")
      expect(describeSplit(h, alesund, m.targets, 2024)).toBe(
        "1507 Ålesund (2020–2023) was split in 2024; at the borders of 2024 its land lies in 1508 Ålesund and 1580 Haram",
      );
  });

  it("splits without named parts (Tysfjord 2020, Snillfjord 2020) cannot be summed; nor the places that took a share", () => {
    expect(to("1850", 2019)).toEqual(["1806", "1875"]);
    expect(to("1613", 2016)).toEqual(["5055", "5056", "5059"]);
    // Narvik 1806 holds part of Tysfjord: Narvik + Ballangen of 2019 are not all of it
    const narvik = unit("1806", 2024);
    expect(narvik.atoms.length).toBe(unit("1805", 2019).atoms.length + unit("1854", 2019).atoms.length + 1);
  });

  it("codes that kept their number through a merger are two units (Stavanger 1103, Trondheim 5001)", () => {
    expect(unit("1103", 2016).id).toBe("1103:-2019");
    expect(unit("1103", 2021).id).toBe("1103:2020-");
    expect(to("1141", 2019)).toBe("1103");
    expect(unit("5001", 2019).atoms).toEqual(["1601"]);
    expect(unit("5001", 2021).atoms).toEqual(["1601", "1662"]);
  });

  it("moves between counties: Rømskog → Aurskog-Høland, Jevnaker and Lunner → Akershus, Hornindal → Volda, Rindal → Trøndelag, Tjeldsund → Troms", () => {
    const cases: Array<[string, number, string]> = [
      ["0121", 2019, "3226"],
      ["0532", 2019, "3236"],
      ["0533", 2019, "3234"],
      ["1444", 2019, "1577"],
      ["1567", 2019, "5061"],
      ["1852", 2019, "5512"],
      ["0711", 2019, "3301"],
      ["1129", 2019, "1108"],
      ["2017", 2019, "5603"],
      ["0717", 2001, "3905"], // Våle → Re (2002) → Tønsberg (2020)
      ["1915", 2012, "5503"], // Bjarkøy → Harstad (2013)
    ];
    for (const [code, year, want] of cases) expect([code, to(code, year)]).toEqual([code, want]);
    // counties: Telemark 08 and 40 are the same land; Østfold 01 and 31 are not (Rømskog left)
    expect(findUnit(h, "", "Telemark (-2019)", 2016).unit?.atoms).toEqual(findUnit(h, "40", "", 2024).unit?.atoms);
    expect(mapToBorders(h, findUnit(h, "01", "", 2016).unit!, 2024).kind).toBe("split");
  });
});

describe("buildCodeHistory on small hand-made lists", () => {
  const munis = parseMunicipalityList("code,name\n0001,A\n0002,B\n0003,C\n", "k.csv");
  const counties = parseCountyList("code,name,from,to\n00,Fylket,,\n", "f.csv");
  const changes = (rows: string) => parseCodeChanges(`year,kind,old_code,old_name,new_code,new_name,parts\n${rows}`, "e.csv");

  it("merges, renumbers and splits by named parts", () => {
    const t = buildCodeHistory({
      municipalities: munis,
      counties,
      firstYear: 2000,
      changes: changes(
        "2010,merger,0001,A,0010,AB,\n2010,merger,0002,B,0010,AB,\n2015,renumbering,0010,AB,0020,AB,\n2020,split,0020,AB,0030,A,0001@2009\n2020,split,0020,AB,0031,B,0002@2009\n",
      ),
    });
    const u = (code: string, year: number) => findUnit(t, code, "", year).unit!;
    expect(u("0020", 2016).atoms).toEqual(["0001", "0002"]);
    expect(mapToBorders(t, u("0001", 2005), 2020)).toMatchObject({ kind: "whole", target: { code: "0030" } });
    expect(mapToBorders(t, u("0010", 2012), 2020).kind).toBe("split");
    expect(mapToBorders(t, u("0002", 2005), 2016)).toMatchObject({ kind: "whole", target: { code: "0020" } });
    expect(unitsIn(t, 2021).map((x) => x.code)).toEqual(["0003", "0030", "0031"]);
  });

  it("refuses changes that do not fit the list, naming file, line and field", () => {
    const build = (rows: string) => () =>
      buildCodeHistory({ municipalities: munis, counties, firstYear: 2000, changes: changes(rows), files: { changes: "e.csv" } });
    expect(build("2010,merger,0009,X,0010,Y,\n")).toThrow('e.csv: line 2, field "old_code": expected a municipality in force on 1 January 2009, got "0009"');
    expect(build("2010,merger,0001,Q,0010,Y,\n")).toThrow('e.csv: line 2, field "old_name": expected the name of 0001 in 2009, "A", got "Q"');
    expect(build("2010,renumbering,0001,A,0003,C,\n")).toThrow(/field "new_code": expected a code not in use on 1 January 2009/);
    expect(build("2010,split,0001,A,0010,X,0002@2005\n2010,split,0001,A,0011,Y,0001@2005\n")).toThrow(
      /field "parts": expected parts that divide the land of 0001 A, got "0002@2005"/,
    );
    expect(() => changes("2010,fusion,0001,A,0010,X,\n")).toThrow('e.csv: line 2, field "kind": expected renumbering, merger, split, got "fusion"');
  });
});
