import { describe, expect, it } from "vitest";
import { backtest, type NationalHistory, type PlaceHistory } from "../../engine/population/backtest";
import { aggregateBands, parseBands } from "../../engine/population/bands";
import { GRID_SIZE, N_AGES } from "../../engine/population/grid";
import { loadMortalityBase, loadNationalAssumptions } from "../../engine/io/defaults";
import { nationalAlternative, projectAlternative } from "../../engine/population/model";
import { projectionYear } from "../../engine/population/project";
import { rogersCastroProfile } from "../../engine/population/migration-profile";

const BANDS = parseBands("0,1-5,6-12,13-15,16-19,20-44,45-66,67-79,80-89,90+");
const a = loadNationalAssumptions();
const mortality = loadMortalityBase();
const constant = (v: number) => ({ "2000": v });
const national: NationalHistory = {
  lifeExpectancy: { male: constant(80), female: constant(84) },
  totalFertility: constant(1.8),
  mortality,
  sexRatioAtBirth: a.sexRatioAtBirth,
  fertilitySchedule: a.fertilitySchedule,
};

/**
 * A place's registered history made by the engine itself: 2000-2026, no migration; local
 * mortality and fertility as a hazard ratio and a factor on the national rates.
 */
function syntheticHistory(local: { hazard?: number; fertility?: number } = {}): PlaceHistory {
  const assumptions = {
    ...a,
    fertility: { M: constant(1.8) },
    lifeExpectancy: { male: { M: constant(80) }, female: { M: constant(84) } },
    immigration: { M: constant(0) },
    alternatives: { MMMM: "test" },
  };
  const base = new Float64Array(GRID_SIZE);
  for (let s = 0; s < 2; s++) for (let x = 0; x < N_AGES; x++) base[s * N_AGES + x] = x < 90 ? 100 + 30 * Math.sin(x / 7) : 100 * 0.7 ** (x - 89);
  const p = projectAlternative(
    nationalAlternative(assumptions, mortality, "MMMM"),
    {
      code: "9999",
      name: "Testby",
      baseYear: 2000,
      base,
      immigrationShare: 0,
      immigrationProfile: rogersCastroProfile(),
      flows: [],
      adjustments: [],
      fertilityFactor: local.fertility ?? 1,
      mortalityRatio: new Float64Array(131).fill(local.hazard ?? 1),
    },
    2026,
  );
  const totals = new Map<number, Float64Array>();
  for (let y = 2000; y <= 2026; y++) totals.set(y, aggregateBands(projectionYear(p, y), BANDS));
  return { region: "9999", name: "Testby", totals };
}

describe("backtest", () => {
  it("projects a history made by the same model (no migration, constant rates) within 1 % total, 3 % per band", () => {
    // A closed population: the reconstruction of single years holds at every age.
    const r = backtest({ bands: BANDS, history: [syntheticHistory()], baseYear: 2016, horizon: 10, national, reconstructFrom: 0 });
    const total = r.summary.find((s) => s.band === "Total")!;
    expect(total.engineMape).toBeLessThan(0.01);
    // The only error left is the single-year structure inside the bands, which the
    // reconstruction recovers only approximately from band totals.
    for (const s of r.summary) expect(s.engineMape).toBeLessThan(0.03);
    expect(r.summary.map((s) => s.band)).toEqual([...BANDS.map((b) => b.label), "Total"]);
    expect(r.summary[0].ssbMape).toBeNull();
  });

  it("reads the area's 80+ history as a hazard ratio and its births as a fertility factor (made 1.2 and 0.85)", () => {
    const h = syntheticHistory({ hazard: 1.2, fertility: 0.85 });
    const r = backtest({ bands: BANDS, history: [h], area: h, baseYear: 2016, horizon: 10, national, reconstructFrom: 0 });
    // The one-year projections behind the estimates start from single years reconstructed
    // from band totals, so the figures are recovered approximately: within 0.02 and 0.025
    // (measured 1.207 and 0.870).
    expect(Math.abs(r.areaHazardRatio! - 1.2)).toBeLessThan(0.02);
    expect(Math.abs(r.areaFertilityFactor! - 0.85)).toBeLessThan(0.025);
    for (const s of r.summary) expect(s.engineMape).toBeLessThan(0.03);
    // Without them the 80+ groups are overestimated (national mortality is lower).
    const plain = backtest({
      bands: BANDS,
      history: [h],
      area: h,
      baseYear: 2016,
      horizon: 10,
      national,
      reconstructFrom: 0,
      areaMortality: false,
      areaFertility: false,
    });
    expect(plain.areaHazardRatio).toBeNull();
    expect(plain.summary.find((s) => s.band === "90+")!.engineBias).toBeGreaterThan(0.05);
  });

  it("refuses to reconstruct from an age where no group begins", () => {
    expect(() => backtest({ bands: BANDS, history: [syntheticHistory()], baseYear: 2016, horizon: 10, national, reconstructFrom: 70 })).toThrow(
      /reconstruct from: expected an age where one of the history's groups begins \(0, 1, 6, 13, 16, 20, 45, 67, 80, 90\), got 70/,
    );
  });

  it("refuses a history with a gap in the years", () => {
    const h = syntheticHistory();
    h.totals.delete(2010);
    expect(() => backtest({ bands: BANDS, history: [h], baseYear: 2016, horizon: 5, national, file: "hist.csv" })).toThrow(
      'hist.csv: region "Testby": expected a history without gaps in the years, got 2009 followed by 2011',
    );
  });

  it("refuses a base year outside the history", () => {
    expect(() => backtest({ bands: BANDS, history: [syntheticHistory()], baseYear: 2030, horizon: 5, national, file: "hist.csv" })).toThrow(
      /hist.csv: base year: expected a year from 2001 to 2026 .* got 2030/,
    );
    expect(() => backtest({ bands: BANDS, history: [syntheticHistory()], baseYear: 2020, horizon: 10, national, file: "hist.csv" })).toThrow(
      /horizon: expected 2020 \+ horizon within the history of "Testby" \(to 2026\), got 2030/,
    );
  });

  it("refuses a published projection for other places than the history", () => {
    const published = new Map([["4003", new Map([[2026, new Float64Array(BANDS.length)]])]]);
    expect(() => backtest({ bands: BANDS, history: [syntheticHistory()], baseYear: 2016, horizon: 10, national, published })).toThrow(
      /region "4003": expected a place of the history \(9999\), got a place the history does not have/,
    );
  });
});

describe("defaultMigrationBands", () => {
  it("groups SSB's functional groups into 0-5, 6-19, 20-44 and 45+", async () => {
    const { defaultMigrationBands } = await import("../../engine/population/backtest");
    expect(defaultMigrationBands(BANDS).map((b) => b.label)).toEqual(["0-5", "6-19", "20-44", "45+"]);
    // Older rounds' groups (20-66) have no edge at 45: 0-5, 6-19 and 20+.
    expect(defaultMigrationBands(parseBands("0,1-5,6-12,13-15,16-19,20-66,67-79,80-89,90+")).map((b) => b.label)).toEqual(["0-5", "6-19", "20+"]);
  });
});
