import { describe, expect, it } from "vitest";
import { UsageError } from "../../../engine/errors";
import { findPlace } from "../../../engine/io/ssb/find-place";

/** The code history in data/ssb (SSB's municipality lists and changes 2000-2024, see data/README.md). */
describe("findPlace(text): a municipality by number or name, today's or a former one", () => {
  it("today's number and name, in any case", () => {
    for (const t of ["4003", "Skien", "skien", " SKIEN "]) {
      const f = findPlace(t);
      expect([f.place.code, f.place.name, f.note]).toEqual(["4003", "Skien", ""]);
    }
    expect(findPlace("301").place.code).toBe("0301");
  });

  it("a former number or name, with a note saying what it is today", () => {
    expect(findPlace("0806").note).toBe("«0806» er i dag 4003 Skien (0806 → 3807 → 4003).");
    expect(findPlace("3807").place.code).toBe("4003");
    const s = findPlace("Sauherad");
    expect([s.place.code, s.place.name]).toEqual(["4020", "Midt-Telemark"]);
    expect(s.note).toMatch(/^«Sauherad» er i dag 4020 Midt-Telemark/);
    expect(findPlace("0729").place.code).toBe("3911");
  });

  it("refuses a name the history does not know, or a number, naming what it expected", () => {
    expect(() => findPlace("Atlantis")).toThrow(UsageError);
    expect(() => findPlace("Atlantis")).toThrow(
      "fant ikke «Atlantis» i SSBs kodeliste for kommuner og fylker 2000–2024 (data/ssb): forventet et kommunenummer (f.eks. 4003) eller et kommunenavn (f.eks. Skien), også et tidligere, fikk «Atlantis»",
    );
    expect(() => findPlace("9999")).toThrow(/fant ikke «9999»/);
  });

  it("refuses a name several places share, listing them", () => {
    expect(() => findPlace("Herøy")).toThrow(/^«Herøy» kan være flere steder \(.*1515 Herøy.*1818 Herøy.*\): forventet ett av kommunenumrene, fikk «Herøy»$/);
  });
});
