import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { runPopulationScenario } from "../../engine/run/population";
import { populationScenarioSchema } from "../../engine/scenario/population";
import { projectionYear } from "../../engine/population/project";
import { HAS_SHARED_DATA, SHARED_DATA } from "./shared-data";

// SSB's 2024 national projection (table 14288 summed over counties, ../shared/data/README.md):
// MMMM 5 744 565 (2030), 5 976 950 (2040), 6 114 899 (2050); LLML and HHMH as in the
// Telemark file's "Hele landet" rows of the 2024 round.
const SSB: Record<string, Record<number, number>> = {
  MMMM: { 2030: 5_744_565, 2040: 5_976_950, 2050: 6_114_899 },
  LLML: { 2030: 5_604_337, 2040: 5_547_068, 2050: 5_369_939 },
  HHMH: { 2030: 5_874_685, 2040: 6_372_456, 2050: 6_826_537 },
};

describe.skipIf(!HAS_SHARED_DATA)("the whole country from 2024 with SSB's 2024 assumptions, not calibrated", () => {
  it("lands within 1 % of SSB's MMMM in 2030, 2040, 2050 and within 4 % of LLML and HHMH", () => {
    const job = runPopulationScenario(
      populationScenarioSchema.parse({
        calibrateTo: join(SHARED_DATA, "telemark", "Framskrevet_folkemengde_2024-2050.csv"),
        region: "0",
        calibrate: false,
        alternatives: ["MMMM", "LLML", "HHMH"],
        endYear: 2050,
        bands: "ssb",
      }),
      process.cwd(),
    );
    for (const [alt, years] of Object.entries(SSB)) {
      for (const [year, published] of Object.entries(years)) {
        const total = projectionYear(job.run.projections.get(alt)!, Number(year)).reduce((a, b) => a + b, 0);
        // Measured: MMMM +0.7 %, +0.3 %, −0.2 %; LLML up to +2.3 %; HHMH down to −2.3 % (2050).
        expect(Math.abs(total / published - 1)).toBeLessThan(alt === "MMMM" ? 0.01 : 0.04);
      }
    }
  });
});
