/** The årsverk-at-direct-time rule and the analysis per unit, checked against hand computation. */
import { describe, expect, it } from "vitest";
import { analyseHomeServices } from "../../engine/homecare/analysis";
import { countBands } from "../../engine/homecare/bands";
import { arsverkNeeded } from "../../engine/homecare/fte";
import { shiftProfile } from "../../engine/homecare/shift";
import { parseDecisionsCsv } from "../../engine/io/home-services-file";

describe("arsverkNeeded: hours × 52 ÷ direct share ÷ hours per årsverk", () => {
  it("100 hours a week at 60 % direct time: 5 200 / 0.6 / 1 595 = 5.4336 årsverk", () => {
    expect(arsverkNeeded(100, 0.6)).toBeCloseTo(5.433647, 6);
  });
  it("22.5 hours a week at 60 % with 1 950 hours per årsverk (37.5 h × 52): exactly 1 årsverk", () => {
    expect(arsverkNeeded(22.5, 0.6, 1950)).toBeCloseTo(1, 12);
  });
  it("refuses a direct-time share of 0", () => {
    expect(() => arsverkNeeded(10, 0)).toThrow(/direct-time share in \(0, 1\], got 0/);
  });
});

describe("analyseHomeServices: a hand-computed case", () => {
  // Nord: A 2 + 1 h (two decisions, one person), B 0.5 h → 3.5 h; Sør: C 20 h, D 1 h → 21 h.
  const csv = [
    "id;alder;distrikt;tjeneste;timer_per_uke",
    "A;82;Nord;Hjemmesykepleie;2",
    "A;82;Nord;Praktisk bistand;1",
    "B;66;Nord;Praktisk bistand;0,5",
    "C;91;Sør;Hjemmesykepleie;20",
    "D;74;Sør;Hjemmesykepleie;1",
  ].join("\n");
  const { decisions } = parseDecisionsCsv(csv, "vedtak.csv");
  const r = analyseHomeServices({ name: "x", decisions, directShare: 0.5, hoursPerArsverk: 1560, arsverk: 2 });

  it("sums a person's decisions and counts recipients in bands", () => {
    expect(r.recipients).toBe(4);
    expect(r.byHours.map((b) => b.count)).toEqual([1, 1, 1, 0, 0, 1]); // 0.5; 1; 3; 20
    expect(r.byAge.map((b) => b.count)).toEqual([1, 1, 0, 1, 0, 1]); // 66; 74; 82; 91
  });

  it("årsverk per unit at 50 % direct time and 1 560 hours: Nord 3.5 × 52 / 0.5 / 1 560 = 0.2333, Sør 21 × 52 / 0.5 / 1 560 = 1.4", () => {
    expect(r.units.map((u) => u.unit)).toEqual(["Nord", "Sør"]);
    expect(r.units[0].arsverkNeeded).toBeCloseTo(0.233333, 6);
    expect(r.units[1].arsverkNeeded).toBeCloseTo(1.4, 12);
    expect(r.total.arsverkNeeded).toBeCloseTo(1.633333, 6);
    expect(r.per100.arsverk).toBe(50); // 2 årsverk / 4 users × 100
  });

  it("refuses a person given two ages, naming the line", () => {
    const bad = parseDecisionsCsv("id,alder,enhet,tjeneste,timer\nA,80,N,HS,1\nA,81,N,PB,1\n", "v.csv").decisions;
    expect(() => analyseHomeServices({ name: "x", decisions: bad })).toThrow(
      /v\.csv: line 3, field "age": expected the age 80 given for person "A" at v\.csv: line 2, got 81/,
    );
  });

  it("refuses a non-number of hours, naming file, line and column", () => {
    expect(() => parseDecisionsCsv("id,alder,enhet,tjeneste,timer\nA,80,N,HS,mye\n", "v.csv")).toThrow(
      /v\.csv: line 2, field "timer": expected hours per week, got "mye"/,
    );
  });
});

describe("countBands and shiftProfile", () => {
  it("puts a value on a limit in the band above", () => {
    expect(countBands([1, 2.5, 0.99], [1, 2.5], "t").map((b) => b.count)).toEqual([1, 1, 1]);
  });
  it("moves 25 % of the institution share home: 0.4 → 0.3, home 0.6 → 0.7; 20 h a week at 60 % = 1.087 årsverk per user", () => {
    const s = shiftProfile({ "90+": { hjem: 0.6, inst: 0.4 } }, { name: "x", share: 0.25, fromSteps: ["inst"], toStep: "hjem", hoursPerWeek: 20 }, 0.6);
    expect(s.profile["90+"].inst).toBeCloseTo(0.3, 12);
    expect(s.profile["90+"].hjem).toBeCloseTo(0.7, 12);
    expect(s.arsverkPerUser).toBeCloseTo((20 * 52) / 0.6 / 1595, 12);
  });
});
