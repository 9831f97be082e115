import { bandPopulationFromTable } from "../../engine/coverage/population";
import type { CoverageInput } from "../../engine/coverage/types";
import type { HousingInput } from "../../engine/housing/types";

// A hand-computed example: three bands, two services, two housing steps, five years.
// Every expected figure in the tests is worked out by hand from these inputs.
//
// Residents (persons):      2024   2025   2026   2027   2028
//   67-79                   1000   1100   1200   1300   1400
//   80-89                    200    220    240    260    280
//   90+                       50     60     70     80    100
export const handPopulation = () =>
  bandPopulationFromTable({
    2024: { "67-79": 1000, "80-89": 200, "90+": 50 },
    2025: { "67-79": 1100, "80-89": 220, "90+": 60 },
    2026: { "67-79": 1200, "80-89": 240, "90+": 70 },
    2027: { "67-79": 1300, "80-89": 260, "90+": 80 },
    2028: { "67-79": 1400, "80-89": 280, "90+": 100 },
  });

// Services: institution from counts 10 / 20 / 10 places in 2024 (rates 0.01 / 0.10 / 0.20),
// 1.2 årsverk and 1 200 000 kr per place; 24-hour care housing from rates 0.005 / 0.05 /
// 0.10, 0.8 årsverk and 700 000 kr per user. Prices: 2024-kr.
// Alternative "Boliggjøring": half of the institution users 80+ move to housing by 2028,
// linearly from 2024 (a quarter in 2026).
export const handCoverage = (): CoverageInput => ({
  baseYear: 2024,
  services: [
    {
      id: "inst",
      name: "Institusjon",
      unit: "places",
      counts: { "67-79": 10, "80-89": 20, "90+": 10 },
      arsverkPerUnit: 1.2,
      unitCost: { value: 1_200_000, priceYear: 2024 },
    },
    {
      id: "hdo",
      name: "Heldøgns bolig",
      unit: "users",
      rates: { "67-79": 0.005, "80-89": 0.05, "90+": 0.1 },
      arsverkPerUnit: 0.8,
      unitCost: { value: 700_000, priceYear: 2024 },
    },
  ],
  alternatives: [{ name: "Boliggjøring", transfers: [{ from: "inst", to: "hdo", share: 0.5, byYear: 2028, shape: "linear", bands: ["80-89", "90+"] }] }],
});

// Housing: step "hjem" (own home, 1.25 residents per dwelling, 0.1 årsverk and 50 000 kr per
// dwelling, stock not given = base-year need) and step "bolig" (1 årsverk and 800 000 kr per
// unit, 40 units today). Today's profile: 67-79 0.98/0.02, 80-89 0.8/0.2, 90+ 0.5/0.5;
// alternative by 2028 (linear): 80-89 0.9/0.1, 90+ 0.7/0.3 (67-79 unchanged).
export const handHousing = (): HousingInput => ({
  baseYear: 2024,
  steps: [
    { id: "hjem", name: "Eget hjem", arsverkPerUnit: 0.1, costPerUnit: { value: 50_000, priceYear: 2024 }, occupancy: 1.25 },
    { id: "bolig", name: "Bolig med heldøgns omsorg", arsverkPerUnit: 1, costPerUnit: { value: 800_000, priceYear: 2024 }, stock: 40 },
  ],
  profiles: {
    today: { "67-79": { hjem: 0.98, bolig: 0.02 }, "80-89": { hjem: 0.8, bolig: 0.2 }, "90+": { hjem: 0.5, bolig: 0.5 } },
    alternative: { "80-89": { hjem: 0.9, bolig: 0.1 }, "90+": { hjem: 0.7, bolig: 0.3 } },
  },
  path: { shape: "linear", targetYear: 2028 },
});
