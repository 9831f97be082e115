import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runToFolder } from "../../engine/report/write-run";
import { parseCsv } from "../../engine/io/csv";
import { trappa } from "./run-cli";

const root = mkdtempSync(join(tmpdir(), "trappa-run-"));
const A = join(root, "a");
const B = join(root, "b");
const TABLES = [
  "befolkning",
  "dekningsgrader",
  "boligtrapp",
  "boligtrapp-sum",
  "bygging",
  "sammendrag",
  "kalkulator",
  "innsatstrapp",
  "uten-tjenester",
  "persona-tidslinje",
  "persona-monte-carlo",
  "oppskalering",
  "oppskalering-metoder",
];

type Sheets = Array<{ name: string; rows: unknown[][] }>;
const read = new Map<string, Promise<Sheets>>();

/** Every sheet's cell values (read once per file: the tests only read them). */
function cells(file: string): Promise<Sheets> {
  let sheets = read.get(file);
  if (!sheets) read.set(file, (sheets = readCells(file)));
  return sheets;
}

async function readCells(file: string): Promise<Sheets> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      const values = row.values as unknown[];
      rows.push(values.slice(1));
    });
    return { name: ws.name, rows };
  });
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await trappa(args);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

beforeAll(async () => {
  await runToFolder("scenarios/default.json", { out: A });
  // An earlier run's folder in B (a copy of A: runs are deterministic) with a stale table
  // listed in its run.json: the new run must remove it.
  cpSync(A, B, { recursive: true });
  writeFileSync(join(B, "gammel.csv"), "value\n1\n");
  const rj = JSON.parse(readFileSync(join(B, "run.json"), "utf8"));
  writeFileSync(join(B, "run.json"), JSON.stringify({ ...rj, files: [...rj.files, "gammel.csv"] }));
  await runToFolder("scenarios/default.json", { out: B });
}, 60_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("trappa run scenarios/default.json --out DIR", () => {
  it("writes report.html, results.xlsx, one CSV per table and run.json, and no temporary files", () => {
    expect(readdirSync(A).sort()).toEqual([...TABLES.map((t) => `${t}.csv`), "report.html", "results.xlsx", "run.json"].sort());
  });

  it("removes a table an earlier run listed in run.json but this run does not write", () => {
    expect(existsSync(join(B, "gammel.csv"))).toBe(false);
    expect(readdirSync(B).sort()).toEqual(readdirSync(A).sort());
  });

  it("twice with the same seed gives byte-identical CSVs and report.html", () => {
    for (const t of TABLES) expect(readFileSync(join(B, `${t}.csv`)).equals(readFileSync(join(A, `${t}.csv`)))).toBe(true);
    expect(readFileSync(join(B, "report.html")).equals(readFileSync(join(A, "report.html")))).toBe(true);
  });

  it("twice gives the same results.xlsx cell values", async () => {
    expect(await cells(join(B, "results.xlsx"))).toEqual(await cells(join(A, "results.xlsx")));
  });

  it("twice gives the same run.json but for the timings (the only non-deterministic part)", () => {
    const strip = (d: string) => {
      const j = JSON.parse(readFileSync(join(d, "run.json"), "utf8"));
      delete j.timings;
      return j;
    };
    expect(strip(B)).toEqual(strip(A));
    const j = JSON.parse(readFileSync(join(A, "run.json"), "utf8"));
    expect(j).toMatchObject({
      engine: { name: "trappa", version: "0.1.0" },
      seed: 2040,
      replicates: 200,
      scenario: { file: "scenarios/default.json", extends: [] },
    });
    expect(j.scenario.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(j.dataSources.map((s: { path: string }) => s.path)).toContain("data/faerder-3911-mmmm-2024.csv");
    expect(j.timings.totalMs).toBeGreaterThan(0);
  });

  it("results.xlsx read back with exceljs equals the CSVs, sheet by sheet, with an assumptions sheet", async () => {
    const sheets = await cells(join(A, "results.xlsx"));
    expect(sheets.map((s) => s.name)).toEqual([
      "Befolkning",
      "Dekningsgrader og tjenester",
      "Boligtrapp",
      "Boligtrapp, sum",
      "Bygging og investering",
      "Sammendrag for kommunestyret",
      "Ressurskalkulator",
      "Innsatstrapp",
      "Innbyggere 80+ uten tjenester",
      "Persona, tidslinje",
      "Persona, Monte Carlo",
      "Oppskalering til kommunen",
      "Oppskalering, to metoder",
      "Forutsetninger",
      "Kjøring",
    ]);
    TABLES.forEach((t, k) => {
      const csv = parseCsv(readFileSync(join(A, `${t}.csv`), "utf8"));
      const sheet = sheets[k].rows;
      expect(sheet.length - 1).toBe(csv.rows.length);
      csv.rows.forEach((r, i) => {
        const x = sheet[i + 1];
        r.forEach((text, j) => {
          const cell = x[j] ?? null;
          if (text === "") expect(cell).toBeNull();
          else if (typeof cell === "number") expect(cell).toBe(Number(text));
          else expect(cell).toBe(text);
        });
      });
    });
    expect(sheets[6].rows.length).toBeGreaterThan(10);
  });

  it("the summary CSV holds the council summary adding up (integer ticks of 0.1)", () => {
    const csv = parseCsv(readFileSync(join(A, "sammendrag.csv"), "utf8"));
    const v = Object.fromEntries(csv.rows.map((r) => [r[0], Number(r[2])]));
    const t = (x: number) => Math.round(x * 10);
    expect(t(v.staff_base) + t(v.staff_growth_today_profile) + t(v.staff_change_alt_profile)).toBe(t(v.staff_need_target_alt_profile));
    // One resident per dwelling: the extra dwellings are SSB's published growth of 67+ in Færder, 871 + 1 087 + 266 = 2 224.
    expect(v.dwellings_more_than_today).toBe(2224);
  });
});

describe("trappa run (command line)", () => {
  it("prints one plain line when not on a terminal, and --seed/--replicates land in run.json", async () => {
    const dir = join(root, "cli");
    const r = await run(["run", "scenarios/varianter/halv-boliggjoring.json", "--out", dir, "--seed", "7", "--replicates", "3"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Skrev 16 filer til .*cli \(\d+,\d s\): befolkning\.csv, .* run\.json\n$/);
    expect(r.err).toBe("");
    const j = JSON.parse(readFileSync(join(dir, "run.json"), "utf8"));
    expect(j).toMatchObject({ seed: 7, replicates: 3, scenario: { extends: ["scenarios/default.json", "scenarios/faerder-alt-profil.json"] } });
    // The resolver's choices, as scenarios/default.json gives them: MMMM reported, base 2024 (the embedded file),
    // target 2040 (report.targetYear), end 2050 (population.endYear), money in 2024-kr, the Nordstrand catalogue.
    expect(j.resolved).toMatchObject({
      alternative: "MMMM",
      alternatives: ["MMMM", "LLML", "HHMH"],
      baseYear: 2024,
      targetYear: 2040,
      endYear: 2050,
      priceYear: 2024,
      files: { catalogue: "oslo-nordstrand-2023-11", personas: "../personas/johs.json" },
    });
  }, 30_000);

  it("a bad --seed is a usage error (exit 2); a broken scenario an input error (exit 2) and writes nothing", async () => {
    expect((await run(["run", "scenarios/default.json", "--seed", "2,5"])).code).toBe(2);
    const dir = join(root, "broken");
    const r = await run(["run", "test/scenario/fixtures/broken/unknown-key.json", "--out", dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("population.endYaer");
    expect(existsSync(dir)).toBe(false);
  });
});

describe("trappa run --uncertainty N", () => {
  const U = ["befolkning-usikkerhet", "sammendrag-usikkerhet", "tjenester-usikkerhet", "oppskalering-usikkerhet", "oppskalering-publisert-usikkerhet"];
  const dirs = [join(root, "u1"), join(root, "u2")];
  let results: Array<{ code: number; out: string; err: string }> = [];
  beforeAll(async () => {
    results = [];
    // The second run splits the replicates over two worker threads (blocks of 25: 26 replicates make two).
    results.push(await run(["run", "scenarios/default.json", "--out", dirs[0], "--uncertainty", "26"]));
    results.push(await run(["run", "scenarios/default.json", "--out", dirs[1], "--uncertainty", "26", "--workers", "2"]));
  }, 60_000);

  it("adds the four percentile tables as CSVs and sheets, the fan charts to report.html and the settings to run.json", async () => {
    expect(results.map((r) => r.code)).toEqual([0, 0]);
    expect(readdirSync(dirs[0]).sort()).toEqual(
      [...TABLES, ...U]
        .map((t) => `${t}.csv`)
        .concat(["report.html", "results.xlsx", "run.json"])
        .sort(),
    );
    const sheets = await cells(join(dirs[0], "results.xlsx"));
    const names = sheets.map((s) => s.name);
    const first = names.indexOf("Befolkning, usikkerhet");
    expect(first).toBe(TABLES.length);
    expect(names.slice(first, first + 5)).toEqual([
      "Befolkning, usikkerhet",
      "Sammendrag, usikkerhet",
      "Tjenester og bolig, usikkerhet",
      "Oppskalering, usikkerhet",
      "Oppskalering publ., usikkerhet",
    ]);
    const csv = parseCsv(readFileSync(join(dirs[0], "sammendrag-usikkerhet.csv"), "utf8"));
    expect(csv.header).toEqual(["key", "label", "statistic", "value", "unit", "seed", "replicates"]);
    expect(csv.rows.length).toBe(36);
    expect(csv.rows.every((r) => r[5] === "2040" && r[6] === "26")).toBe(true);
    const html = readFileSync(join(dirs[0], "report.html"), "utf8");
    for (const id of ["fig-usikkerhet-eldre", "fig-usikkerhet-arsverk", "fig-usikkerhet-kostnad", "fig-usikkerhet-oppskalering"])
      expect(html).toContain(`id="${id}"`);
    const j = JSON.parse(readFileSync(join(dirs[0], "run.json"), "utf8"));
    expect(j.tables.map((t: { id: string }) => t.id).slice(-U.length)).toEqual(U);
    expect(j.uncertainty).toEqual({
      replicates: 26,
      seed: 2040,
      level: 0.8,
      statistics: ["p10", "p50", "p90"],
      alternative: "MMMM",
      targetYear: 2040,
      personReplicates: 8,
    });
    // The number of worker threads is not recorded: it does not change the numbers.
    const j2 = JSON.parse(readFileSync(join(dirs[1], "run.json"), "utf8"));
    expect({ ...j2, timings: null }).toEqual({ ...j, timings: null });
  });

  it("twice with the same seed, on one thread and on two worker threads, gives byte-identical CSVs (the percentiles) and report.html", () => {
    for (const t of [...TABLES, ...U]) expect(readFileSync(join(dirs[1], `${t}.csv`)).equals(readFileSync(join(dirs[0], `${t}.csv`))), t).toBe(true);
    expect(readFileSync(join(dirs[1], "report.html")).equals(readFileSync(join(dirs[0], "report.html")))).toBe(true);
  });

  it("leaves the run's other tables as without --uncertainty", () => {
    for (const t of TABLES) expect(readFileSync(join(dirs[0], `${t}.csv`)).equals(readFileSync(join(A, `${t}.csv`))), t).toBe(true);
  });

  it("refuses fewer than 2 replicates or a non-number (usage error, exit 2)", async () => {
    for (const bad of ["1", "mange", "-3"]) {
      const r = await run(["run", "scenarios/default.json", "--out", join(root, "bad"), "--uncertainty", bad]);
      expect(r.code, bad).toBe(2);
      expect(r.err).toContain("--uncertainty forventer et heltall fra 2");
    }
    expect(existsSync(join(root, "bad"))).toBe(false);
  });
});
