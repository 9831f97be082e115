/** savingsStory reads the personas' result tables (arquero rollups and a pivot): checked against small hand-made tables. */
import { describe, expect, it } from "vitest";
import { col, resultTable } from "../../engine/run/result-table";
import type { SavingsContext } from "../../engine/run/savings";
import { savingsStory } from "../../engine/run/savings-story";

const timeline = resultTable(
  "persona-tidslinje",
  [col("pathway"), col("age"), col("measure"), col("unit"), col("value", "value")],
  [
    ["normal", 80, "cost", "kr", 100],
    ["normal", 80, "staff_hours", "timer", 2],
    ["normal", 81, "cost", "kr", 150],
    ["normal", 81, "staff_hours", "timer", 3],
    ["proaktiv", 80, "cost", "kr", 90],
    ["proaktiv", 80, "staff_hours", "timer", 1],
  ],
);

const MC = [col("statistic"), col("value", "value"), col("seed"), col("replicates")];
/** Five statistics of a figure: mean m, se 1, p5 m − 10, p50 m + 1, p95 m + 10. */
const stats = (head: Array<string | number>, m: number) =>
  (
    [
      ["mean", m],
      ["se", 1],
      ["p5", m - 10],
      ["p50", m + 1],
      ["p95", m + 10],
    ] as const
  ).map(([s, v]) => [...head, s, v, 2040, 200]);
const scaleUp = resultTable(
  "oppskalering",
  [col("scenario"), col("year", "year"), col("phase"), col("measure"), col("unit"), ...MC],
  [
    ...stats(["alle-normal", 2025, "", "total_cost_nok", "kr"], 1000),
    ...stats(["alle-proaktiv", 2025, "", "total_cost_nok", "kr"], 900),
    ...stats(["overgang", 2025, "", "net_cost_nok", "kr"], 50),
    ...stats(["overgang", 2025, "", "cumulative_net_cost_nok", "kr"], 50),
    ...stats(["alle-normal", 2026, "", "total_cost_nok", "kr"], 1100),
    ...stats(["alle-proaktiv", 2026, "", "total_cost_nok", "kr"], 950),
    ...stats(["overgang", 2026, "", "net_cost_nok", "kr"], -80),
    ...stats(["overgang", 2026, "", "cumulative_net_cost_nok", "kr"], -30),
    // Rows with a phase are not figures of the story, but the persons of the first year are summed over the phases.
    ...stats(["alle-normal", 2025, "mild", "persons", "personer"], 3),
    ...stats(["alle-normal", 2025, "moderat", "persons", "personer"], 4),
    ...stats(["alle-normal", 2026, "mild", "total_cost_nok", "kr"], 123456),
    ...stats(["overgang", "", "", "break_even_year", "år"], 2026),
  ],
);

const ctx: SavingsContext = {
  persona: "Johs",
  transitionShare: 1,
  names: { normal: "Normalforløp", proaktiv: "Proaktivt forløp" },
  priceYear: 2024,
  published: null,
};

describe("savingsStory(tables, ctx)", () => {
  const s = savingsStory([timeline, scaleUp], ctx)!;

  it("sums one person's cost and staff hours per pathway over the ages, with the ages", () => {
    expect(s.person).toEqual([
      { pathway: "normal", costNok: 250, staffHours: 5, fromAge: 80, toAge: 81 },
      { pathway: "proaktiv", costNok: 90, staffHours: 1, fromAge: 80, toAge: 80 },
    ]);
  });

  it("reads each year's figures (mean, p5, p50, p95) without phase, the break-even year without a year, seed and replicates", () => {
    expect([s.firstYear, s.lastYear, s.seed, s.replicates]).toEqual([2025, 2026, 2040, 200]);
    expect(s.years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(s.years[1].cost.normal).toEqual({ mean: 1100, p5: 1090, p50: 1101, p95: 1110 });
    expect(s.years[1].cost.proaktiv.mean).toBe(950);
    expect(s.years[1].net).toEqual({ mean: -80, p5: -90, p50: -79, p95: -70 });
    expect(s.years[0].cumulative.mean).toBe(50);
    expect(s.breakEven).toEqual({ mean: 2026, p5: 2016, p50: 2027, p95: 2036 });
    expect(s.firstYearPersons).toBe(7);
    expect(s.transition).toEqual({ from: "normal", to: "proaktiv" });
  });

  it("is null without the scale-up table, and names the columns a table lacks", () => {
    expect(savingsStory([timeline], ctx)).toBeNull();
    const bare = resultTable("persona-tidslinje", [col("pathway"), col("value", "value")], [["normal", 1]]);
    expect(() => savingsStory([bare, scaleUp], ctx)).toThrow(
      'savingsStory requires the columns "age", "measure" in table persona-tidslinje, got pathway, value',
    );
  });
});
