import { describe, expect, it } from "vitest";
import { trappa } from "./run-cli";

const FILE = "scenarios/personas/johs.json";

describe("trappa pathways", () => {
  it("--deterministic --format csv: one row per pathway and age 70-87 with the issue's header", async () => {
    const r = await trappa(["pathways", FILE, "--deterministic", "--format", "csv"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("pathway,age,cost_nok,staff_hours");
    expect(lines).toHaveLength(1 + 3 * 18);
    expect(lines).toContain("normal,73,218127,455"); // published 218 102 and 455
    expect(lines).toContain("proactive,80,246432,220"); // published figure carried directly
    expect(lines).toContain("reactive,87,578739,1222"); // published 579 076 and 1 223
  });
  it("--deterministic as a table shows the deviations and how the published totals arise", async () => {
    const r = await trappa(["pathways", FILE, "--deterministic"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("alder 77 står to ganger der");
    expect(r.stdout).toContain("5\u00a0997\u00a0040");
  });
  it("Monte Carlo CSV: every row carries seed and replicates; same seed → byte-identical, whatever the workers", async () => {
    const a = await trappa(["pathways", FILE, "--replicates", "400", "--seed", "9", "--format", "csv"]);
    const b = await trappa(["pathways", FILE, "--replicates", "400", "--seed", "9", "--format", "csv", "--workers", "2"]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const lines = a.stdout.trim().split("\n");
    expect(lines[0]).toBe("pathway,measure,phase,unit,mean,se,p5,p50,p95,seed,replicates");
    expect(lines.slice(1).every((l) => l.endsWith(",9,400"))).toBe(true);
    expect(lines.some((l) => l.startsWith("proactive-normal,lifetime_cost_nok,"))).toBe(true);
  }, 30000);
  it("exit 2 on bad input (zero replicates, missing file) and on usage errors", async () => {
    const z = await trappa(["pathways", FILE, "--replicates", "0"]);
    expect(z.code).toBe(2);
    expect(z.stderr).toMatch(/feil i inndata: --replicates: expected a whole number of replicates ≥ 1, got 0/);
    expect((await trappa(["pathways", "finnes-ikke.json", "--deterministic"])).code).toBe(2);
    expect((await trappa(["pathways", FILE])).code).toBe(2);
    expect((await trappa(["pathways", FILE, "--deterministic", "--format", "xml"])).code).toBe(2);
  }, 30000);
});
