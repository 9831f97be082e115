import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMain } from "./capture";
import { runToFolder } from "../../engine/report/write-run";
import { parseCsv } from "../../engine/io/csv";

/** Runs `trappa` in this process (the CSV comparison is larger than spawnSync's output buffer). */
async function trappa(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runMain(args);
  return { code: r.code, stdout: r.out, stderr: r.err };
}

const root = mkdtempSync(join(tmpdir(), "trappa-compare-"));
const BASE = join(root, "default");
const VARIANT = join(root, "halv-boliggjoring");

beforeAll(async () => {
  await runToFolder("scenarios/default.json", { out: BASE });
  await runToFolder("scenarios/varianter/halv-boliggjoring.json", { out: VARIANT });
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

const summary = (dir: string) => Object.fromEntries(parseCsv(readFileSync(join(dir, "sammendrag.csv"), "utf8")).rows.map((r) => [r[0], Number(r[2])]));

describe("trappa compare DIR_A DIR_B", () => {
  it("--format csv: the summary's difference and ratio match the two runs' own figures", async () => {
    const r = await trappa(["compare", BASE, VARIANT, "--format", "csv"]);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout).rows.filter((x) => x[0] === "sammendrag");
    const a = summary(BASE),
      b = summary(VARIANT);
    expect(rows).toHaveLength(18); // 12 housing rows and the savings story's 6
    for (const [table, key, va, vb, diff, ratio] of rows) {
      expect(table).toBe("sammendrag");
      const k = key.split(";")[0].replace("key=", "");
      expect(Number(va)).toBe(a[k]);
      expect(Number(vb)).toBe(b[k]);
      expect(Number(diff)).toBeCloseTo(b[k] - a[k], 9);
      if (a[k] !== 0) expect(Number(ratio)).toBeCloseTo(b[k] / a[k], 9);
    }
    // Only the housing differs: the saving grows from 67.3 to 90.1 årsverk (−22.8), population and coverage are equal.
    const diff = (k: string) => Number(rows.find((x) => x[1].startsWith(`key=${k};`))![4]);
    expect(diff("staff_change_alt_profile")).toBeCloseTo(summary(VARIANT).staff_change_alt_profile - summary(BASE).staff_change_alt_profile, 9);
    expect(diff("staff_base")).toBe(0);
    const all = parseCsv(r.stdout).rows;
    expect(all.filter((x) => x[0] === "befolkning" || x[0] === "dekningsgrader").every((x) => x[4] === "0")).toBe(true);
    expect(new Set(all.map((x) => x[0]))).toEqual(
      new Set([
        "befolkning",
        "boligtrapp",
        "boligtrapp-sum",
        "bygging",
        "dekningsgrader",
        "kalkulator",
        "innsatstrapp",
        "uten-tjenester",
        "sammendrag",
        "persona-tidslinje",
        "persona-monte-carlo",
        "oppskalering",
        "oppskalering-metoder",
      ]),
    );
  });

  it("--format table: a Norwegian table of the rows that differ per table", async () => {
    const r = await trappa(["compare", BASE, VARIANT]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("befolkning: 486 rader, 0 med forskjell");
    expect(r.stdout).toMatch(/sammendrag: 18 rader, 7 med forskjell/);
    expect(r.stdout).toContain("−22,8");
  });

  it("two folders with no table in common is an error (exit 2)", async () => {
    const other = join(root, "annet");
    mkdirSync(other);
    writeFileSync(join(other, "noe.csv"), "value\n1\n");
    const r = await trappa(["compare", BASE, other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("expected two run folders with at least one table (CSV) in common");
  });
});
