/**
 * Færder's registered base (855 årsverk in 2023, as Færder's table starts) and units per
 * step, through the scenario file scenarios/varianter/konsulentenes-tall.json and the
 * command line. The expected growth is derived by hand from the default scenario's modelled
 * figures pinned in test/golden/default/boligtrapp-sum.csv (per step årsverk and dwellings
 * in 2024 and 2040 under today's profile), not from the code under test.
 */
import { describe, expect, it } from "vitest";
import { trappa } from "../cli/run-cli";

const FILE = "scenarios/varianter/konsulentenes-tall.json";

// Pinned (golden) modelled figures of the default scenario, today's profile.
const ARSVERK_2024 = { tjenester: 198.018, hdo: 79.1624, inst: 267.713 };
const DWELLINGS_2024 = { hdo: 103.21, inst: 218.72 };
const ARSVERK_2040 = { tjenester: 301.418, hdo: 142.564, inst: 482.031 };
// Entered in the scenario: registered units per step and årsverk per unit.
const UNITS = { hdo: 110, inst: 230 };

describe("trappa summary with a registered base: 855 årsverk in 2023 and units per step", () => {
  it("starts from 855 (registered) and grows as the profiles say (hand: 855 × 960.25 / 563.91 − 855 = 600.9)", async () => {
    const r = await trappa(["summary", FILE, "--format", "csv"]);
    expect(r.code).toBe(0);
    const rows = new Map(
      r.stdout
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => {
          const m = /^([a-z_]+),(".*?"|[^,]*),([^,]+),(.*)$/.exec(l)!;
          return [m[1], { label: m[2].replace(/^"|"$/g, ""), value: Number(m[3]) }] as const;
        }),
    );
    expect(rows.get("staff_base")).toEqual({ label: "Bemanning 2023 (registrert)", value: 855 });
    expect(rows.get("units_higher_steps_today")!.value).toBe(UNITS.hdo + UNITS.inst);
    // Each step's units scaled to the registered units (110 ÷ 103.21, 230 ÷ 218.72), then all årsverk × 855 ÷ the base.
    const fHdo = UNITS.hdo / DWELLINGS_2024.hdo;
    const fInst = UNITS.inst / DWELLINGS_2024.inst;
    const base = ARSVERK_2024.tjenester + ARSVERK_2024.hdo * fHdo + ARSVERK_2024.inst * fInst; // 563.91
    const target = ARSVERK_2040.tjenester + ARSVERK_2040.hdo * fHdo + ARSVERK_2040.inst * fInst; // 960.25
    const growth = 855 * (target / base - 1);
    expect(growth).toBeCloseTo(600.9, 0);
    expect(Math.abs(rows.get("staff_growth_today_profile")!.value - growth)).toBeLessThanOrEqual(0.15); // summary rounds to 0.1; pinned inputs to 6 digits
    expect(rows.get("staff_growth_today_profile")!.label).toMatch(/\(modellert\)$/);
    // Investment rows add up: gross − grant = net (each rounded to 0.1 mill. kr as printed).
    const inv = rows.get("investment_alt_profile")!.value;
    const grant = rows.get("investment_grant_alt_profile")!.value;
    expect(rows.get("investment_net_alt_profile")!.value).toBeCloseTo(inv - grant, 9);
    expect(grant / inv).toBeCloseTo(0.55, 3);
  });

  it("the table output says which figures are registered and that 2023–2024 is not modelled", async () => {
    const r = await trappa(["summary", FILE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Grunnlaget er registrert i 2023");
    expect(r.stdout).toContain("endringen 2023–2024 er ikke modellert");
  });

  it("without a registered base the summary says every figure is modelled", async () => {
    const r = await trappa(["summary", "scenarios/default.json"]);
    expect(r.stdout).toContain("Alle tallene i sammendraget er modellert");
  });
});
