import { describe, expect, it } from "vitest";
import { runMain } from "../cli/capture";

const run = runMain;

describe("trappa summary scenarios/default.json", () => {
  it("prints the council summary as CSV with the twelve keys in order, adding up", async () => {
    const { code, out } = await run(["summary", "scenarios/default.json", "--format", "csv"]);
    expect(code).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines[0]).toBe("key,label,value,unit");
    const keys = lines.slice(1).map((l) => l.split(",")[0]);
    expect(keys).toEqual([
      "staff_base",
      "staff_growth_today_profile",
      "staff_change_alt_profile",
      "staff_need_target_alt_profile",
      "staff_change_base_to_target_alt_profile",
      "employees_alt_profile",
      "cost_increase_today_profile",
      "cost_reduction_alt_profile",
      "cost_increase_after_alt_profile",
      "cost_reduction_share",
      "dwellings_more_than_today",
      "units_higher_steps_today",
    ]);
    const { out: json } = await run(["summary", "scenarios/default.json", "--format", "json"]);
    const v = Object.fromEntries(JSON.parse(json).rows.map((r: { key: string; value: number }) => [r.key, r.value]));
    const t = (x: number) => Math.round(x * 10);
    expect(t(v.staff_base) + t(v.staff_growth_today_profile) + t(v.staff_change_alt_profile)).toBe(t(v.staff_need_target_alt_profile));
    expect(t(v.cost_increase_today_profile) - t(v.cost_reduction_alt_profile)).toBe(t(v.cost_increase_after_alt_profile));
    expect(Math.abs(v.employees_alt_profile - v.staff_change_base_to_target_alt_profile / 0.67)).toBeLessThanOrEqual(0.5);
    // One resident per dwelling in the default: the extra dwellings are the growth in
    // residents 67+, published by SSB (MMMM 2024) for Færder as 871 + 1 087 + 266 = 2 224.
    expect(Math.abs(v.dwellings_more_than_today - 2224)).toBeLessThanOrEqual(5);
    expect(v.staff_change_alt_profile).toBeLessThan(0);
  });

  it("a target year before the base year is an input error (exit 2)", async () => {
    const { code, err } = await run(["summary", "scenarios/default.json", "--target-year", "2020"]);
    expect(code).toBe(2);
    expect(err).toMatch(/--target-year: expected a target year \(the base year or later\), a whole year from 2024 to 2100, got 2020/);
  });

  it("a malformed year is a usage error (exit 2)", async () => {
    const { code } = await run(["summary", "scenarios/default.json", "--target-year", "tjueførti"]);
    expect(code).toBe(2);
  });
});
