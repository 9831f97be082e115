import { describe, expect, it } from "vitest";
import { main } from "../../engine/cli";
import { capture } from "./capture";

describe("trappa sensitivity", () => {
  it("refuses a target that does not exist with exit 2, listing the valid keys", async () => {
    const io = capture();
    expect(await main(["sensitivity", "scenarios/default.json", "--target", "kostnad"])).toBe(2);
    expect(io.err()).toContain("feil i inndata: --target: expected one of the council summary keys");
    expect(io.err()).toContain("cost_reduction_alt_profile");
    expect(io.err()).toContain('scaleup_saving_target_year, scaleup_break_even_year), got "kostnad"');
    expect(io.out()).toBe("");
  });

  it("gives a real tornado for the dementia scale-up's yearly saving, with the variance split (6 replicates)", async () => {
    let io = capture();
    expect(await main(["sensitivity", "scenarios/default.json", "--target", "scaleup_saving_target_year", "--replicates", "6"])).toBe(0);
    const text = io.out();
    expect(text).toContain(
      "følsomhet for «Årlig innsparing i målåret ved opptrapping (Proaktivt forløp for nye tilfeller mot alle i normalforløp)» (scaleup_saving_target_year), mill. 2023-kr, 2040",
    );
    expect(text).toContain("Variansdekomponering (8 simulerte forløp per parametersett, de samme personene i alle sett)");
    expect(text).toMatch(/Demens: median levetid etter diagnose \(menn\)\s+år\s+3,9\s+4,7\s/);
    expect(text).not.toContain("Kostnad per enhet: institusjon"); // no swing on the saving: left out of the table
    expect(text).toMatch(/inndata uten utslag på tallet er utelatt/);
    io = capture();
    expect(await main(["sensitivity", "scenarios/default.json", "--target", "scaleup_break_even_year", "--replicates", "4", "--format", "csv"])).toBe(0);
    const rows = io
      .out()
      .trim()
      .split("\n")
      .slice(1)
      .map((l) => l.split(","));
    expect(rows.find((r) => r[1] === "unitCost.institusjon")![8]).toBe("0");
    expect(rows[0][1]).toMatch(/^pathway\./);
    expect(Number(rows[0][10])).toBeGreaterThan(2025);
  }, 60_000);

  it("needs --target (usage error, exit 2)", async () => {
    capture();
    expect(await main(["sensitivity", "scenarios/default.json"])).toBe(2);
  });

  it("prints the tornado as a Norwegian table, and as CSV (10 replicates)", async () => {
    let io = capture();
    expect(await main(["sensitivity", "scenarios/default.json", "--target", "cost_reduction_alt_profile", "--replicates", "10", "--seed", "1"])).toBe(0);
    const text = io.out();
    expect(text).toContain("følsomhet for «Kostnadsreduksjon med alternativ profil»");
    expect(text).toContain("80\u00a0%-intervall over 10 replikater (frø 1)");
    expect(text).toMatch(/Kostnad per enhet: institusjon\s+kr\s+1\u00a0067\u00a0331\s+1\u00a0332\u00a0669\s+54,9\s+83,5\s+28,6/);
    io = capture();
    expect(await main(["sensitivity", "scenarios/default.json", "--target", "cost_reduction_alt_profile", "--replicates", "10", "--format", "csv"])).toBe(0);
    const lines = io.out().trim().split("\n");
    expect(lines[0]).toBe("target,input,label,unit,low_value,high_value,figure_low,figure_high,swing,first_order_index,central,level,replicates,seed");
    expect(lines[1].split(",").slice(0, 2)).toEqual(["cost_reduction_alt_profile", "unitCost.institusjon"]);
  });

  it("reads the uncertainty part of a scenario that extends the default", async () => {
    capture();
    expect(
      await main(["sensitivity", "scenarios/varianter/halv-boliggjoring.json", "--target", "staff_change_alt_profile", "--replicates", "4", "--format", "csv"]),
    ).toBe(0);
  });
});
