import { describe, expect, it } from "vitest";
import { describeFound, formatFieldPath, formatIssue } from "../../engine/errors";

describe("formatFieldPath(path)", () => {
  it("writes identifiers with dots, indices and other keys in brackets", () => {
    expect(formatFieldPath(["coverage", "services", 2, "rates", "80-84"])).toBe('coverage.services[2].rates["80-84"]');
    expect(formatFieldPath(["housing", "profiles", "today", "90+", "eget-hjem"])).toBe('housing.profiles.today["90+"]["eget-hjem"]');
    expect(formatFieldPath([])).toBe("(rot)");
  });
});

describe("formatIssue(issue)", () => {
  it("names the file, the field path, what was expected and what was found", () => {
    expect(
      formatIssue({ file: "scenarios/faerder.json", path: ["coverage", "services", 2, "rates", "80-84"], expected: "a share between 0 and 1", found: "1.4" }),
    ).toBe('scenarios/faerder.json: coverage.services[2].rates["80-84"]: expected a share between 0 and 1, got 1.4');
  });

  it("quotes texts and cuts long values", () => {
    expect(describeFound("2040")).toBe('"2040"');
    expect(describeFound(undefined)).toBe("nothing");
    expect(describeFound({ a: "x".repeat(100) }).length).toBe(60);
  });
});
