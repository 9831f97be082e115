import { describe, expect, it } from "vitest";
import { UsageError } from "../../../engine/errors";
import { placeFacts } from "../../../engine/io/init/facts";
import type { SsbImportReport } from "../../../engine/io/ssb/report";
import type { SsbRow } from "../../../engine/io/ssb/tidy";

const row = (o: Partial<SsbRow>): SsbRow => ({
  region: "4005",
  regionName: "Notodden",
  table: "14288",
  round: 2024,
  alternative: "MMMM",
  year: 2024,
  sex: "both",
  age: "0-66",
  value: 1,
  status: "",
  ...o,
});
const report = { file: "f.csv", places: [{ code: "4005", name: "Notodden" }] } as unknown as SsbImportReport;
const NOTODDEN = { code: "4005", name: "Notodden" };

describe("placeFacts(rows, report, place)", () => {
  const ages = ["0-66", "67-79", "80-89", "90+"];
  const rows: SsbRow[] = [];
  for (const [round, alts] of [
    [2022, ["MMMM"]],
    [2024, ["HHMH", "MMMM", "LLML", "XXXX"]],
  ] as const)
    for (const alternative of alts) for (let year = round; year <= round + 3; year++) for (const age of ages) rows.push(row({ round, alternative, year, age }));
  rows.push(row({ region: "4003", regionName: "Skien" }));

  it("takes the newest round with MMMM: its years, its alternatives in SSB's order (known codes only), its age groups as bands", () => {
    const f = placeFacts(rows, report, NOTODDEN);
    expect(f).toMatchObject({ code: "4005", name: "Notodden", round: 2024, table: "14288", baseYear: 2024, lastYear: 2027, years: [2024, 2025, 2026, 2027] });
    expect(f.alternatives).toEqual(["MMMM", "LLML", "HHMH"]);
    expect(f.bands).toEqual(ages);
    expect(f.rows).toHaveLength(rows.length - 1);
  });

  it("no bands when the age groups do not cover 0…105+ once", () => {
    expect(
      placeFacts(
        rows.filter((r) => r.age !== "90+"),
        report,
        NOTODDEN,
      ).bands,
    ).toBeNull();
  });

  it("the name from SSB's code list when the file gives codes only", () => {
    expect(
      placeFacts(
        rows.map((r) => ({ ...r, regionName: "" })),
        report,
        NOTODDEN,
      ).name,
    ).toBe("Notodden");
  });

  it("refuses a file without the place or without MMMM, in Norwegian", () => {
    expect(() => placeFacts(rows, report, { code: "4012", name: "Bamble" })).toThrow(UsageError);
    expect(() => placeFacts(rows, report, { code: "4012", name: "Bamble" })).toThrow(
      "f.csv har ingen tall for 4012 Bamble: forventet en SSB-fil med dette stedet, fant 4005 Notodden",
    );
    const registered = rows.filter((r) => r.region === "4005").map((r) => ({ ...r, alternative: null, round: null }));
    expect(() => placeFacts(registered, report, NOTODDEN)).toThrow(
      "f.csv: forventet SSBs hovedalternativ MMMM for 4005 Notodden (en framskriving), fant registrert befolkning",
    );
  });
});
