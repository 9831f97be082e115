import { describe, expect, it } from "vitest";
import { trappa } from "./run-cli";

describe("trappa validate SCENARIO", () => {
  it("accepts the default scenario and the variant, naming the chain", async () => {
    const a = await trappa(["validate", "scenarios/default.json"]);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain("OK: scenarios/default.json");
    expect(a.stdout).toContain("Deler: befolkning, dekningsgrader, boligtrapp, ressurskalkulator, personaforløp, rapportvalg");
    const b = await trappa(["validate", "scenarios/varianter/halv-boliggjoring.json"]);
    expect(b.code).toBe(0);
    expect(b.stdout).toContain("(arver fra scenarios/default.json → scenarios/faerder-alt-profil.json)");
  });

  it("lists every error of a broken scenario at once and exits 2", async () => {
    const r = await trappa(["validate", "test/scenario/fixtures/broken/missing-file.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("3 feil i test/scenario/fixtures/broken/missing-file.json");
    expect(r.stderr.trim().split("\n")).toHaveLength(4);
  });
});
