import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { afterAll, describe, expect, it, vi } from "vitest";
import { formatImportReport, registerImportSsb, yearRuns } from "../../../engine/cli/import-ssb";
import { norwegian } from "../../../engine/cli/help";
import { UsageError } from "../../../engine/errors";
import { readSsbFile } from "../../../engine/io/ssb/read";

const FIX = join("test", "io", "ssb", "fixtures");
const tmp = mkdtempSync(join(tmpdir(), "trappa-import-ssb-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ out: string; err: string }> {
  const program = norwegian(new Command("trappa"));
  registerImportSsb(program);
  let out = "";
  let err = "";
  const o = vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  const e = vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
  try {
    await program.parseAsync(["import-ssb", ...args], { from: "user" });
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  return { out, err };
}

describe("trappa import-ssb", () => {
  it("writes the tidy CSV and reports what it understood, in Norwegian", async () => {
    const out = join(tmp, "tidy.csv");
    const r = await run([join(FIX, "14288-pxweb-v2.csv"), "--out", out]);
    expect(existsSync(out)).toBe(true);
    const csv = readFileSync(out, "utf8");
    expect(csv.split("\n")[0]).toBe("region,region_name,table,round,alternative,year,sex,age,value,status");
    expect(csv).toContain("0301,Oslo,14288,2024,MMMM,2024,female,105+,12,");
    expect(r.out).toContain("Format: PxWebApi v2 CSV");
    expect(r.out).toMatch(/0301\s+Oslo/);
    expect(r.out).toMatch(/3911\s+Færder\s+kommune; koder 0722 Nøtterøy \+ 0723 Tjøme \(–2017\), 0729 \(2018–2019\), 3811 \(2020–2023\), 3911 \(2024–\)/);
    expect(r.out).toContain("År: 2024, 2030 (2 år)");
    expect(r.out).toContain("Alder (3): 0, 67, 105+");
    expect(r.out).toContain("Kjønn: menn, kvinner");
    expect(r.out).toContain("Alternativer: MMMM");
    expect(r.out).toContain("Framskrivingsår: 2024");
    expect(r.out).toContain("Manglende celler: 1 («..» 1)");
    expect(r.out).toContain("Skrev ");
  });

  it("without --out writes the CSV to stdout and the report to stderr", async () => {
    const r = await run([join(FIX, "14288-jsonstat2.json")]);
    expect(r.out.split("\n")[0]).toBe("region,region_name,table,round,alternative,year,sex,age,value,status");
    expect(r.err).toContain("Format: JSON-stat2 (PxWebApi)");
  });

  it("refuses an --out that is not .csv and a bad --round as usage errors", async () => {
    await expect(run([join(FIX, "14288-jsonstat2.json"), "--out", join(tmp, "x.xlsx")])).rejects.toThrow(UsageError);
    await expect(run([join(FIX, "14288-jsonstat2.json"), "--round", "neste"])).rejects.toThrow(UsageError);
    await expect(run([join(FIX, "14288-jsonstat2.json"), "--alternative", "ABCD"])).rejects.toThrow(UsageError);
  });

  it("formats years as runs and thousands the Norwegian way", () => {
    expect(yearRuns([2016, 2018, 2019, 2020, 2024])).toBe("2016, 2018–2020, 2024");
    const { report } = readSsbFile(join(FIX, "14288-web-export.csv"));
    expect(formatImportReport({ ...report, rows: 12345 })).toContain("Rader: 12\u00a0345");
    expect(formatImportReport(report)).toContain("Merknader:\n  - 1 fotnotelinjer etter tallene er hoppet over.");
  });
});
