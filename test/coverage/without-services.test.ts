/**
 * The share of residents 80+ without care services over time: Færder 39 % (2013) → 42 %
 * (2023), Norway excluding Oslo 35 → 41 % (DOMAIN.md, ../shared/domain/share_80plus_without_services.csv).
 */
import { describe, expect, it } from "vitest";
import { withoutServicesTrend } from "../../engine/coverage/without-services";
import { parseWithoutServicesCsv, readWithoutServices } from "../../engine/io/without-services-file";
import { withoutServicesSectionHtml } from "../../engine/report/without-services-html";

describe("the share of residents 80+ without services", () => {
  const s = readWithoutServices("data/without-services/faerder-2013-2023.csv");

  it("Færder first: 39 % in 2013, 42 % in 2023 (+3 points); Norway excluding Oslo 35 → 41 %", () => {
    const t = withoutServicesTrend(s);
    expect(t[0]).toMatchObject({ region: "3811 Færder", firstYear: 2013, first: 0.39, lastYear: 2023, last: 0.42 });
    expect(t[0].change).toBeCloseTo(0.03, 12);
    const norway = t.find((x) => x.region === "Landet uten Oslo")!;
    expect([norway.first, norway.last]).toEqual([0.35, 0.41]);
    expect(s.regions).toHaveLength(8);
  });

  it("any municipality that supplies a series: percentages, semicolons, a missing year, the row to highlight", () => {
    const csv = "# name: Test\nregion;2019;2020;2021\nKommune A;40 %;;43 %\nKommune B;30 %;31 %;32 %\n";
    const x = parseWithoutServicesCsv(csv, "a.csv", "Kommune B");
    expect(x.municipality).toBe("Kommune B");
    expect(x.regions[0].values).toEqual([
      { year: 2019, share: 0.4 },
      { year: 2021, share: 0.43 },
    ]);
    expect(withoutServicesTrend(x)[0].region).toBe("Kommune B");
    const html = withoutServicesSectionHtml(x).join("\n");
    expect(html).toContain("Innbyggere 80+ uten omsorgstjenester");
    expect(html).toContain("fig-uten-tjenester");
  });

  it("bad input names file, line and field", () => {
    expect(() => parseWithoutServicesCsv("region,2019\nA,1.4\n", "a.csv")).toThrow(
      /a\.csv: line 2, field "2019": expected a share between 0 and 1 \(or 0-100 %\), got "1\.4"/,
    );
    expect(() => parseWithoutServicesCsv("region,år\nA,0.4\n", "a.csv")).toThrow(/a\.csv: line 1, column 2: expected a four-digit year, got "år"/);
    expect(() => parseWithoutServicesCsv("region,2019\nA,0.4\n", "a.csv", "B")).toThrow(/a\.csv: municipality: expected one of the regions "A", got "B"/);
  });
});
