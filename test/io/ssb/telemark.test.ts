import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSsbFile } from "../../../engine/io/ssb/read";

/** SSB's Telemark files beside the project (never copied into it). */
const DIR = join("..", "shared", "data", "telemark");
const present = existsSync(DIR);
if (!present) console.warn(`skipping the Telemark import tests: ${DIR} is absent (shared reference data, not part of the project)`);

const SSB_AGES_OLD = ["0", "1-5", "6-12", "13-15", "16-19", "20-66", "67-79", "80-89", "90+"];
const SSB_AGES = ["0", "1-5", "6-12", "13-15", "16-19", "20-44", "45-66", "67-79", "80-89", "90+"];
const TABLES: Record<number, string> = {
  2005: "05904",
  2008: "06917",
  2009: "07268",
  2010: "08109",
  2011: "08825",
  2012: "09482",
  2014: "10213",
  2016: "11168",
  2018: "11668",
  2020: "12882",
  2022: "13600",
  2024: "14288",
  2026: "14746",
};

describe.skipIf(!present)("the Telemark files in ../shared/data/telemark, as they are", () => {
  const rounds = present
    ? readdirSync(DIR)
        .filter((f) => /^Framskrevet_folkemengde_\d{4}-\d{4}\.csv$/.test(f))
        .sort()
    : [];

  it("has all 13 projection rounds", () => {
    expect(rounds).toHaveLength(13);
  });

  for (const f of rounds) {
    const [, first, last] = /(\d{4})-(\d{4})/.exec(f)!.map(Number);
    it(`reads ${f}: round ${first}, years ${first}-${last}, MMMM/LLML/HHMH, places with codes`, () => {
      const { format, rows, report } = readSsbFile(join(DIR, f));
      expect(format).toBe("tidy-long-csv");
      expect(report.rounds).toEqual([first]);
      expect(report.tables).toEqual([TABLES[first]]);
      expect(report.years[0]).toBe(first);
      expect(report.years[report.years.length - 1]).toBe(last);
      expect(report.alternatives).toEqual(["MMMM", "LLML", "HHMH"]);
      expect(report.registered).toBe(false);
      expect(report.ages).toEqual(first <= 2012 ? SSB_AGES_OLD : SSB_AGES);
      expect(report.unknownPlaces).toEqual([]);
      expect(report.missing).toBe(0);
      const codes = report.places.map((p) => p.code);
      for (const c of ["0", "4003", "4005", "4012", "4022", "4030", "4034"]) expect(codes).toContain(c);
      // Telemark county: "Telemark (-2019)" before 2020, absent 2020-2023 (Vestfold og Telemark), "Telemark" from 2024
      expect(codes.indexOf("40") >= 0).toBe(first < 2020 || first >= 2024);
      expect(rows.every((r) => r.value !== null && r.sex === "both")).toBe(true);
    });
  }

  it("reads the registered history (07459): region,alder,statistikkvariabel,år,value", () => {
    const { rows, report } = readSsbFile(join(DIR, "befolkningsframskrivinger_historiske.csv"));
    expect(report.registered).toBe(true);
    expect(report.alternatives).toEqual([]);
    expect(report.years[0]).toBe(2000);
    expect(report.years[report.years.length - 1]).toBe(2026);
    expect(report.places.map((p) => p.code)).toEqual(["0", "40", "4003", "4005", "4012", "4022", "4030", "4034"]);
    expect(rows.every((r) => r.round === null && r.alternative === null)).toBe(true);
  });

  it("reads Kommune,Alder,År,Personer,Kilde: history and every MMMM round 2016-2026", () => {
    const { rows, report } = readSsbFile(join(DIR, "befolkning_sammenlikning_historisk_og_framskrivinger.csv"));
    expect(report.registered).toBe(true);
    expect(report.alternatives).toEqual(["MMMM"]);
    expect(report.rounds).toEqual([2016, 2018, 2020, 2022, 2024, 2026]);
    expect(report.places.map((p) => p.code)).toEqual(["4003", "4005", "4012", "4022", "4030", "4034"]);
    expect(rows).toHaveLength(11220);
    // the 2026 round here equals table 14746's MMMM in its own file
    const own = readSsbFile(join(DIR, "Framskrevet_folkemengde_2026-2050.csv")).rows;
    const pick = (rs: typeof rows) =>
      rs.find((r) => r.region === "4003" && r.alternative === "MMMM" && r.round === 2026 && r.year === 2050 && r.age === "90+")?.value;
    expect(pick(rows)).toBe(pick(own));
  });

  it("reads the dashboard exports with Kommunenummer (00 → 0)", () => {
    const a = readSsbFile(join(DIR, "befolkning_historisk_og_framskrevet.csv"));
    expect(a.report.places.map((p) => p.code)).toEqual(["0", "40", "4003", "4005", "4012", "4022", "4030", "4034"]);
    expect(a.report.registered).toBe(true);
    expect(a.report.rounds).toEqual([2026]);
    const b = readSsbFile(join(DIR, "befolkningsframskrivinger_siste_tabell_egendef_alder.csv"), { alternative: "MMMM", round: 2026 });
    expect(b.report.ages).toEqual(["0-19", "20-39", "40-66", "67-79", "80+"]);
    expect(b.report.alternatives).toEqual(["MMMM"]);
  });
});
