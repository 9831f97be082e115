import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { trappa } from "./run-cli";

describe("trappa project", () => {
  it("prints year,band,population for every year 2024-2040 and band on the embedded default", async () => {
    const r = await trappa(["project", "--alternative", "MMMM", "--to", "2040", "--bands", "0-17,18-49,50-66,67-79,80-89,90+", "--format", "csv"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("year,band,population");
    expect(lines).toHaveLength(1 + 17 * 6);
    expect(lines[1]).toBe("2024,0-17,5454");
    // SSB's MMMM 2040 for 80-89 is 2 407 (the calibration target).
    const row = lines.find((l) => l.startsWith("2040,80-89,"))!;
    expect(Math.abs(Number(row.split(",")[2]) / 2407 - 1)).toBeLessThan(0.005);
  });

  it("prints a Norwegian table", async () => {
    const r = await trappa(["project", "--to", "2040", "--format", "table"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Færder (3911), Hovedalternativet (MMMM)");
    expect(r.stdout).toContain("27\u00a0501"); // the 2024 total with a Norwegian thousands space
    expect(r.stdout).toMatch(/82,\d\u00a0%/); // 80-89 grows about 82 % to 2040
  });

  it("writes CSV and XLSX files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trappa-"));
    expect((await trappa(["project", "--to", "2030", "--out", join(dir, "b.csv")])).code).toBe(0);
    expect(readFileSync(join(dir, "b.csv"), "utf8").split("\n")[0]).toBe("year,band,population");
    expect((await trappa(["project", "--to", "2030", "--out", join(dir, "b.xlsx")])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "b.xlsx"));
    const ws = wb.getWorksheet("Befolkning")!;
    expect(ws.getRow(2).values).toEqual([undefined, "MMMM", 2024, "0-17", "both", 5454]);
  });

  it("has Norwegian help and exit code 0", async () => {
    const r = await trappa(["project", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Bruk: trappa project");
    expect(r.stdout).toContain("Valg:");
  });

  it("exits 2 on usage errors", async () => {
    const r = await trappa(["project", "--no-such-flag"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("feil: ukjent valg '--no-such-flag'");
    expect((await trappa(["project", "--format", "pdf"])).code).toBe(2);
  });

  it("exits 2 on an unknown alternative, naming the field and the known codes", async () => {
    const r = await trappa(["project", "--alternative", "MXMM"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /population.alternatives \(or report.alternative, --alternative\): expected one of MMMM, LLML, HHMH, MMML, MMMH, LHML, HLMH, MMM0, MM00, got "MXMM"/,
    );
  });

  it("exits 2 on an end year before the base year", async () => {
    const r = await trappa(["project", "--to", "2020"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--to: expected a year at or after the base year 2024 of the population data, got 2020");
  });

  it("exits 2 naming the file and field for a population file with a missing column", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trappa-"));
    const file = join(dir, "pop.csv");
    writeFileSync(file, "region,year,population\n3911,2024,100\n");
    const r = await trappa(["project", "--population", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: line 1: expected a column "age"`);
  });

  it("exits 2 on bands that do not cover all ages", async () => {
    const r = await trappa(["project", "--bands", "0-17,18-66"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/population.bands: expected bands that cover all ages/);
  });

  it("projects a place given by its own file, several alternatives side by side", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trappa-"));
    const file = join(dir, "pop.csv");
    writeFileSync(file, "region,year,age,population\n0301,2024,0-19,150000\n0301,2024,20-66,500000\n0301,2024,67+,80000\n");
    const r = await trappa(["project", "--population", file, "--alternative", "MMMM,LLML", "--to", "2026", "--bands", "0-19,20-66,67+", "--format", "csv"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("alternative,year,band,population");
    expect(lines[1]).toBe("MMMM,2024,0-19,150000");
    expect(lines).toHaveLength(1 + 2 * 3 * 3);
  });
});
