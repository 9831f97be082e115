import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeScenarioFolder } from "../../../engine/io/init/write-folder";

describe("writeScenarioFolder(dir, files, overwrite)", () => {
  const root = mkdtempSync(join(tmpdir(), "trappa-folder-"));
  it("a new folder appears whole, with no temporary folder left", () => {
    writeScenarioFolder(join(root, "ny", "skien"), { "a.csv": "1\n", "b.json": "{}\n" });
    expect(readdirSync(join(root, "ny")).sort()).toEqual(["skien"]);
    expect(readdirSync(join(root, "ny", "skien")).sort()).toEqual(["a.csv", "b.json"]);
  });
  it("overwrite replaces its own files and leaves the others", () => {
    const dir = join(root, "finnes");
    mkdirSync(dir);
    writeFileSync(join(dir, "a.csv"), "gammel\n");
    writeFileSync(join(dir, "notat.txt"), "x\n");
    writeScenarioFolder(dir, { "a.csv": "ny\n" }, true);
    expect(readFileSync(join(dir, "a.csv"), "utf8")).toBe("ny\n");
    expect(existsSync(join(dir, "notat.txt"))).toBe(true);
  });
});
