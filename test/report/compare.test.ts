import { describe, expect, it } from "vitest";
import { parseCsv } from "../../engine/io/csv";
import { compareRuns, comparisonCsv, comparisonText } from "../../engine/report/compare";

const tables = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([k, v]) => [k, parseCsv(v)]));

describe("compareRuns(a, b)", () => {
  const a = tables({
    sammendrag: "key,label,value,unit\nstaff_base,Bemanning i dag (2024),544.9,årsverk\ncost,Kostnad,0,mill. kr\n",
    bare_a: "year,value\n2024,1\n",
  });
  const b = tables({
    sammendrag: "key,label,value,unit\nstaff_base,Bemanning i dag (2025),600,årsverk\ncost,Kostnad,5,mill. kr\nnew,Ny,2,x\n",
    bare_b: "year,value\n2024,1\n",
  });
  const rows = compareRuns(a, b);

  it("matches rows on all columns but value and label; difference B − A and ratio B ÷ A", () => {
    expect(rows[0]).toEqual({
      table: "sammendrag",
      keyColumns: ["key", "unit"],
      key: ["staff_base", "årsverk"],
      a: 544.9,
      b: 600,
      difference: 55.1,
      ratio: 600 / 544.9,
    });
    expect(rows[1]).toMatchObject({ a: 0, b: 5, difference: 5, ratio: null });
    expect(rows[2]).toMatchObject({ key: ["new", "x"], a: null, b: 2, difference: null, ratio: null });
    expect(new Set(rows.map((r) => r.table))).toEqual(new Set(["sammendrag"]));
  });

  it("writes CSV with empty cells where a value is undefined, and text with the differing rows", () => {
    expect(comparisonCsv(rows).split("\n").slice(0, 4)).toEqual([
      "table,key,value_a,value_b,difference,ratio",
      "sammendrag,key=staff_base; unit=årsverk,544.9,600,55.1,1.10111947146",
      "sammendrag,key=cost; unit=mill. kr,0,5,5,",
      "sammendrag,key=new; unit=x,,2,,",
    ]);
    expect(comparisonText(rows)).toContain("sammendrag: 3 rader, 3 med forskjell");
  });

  it('keeps region codes as text through the join ("0301", not 301) and a row only A has', () => {
    const r = compareRuns(tables({ t: "region,year,value\n0301,2024,5\n3911,2024,7\n" }), tables({ t: "region,year,value\n3911,2024,8\n" }));
    expect(r.map((x) => [x.key, x.a, x.b, x.difference])).toEqual([
      [["0301", "2024"], 5, null, null],
      [["3911", "2024"], 7, 8, 1],
    ]);
  });

  it("refuses two runs with no table in common", () => {
    expect(() => compareRuns(tables({ x: "value\n1\n" }), tables({ y: "value\n1\n" }), { a: "out/a", b: "out/b" })).toThrow(
      "out/a and out/b: expected two run folders with at least one table (CSV) in common, got tables x and tables y",
    );
  });
});
