import { describe, expect, it } from "vitest";
import { loadMortalityBase, loadNationalAssumptions } from "../../engine/io/defaults";
import { parseBands } from "../../engine/population/bands";
import { nationalAlternative, projectAlternative } from "../../engine/population/model";
import { placeFromBands, stationaryMaleShare } from "../../engine/population/place";
import { rogersCastroProfile } from "../../engine/population/migration-profile";
import { NationalRun } from "../../engine/run/national";

const assumptions = loadNationalAssumptions();
const mortality = loadMortalityBase();
const maleShare = stationaryMaleShare(mortality, 81.5, 84.7, assumptions.sexRatioAtBirth);
const places = [300, 5000, 80000].map((size, i) => ({
  ...placeFromBands({
    code: `100${i}`,
    name: `Sted ${i}`,
    baseYear: 2024,
    bands: parseBands("plan"),
    totals: [5454, 9608, 6719, 4125, 1320, 275].map((v) => (v / 27501) * size),
    maleShare,
    immigrationShare: size / 5550203,
  }),
  flows: [{ label: "innenlands", profile: rogersCastroProfile(), level: { "2024": i - 1 } }],
}));

describe("NationalRun", () => {
  it("gives identical numbers on one core and on two worker threads, equal to projecting each place alone", async () => {
    const alternatives = ["MMMM", "LLML", "MM00"];
    const one = new NationalRun(assumptions, mortality, places, alternatives, 2040, 1);
    const two = new NationalRun(assumptions, mortality, places, alternatives, 2040, 2);
    const a = Float64Array.from(await one.run());
    const b = Float64Array.from(await two.run(2));
    await two.close();
    expect(b).toEqual(a);
    const alone = projectAlternative(nationalAlternative(assumptions, mortality, "LLML"), places[2], 2040).population;
    expect(one.population(1, 2)).toEqual(alone);
  }, 60_000);
});
