import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultRunOut, scenarioArgument } from "../../engine/cli/scenario-arg";
import { UsageError } from "../../engine/errors";

describe("scenarioArgument(arg): a scenario file, or a folder's scenario.json", () => {
  const dir = mkdtempSync(join(tmpdir(), "trappa-arg-"));
  it("a file stays a file; a folder gives its scenario.json; a folder without one is a usage error", () => {
    expect(scenarioArgument("scenarios/default.json")).toBe("scenarios/default.json");
    expect(scenarioArgument("finnes/ikke.json")).toBe("finnes/ikke.json");
    writeFileSync(join(dir, "scenario.json"), "{}");
    expect(scenarioArgument(dir)).toBe(join(dir, "scenario.json"));
    mkdirSync(join(dir, "tom"));
    expect(() => scenarioArgument(join(dir, "tom"))).toThrow(UsageError);
    expect(() => scenarioArgument(join(dir, "tom"))).toThrow(`fikk mappen ${join(dir, "tom")} uten scenario.json`);
  });
  it("trappa run writes a folder's results into <folder>/resultater, other files' into out/<name>", () => {
    expect(defaultRunOut(join("skien", "scenario.json"))).toBe(join("skien", "resultater"));
    expect(defaultRunOut("scenarios/default.json")).toBe(join("out", "default"));
  });
});
