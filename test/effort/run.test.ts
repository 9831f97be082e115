import { describe, expect, it } from "vitest";
import { runEffort } from "../../engine/effort/run";
import { readEffortFile } from "../../engine/io/effort-files";
import { projectRoot } from "../../engine/root";

const file = `${projectRoot()}/scenarios/effort/eksempel/eksempelkommune.json`;

describe("runEffort: the example municipality (accounts + keys + recipients + shifts)", () => {
  const r = runEffort(readEffortFile(file));
  const d = r.distribution;

  it("takes costs from the accounts and recipients from the figures", () => {
    expect(d.totalCostNok).toBeCloseTo(287.6e6, 2);
    expect(d.unallocatedNok).toBeCloseTo(8.0e6, 2);
    const s7 = d.steps[6];
    expect(s7.recipients).toBe(535); // 400 + 120 + 15
    expect(s7.costPerRecipientNok).toBeCloseTo(51.2e6 / 535, 6);
    expect(d.steps[3].recipients).toBeNull(); // no recipient figure for step 4
    expect(d.steps[3].costPerRecipientNok).toBeNull();
  });

  it("gives cost per recipient of a user group only when every step with its cost has recipients", () => {
    const g = (name: string) => d.userGroups.find((x) => x.userGroup === name)!;
    expect(g("Eldre mv. - heldøgns omsorg").recipients).toBe(110); // 50 on step 10 + 60 on step 12
    expect(g("Eldre mv. - heldøgns omsorg").costPerRecipientNok).toBeNull(); // steps 11 and 13 have no recipients
    expect(d.userGroups.map((x) => x.userGroup)).toEqual([
      "PU under 18",
      "PU over 18",
      "ROP under 18",
      "ROP over 18",
      "Eldre mv. - heldøgns omsorg",
      "Eldre mv. - andre tjenester",
    ]);
  });

  it("shifts: 10 from step 12 to step 10 saves 10 × (62.8/60 − 62.4/80) mill.; 20 % from 7 to 6 saves 1.68 mill.", () => {
    expect(r.shifts[0].costEffectNok).toBeCloseTo(10 * (62.4e6 / 80 - 62.8e6 / 60), 3); // −2.667 mill.
    expect(r.shifts[1].recipientsMoved).toBeCloseTo(107, 9); // 20 % of 535
    expect(r.shifts[1].costEffectNok).toBeCloseTo(-1.68e6, 3); // 107 × 80 000 − 0.2 × 51.2 mill.
  });

  it("refuses a user group not in the file's list", () => {
    const input = readEffortFile(file);
    input.figures.push({ step: 4, userGroup: "Eldre", recipients: 3, where: "x" });
    expect(() => runEffort(input)).toThrow(/x, field "userGroup": expected one of "PU under 18", .* got "Eldre"/);
  });
});
