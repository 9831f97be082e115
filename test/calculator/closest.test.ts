import { describe, expect, it } from "vitest";
import { closestMatches, editDistance } from "../../engine/calculator/closest";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("gps", "gps")).toBe(0);
  });
});

describe("closestMatches", () => {
  it("puts names that contain the query first, then by edit distance", () => {
    const names = ["GPS", "Helsetjenester", "Helsetjenester i bemannet bolig (demens)", "Trygghetsalarm"];
    expect(closestMatches("helsetjeneste", names, 2)).toEqual(["Helsetjenester", "Helsetjenester i bemannet bolig (demens)"]);
    expect(closestMatches("Trygghetsalar", names, 1)).toEqual(["Trygghetsalarm"]);
    expect(closestMatches("GSP", names, 1)).toEqual(["GPS"]);
  });
});
