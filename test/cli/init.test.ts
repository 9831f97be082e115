/**
 * `trappa init`: a municipality's scenario folder from SSB's projection file, run at once.
 * The population check compares with SSB's own figures in ../shared/data (skipped, with a
 * message, when that folder is absent); the bad-input checks use a small file written here.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderName } from "../../engine/cli/init";
import { loadScenarioFile } from "../../engine/io/scenario-file";
import { HAS_SHARED_DATA, readSharedCsv, SHARED_DATA, SKIP_MESSAGE } from "../validation/shared-data";
import { trappa } from "./run-cli";

const root = mkdtempSync(join(tmpdir(), "trappa-init-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SSB_FILE = "telemark/Framskrevet_folkemengde_2024-2050.csv";
const SSB_AGE: Record<string, string> = {
  "0 år": "0",
  "1-5 år": "1-5",
  "6-12 år": "6-12",
  "13-15 år": "13-15",
  "16-19 år": "16-19",
  "20-44 år": "20-44",
  "45-66 år": "45-66",
  "67-79 år": "67-79",
  "80-89 år": "80-89",
  "90 år eller eldre": "90+",
};

/** SSB's MMMM for a place and year, per age group, read straight from the file (not through the engine's importer). */
function ssbMmmm(place: string, year: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [region, variable, y, age, value] of readSharedCsv(SSB_FILE).slice(1)) {
    if (region !== place || !variable.includes("(MMMM)") || Number(y) !== year) continue;
    const band = SSB_AGE[age];
    out[band] = (out[band] ?? 0) + Number(value);
  }
  return out;
}

/** The run's befolkning.csv: MMMM by year and band. */
function runPopulation(dir: string, year: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of readFileSync(join(dir, "befolkning.csv"), "utf8").trim().split("\n").slice(1)) {
    const [alt, y, band, , value] = line.split(",");
    if (alt === "MMMM" && Number(y) === year) out[band] = Number(value);
  }
  return out;
}

if (!HAS_SHARED_DATA) console.warn(`trappa init on Skien: ${SKIP_MESSAGE}`);

describe.skipIf(!HAS_SHARED_DATA)("trappa init on SSB's 2024 file for Telemark, then trappa run on the folder (Skien, 4003)", () => {
  const dir = join(root, "skien");
  let init: Awaited<ReturnType<typeof trappa>>;
  let run: Awaited<ReturnType<typeof trappa>>;
  beforeAll(async () => {
    init = await trappa(["init", join(SHARED_DATA, SSB_FILE), "Skien", "--out", dir]);
    run = await trappa(["run", dir]);
  }, 60_000);

  it("writes the folder and says what to do next, in Norwegian", () => {
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      ["arsverk-og-kostnader.csv", "befolkning-ssb.csv", "boligprofil.csv", "dekningsgrader.csv", "resultater", "scenario.json"].sort(),
    );
    expect(init.stdout).toContain("for 4003 Skien");
    expect(init.stdout).toContain("Neste steg:");
    expect(init.stdout).toContain(`trappa run ${dir}`);
  });

  it("scenario.json names the place from the data and holds the file's alternatives, age groups and years", () => {
    const s = JSON.parse(readFileSync(join(dir, "scenario.json"), "utf8"));
    expect(s.population).toMatchObject({
      region: "4003",
      name: "Skien",
      calibrateTo: "befolkning-ssb.csv",
      alternatives: ["MMMM", "LLML", "HHMH"],
      endYear: 2050,
    });
    expect(s.population.bands).toEqual(Object.values(SSB_AGE));
    expect(s.report).toMatchObject({ title: "Skien 2040: befolkning, tjenester og boligtrapp", targetYear: 2040 });
    expect(s.inputs).toEqual({ rates: "dekningsgrader.csv", staffing: "arsverk-og-kostnader.csv", housingProfile: "boligprofil.csv" });
  });

  it("runs at once into <folder>/resultater", () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, "resultater", "report.html"))).toBe(true);
  });

  // Tolerance 0.001 person: init calibrates to every year of SSB's MMMM, which the
  // calibration meets exactly; the CSV keeps six decimals. 2030 and 2040 are the years the
  // issue names; 2027 and 2033 lie between the fifth years a plain calibrateTo would fit.
  for (const year of [2027, 2030, 2033, 2040]) {
    it(`its MMMM bands in ${year} equal SSB's MMMM for Skien in the file (within 0.001 person)`, () => {
      const ssb = ssbMmmm("Skien", year);
      const mine = runPopulation(join(dir, "resultater"), year);
      expect(Object.keys(mine)).toEqual(Object.values(SSB_AGE));
      for (const band of Object.keys(ssb)) expect(Math.abs(mine[band] - ssb[band]), band).toBeLessThan(0.001);
      const sum = (r: Record<string, number>, bands: string[]) => bands.reduce((a, b) => a + r[b], 0);
      for (const bands of [["67-79", "80-89", "90+"], Object.values(SSB_AGE)]) expect(Math.abs(sum(mine, bands) - sum(ssb, bands))).toBeLessThan(0.001);
    });
  }

  it("the report is Skien's and says which inputs are still template values", () => {
    const html = readFileSync(join(dir, "resultater", "report.html"), "utf8");
    expect(html).toContain("<h1>Skien 2040: befolkning, tjenester og boligtrapp</h1>");
    expect(html).toContain("Malverdier: alle 12 dekningsgrader (dekningsgrader.csv)");
    expect(html).toContain("alle 7 rader med årsverk og kostnad per enhet (arsverk-og-kostnader.csv)");
    expect(html).toContain("alle 4 aldersgrupper i dagens boligprofil (boligprofil.csv)");
    // No chart or table of Skien's run is titled with the template's place.
    expect(html).not.toMatch(/"title":\{"text":"[^"]*Færder/);
    expect(html).toMatch(/"title":\{"text":"[^"]*Skien/);
    const runJson = JSON.parse(readFileSync(join(dir, "resultater", "run.json"), "utf8"));
    const roles = runJson.dataSources.map((s: { role: string }) => s.role);
    expect(roles).toEqual(expect.arrayContaining(["inndata: dekningsgrader", "inndata: årsverk og kostnader", "inndata: dagens boligprofil"]));
  });
});

/** A small SSB projection file (tidy long form, invented numbers): 4003 Skien, MMMM and LLML, 2024-2030. */
function smallSsbFile(): string {
  const file = join(root, "liten-ssb.csv");
  const lines = ["region,region_name,table,round,alternative,year,sex,age,value,status"];
  const pop: Record<string, number> = { "0-66": 45000, "67-79": 7500, "80-89": 3000, "90+": 450 };
  for (const alt of ["MMMM", "LLML"])
    for (let y = 2024; y <= 2030; y++)
      for (const [age, v] of Object.entries(pop)) lines.push(`4003,Skien,14288,2024,${alt},${y},both,${age},${v + (y - 2024) * 10},`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

describe("trappa init: the place given by number or name, today's or a former one", () => {
  const file = smallSsbFile();

  it("takes Skien's former number 0806 as 4003 Skien and says so; the folder validates", async () => {
    const dir = join(root, "gammelt-nummer");
    const r = await trappa(["init", file, "0806", "--out", dir]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("«0806» er i dag 4003 Skien (0806 → 3807 → 4003).");
    const s = JSON.parse(readFileSync(join(dir, "scenario.json"), "utf8"));
    expect(s.population).toMatchObject({ region: "4003", name: "Skien", alternatives: ["MMMM", "LLML"], endYear: 2030 });
    // 2040 is past the file's last year: the target year is the last year.
    expect(s.report.targetYear).toBe(2030);
    expect(s.population.bands).toEqual(["0-66", "67-79", "80-89", "90+"]);
    const v = await trappa(["validate", dir]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain("Inndata: dekningsgrader.csv: 12 verdier, 12 malverdier");
  });

  it("a folder outside the project extends the shipped template as trappa:maler/kommune.json, so it still runs after a move", async () => {
    const dir = join(root, "flyttes");
    expect((await trappa(["init", file, "4003", "--out", dir])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "scenario.json"), "utf8")).extends).toBe("trappa:maler/kommune.json");
    const moved = join(root, "et-annet-sted", "skien");
    mkdirSync(dirname(moved), { recursive: true });
    renameSync(dir, moved);
    const v = await trappa(["validate", moved]);
    expect(v.stderr).toBe("");
    expect(v.code).toBe(0);
  });

  it("names the folder after the place when --out is not given: lower case, æ ø å as ae o a", () => {
    expect(folderName("Skien")).toBe("skien");
    expect(folderName("Midt-Telemark")).toBe("midt-telemark");
    expect(folderName("Færder")).toBe("faerder");
    expect(folderName("Bø (Nordland)")).toBe("bo-nordland");
    expect(folderName("Ål")).toBe("al");
    expect(folderName("Guovdageaidnu - Kautokeino")).toBe("guovdageaidnu-kautokeino");
  });
});

describe("trappa init reads any format import-ssb reads", () => {
  for (const f of ["14288-jsonstat2.json", "14288-pxweb-v2.csv", "14288-web-export.csv"]) {
    it(`${f} (test/io/ssb/fixtures: invented numbers for Oslo and Færder by sex, ages 0, 67 and 105+)`, async () => {
      const dir = join(root, `format-${f}`);
      const r = await trappa(["init", join("test/io/ssb/fixtures", f), "0301", "--out", dir]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const s = JSON.parse(readFileSync(join(dir, "scenario.json"), "utf8"));
      // Ages that do not cover 0…105+ in groups give the planning bands.
      expect(s.population).toMatchObject({ region: "0301", name: "Oslo", alternatives: ["MMMM"], endYear: 2030, bands: "plan", calibrateYears: [2030] });
      expect(readFileSync(join(dir, "befolkning-ssb.csv"), "utf8").trim().split("\n")).toHaveLength(13);
      expect((await trappa(["validate", dir])).code).toBe(0);
    });
  }
});

describe("trappa init: bad input gets one Norwegian message naming what was expected and what was found, exit 2", () => {
  const file = smallSsbFile();

  it("an unknown municipality", async () => {
    const r = await trappa(["init", file, "Atlantis", "--out", join(root, "x1")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("fant ikke «Atlantis» i SSBs kodeliste for kommuner og fylker 2000–2024");
    expect(r.stderr).toContain("forventet et kommunenummer (f.eks. 4003) eller et kommunenavn (f.eks. Skien)");
    expect(r.stderr).toContain("fikk «Atlantis»");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(root, "x1"))).toBe(false);
    const n = await trappa(["init", file, "9999", "--out", join(root, "x1")]);
    expect(n.code).toBe(2);
    expect(n.stderr).toContain("fant ikke «9999»");
  });

  it("a name several municipalities share", async () => {
    const r = await trappa(["init", file, "Herøy", "--out", join(root, "x2")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("«Herøy» kan være flere steder");
    expect(r.stderr).toContain("1515 Herøy");
    expect(r.stderr).toContain("1818 Herøy");
  });

  it("a file without that place", async () => {
    const r = await trappa(["init", file, "Notodden", "--out", join(root, "x3")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("har ingen tall for 4005 Notodden: forventet en SSB-fil med dette stedet, fant 4003 Skien");
    expect(existsSync(join(root, "x3"))).toBe(false);
  });

  it("a file without SSB's main alternative MMMM", async () => {
    const only = join(root, "bare-llml.csv");
    writeFileSync(
      only,
      readFileSync(file, "utf8")
        .split("\n")
        .filter((l) => !l.includes(",MMMM,"))
        .join("\n"),
    );
    const r = await trappa(["init", only, "4003", "--out", join(root, "x4")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("forventet SSBs hovedalternativ MMMM for 4003 Skien (en framskriving), fant LLML");
  });

  it("an existing folder, unless --force (which rewrites only init's files)", async () => {
    const dir = join(root, "finnes");
    expect((await trappa(["init", file, "4003", "--out", dir])).code).toBe(0);
    writeFileSync(join(dir, "dekningsgrader.csv"), "endret\n");
    writeFileSync(join(dir, "notater.txt"), "mine notater\n");
    const r = await trappa(["init", file, "4003", "--out", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`mappen ${dir} finnes allerede (6 filer): forventet en ny mappe`);
    expect(r.stderr).toContain("--force");
    expect(readFileSync(join(dir, "dekningsgrader.csv"), "utf8")).toBe("endret\n");
    const f = await trappa(["init", file, "4003", "--out", dir, "--force"]);
    expect(f.code).toBe(0);
    expect(readFileSync(join(dir, "dekningsgrader.csv"), "utf8")).toContain("MALVERDI");
    expect(readFileSync(join(dir, "notater.txt"), "utf8")).toBe("mine notater\n");
  });

  it("a target year outside the file's years", async () => {
    const r = await trappa(["init", file, "4003", "--out", join(root, "x5"), "--target-year", "2045"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--target-year forventer et år etter basisåret 2024 og senest 2030 (filens siste år), fikk "2045"');
  });
});

describe("a folder from trappa init, edited as a consultant would in a spreadsheet", () => {
  const file = smallSsbFile();
  const dir = join(root, "redigert");

  it("reads the municipality's own value and source, and no longer counts it as a template value", async () => {
    expect((await trappa(["init", file, "4003", "--out", dir])).code).toBe(0);
    const path = join(dir, "dekningsgrader.csv");
    const text = readFileSync(path, "utf8").replace(
      /^institusjon;([^;]*);90\+;0,237;[^\r\n]*/m,
      "institusjon;$1;90+;0,2;Skien kommune, kartlegging 1. mars 2024",
    );
    writeFileSync(path, text);
    const loaded = loadScenarioFile(join(dir, "scenario.json"));
    const inst = loaded.scenario.coverage!.services.find((s) => s.id === "institusjon")!;
    expect(inst.rates!["90+"]).toBe(0.2);
    expect(inst.rates!["85-89"]).toBe(0.13);
    const rates = loaded.inputs!.find((i) => i.kind === "rates")!;
    expect(rates.values).toBe(12);
    expect(rates.template).toHaveLength(11);
    expect(rates.template).not.toContain("institusjon 90+");
    const v = await trappa(["validate", dir]);
    expect(v.stdout).toContain(
      "Malverdier: 11 av 12 dekningsgrader (dekningsgrader.csv: institusjon 67-79, institusjon 80-84, institusjon 85-89, heldognsbolig 67-79",
    );
  });

  it("a rate above 1 is an error naming the file, line and column", async () => {
    const path = join(dir, "dekningsgrader.csv");
    const lines = readFileSync(path, "utf8").split("\r\n");
    const i = lines.findIndex((l) => l.startsWith("hjemmetjenester;") && l.includes(";80-84;"));
    lines[i] = lines[i].replace(";0,259;", ";25,9;");
    writeFileSync(path, lines.join("\r\n"));
    const r = await trappa(["validate", dir]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`dekningsgrader.csv: line ${i + 1}, dekningsgrad: expected a share between 0 and 1 (e.g. 0,042), got "25,9"`);
  });
});

describe("the other scenario commands take an init folder too", () => {
  const file = smallSsbFile();
  it("trappa summary DIR prints the place's council summary", async () => {
    const dir = join(root, "sammendrag");
    expect((await trappa(["init", file, "4003", "--out", dir])).code).toBe(0);
    const r = await trappa(["summary", dir]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Skien 2030: sammendrag for kommunestyret, 2024–2030/);
  });
});

describe("trappa init --template: another municipality's folder as the template", () => {
  it("extends that folder's scenario; its values pre-fill the CSVs, marked MALVERDI once", async () => {
    const file = smallSsbFile();
    const first = join(root, "mal-kommune");
    expect((await trappa(["init", file, "4003", "--out", first])).code).toBe(0);
    const path = join(first, "dekningsgrader.csv");
    writeFileSync(path, readFileSync(path, "utf8").replace(/^(institusjon;[^;]*;90\+;)0,237;[^\r\n]*/m, "$10,2;Skien kommune 2024"));
    const second = join(root, "fra-mal");
    const r = await trappa(["init", file, "Skien", "--out", second, "--template", first]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(second, "scenario.json"), "utf8")).extends).toBe("../mal-kommune/scenario.json");
    const text = readFileSync(join(second, "dekningsgrader.csv"), "utf8");
    // Each row's source is the template service's (its rows' sources joined), marked once.
    expect(text).toMatch(/^institusjon;[^;]*;90\+;0,2;MALVERDI: [^\r\n]*Skien kommune 2024\r$/m);
    expect(text).not.toContain("MALVERDI: MALVERDI");
  });
});

describe("trappa init: the output folder is checked before the SSB file is read", () => {
  it("an existing folder is refused even when the SSB file does not exist; a file as --out is refused", async () => {
    const dir = join(root, "tidlig");
    writeFileSync(join(root, "en-fil.txt"), "x\n");
    const r = await trappa(["init", join(root, "finnes-ikke.csv"), "4003", "--out", root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`mappen ${root} finnes allerede`);
    const f = await trappa(["init", join(root, "finnes-ikke.csv"), "4003", "--out", join(root, "en-fil.txt")]);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain(`--out forventer en mappe, fikk fila ${join(root, "en-fil.txt")}`);
    expect(existsSync(dir)).toBe(false);
  });
});
