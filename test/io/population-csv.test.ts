import { describe, expect, it } from "vitest";
import { parsePopulationCsv } from "../../engine/io/population-csv";
import { InputError } from "../../engine/errors";

describe("parsePopulationCsv", () => {
  it("reads bands, single ages, sexes and keeps region codes as text", () => {
    const rows = parsePopulationCsv('region,year,age,sex,population\n0301,2024,90+,kvinner,1200\n0301,2024,67,menn,"1 234"\n', "pop.csv");
    expect(rows[0]).toMatchObject({ region: "0301", year: 2024, sex: "female", population: 1200, line: 2 });
    expect(rows[0].band).toMatchObject({ from: 90, to: 105 });
    expect(rows[1]).toMatchObject({ sex: "male", population: 1234 });
  });

  it("names the file and the missing column", () => {
    expect(() => parsePopulationCsv("region,year,population\n3911,2024,5\n", "pop.csv")).toThrow(
      'pop.csv: line 1: expected a column "age" (columns needed: region, year, age, population), got columns region, year, population',
    );
  });

  it("refuses negative counts, naming line and field", () => {
    expect(() => parsePopulationCsv("region,year,age,population\n3911,2024,0-17,5454\n3911,2024,18+,-3\n", "pop.csv")).toThrow(
      'pop.csv: line 3, field "population": expected a non-negative number, got "-3"',
    );
  });

  it("refuses a region code that lost its leading zero", () => {
    const err = (() => {
      try {
        parsePopulationCsv("region,year,age,population\n301,2024,0+,700000\n", "oslo.csv");
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect(String((err as Error).message)).toMatch(
      /oslo.csv: line 2, field "region": expected a 4-digit municipality .* got "301" \(the leading zero was lost/,
    );
  });

  it("refuses an age that is not a band", () => {
    expect(() => parsePopulationCsv("region,year,age,population\n3911,2024,gamle,5\n", "pop.csv")).toThrow(
      /pop.csv: line 2, field "age": expected an age band/,
    );
  });
});
