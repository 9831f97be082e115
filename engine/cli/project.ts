import { extname, resolve } from "node:path";
import { InputError, UsageError } from "../errors";
import { loadScenarioFile } from "../io/scenario-file";
import { toCsv } from "../io/tidy-csv";
import { writeFileAtomic } from "../io/write-atomic";
import { checkOutputFile } from "../io/output-path";
import { writeXlsx } from "../io/xlsx";
import { bandRows, type BandRow } from "../population/run";
import { formatNumber, formatPercent } from "../report/format";
import { textTable } from "../report/text-table";
import { runPopulationScenario, type PopulationJob } from "../run/population";
import { populationScenarioSchema, type PopulationScenario } from "../scenario/population";
import { parseWith } from "../scenario/zod-issues";
import type { CliIo, CommandResult } from "./context";
import { yearOption } from "./options";

export interface ProjectFlags {
  population?: string;
  region?: string;
  alternative?: string;
  to?: string;
  bands?: string;
  sex: "both" | "split";
  calibrate: boolean;
  calibrateTo?: string;
  calibrateYears?: string;
  borderYear?: string;
  moves?: string;
  fit?: boolean;
  format: "csv" | "table";
  out?: string;
}

const parseYear = (text: string, flag: string): number => yearOption(text, flag)!;

/** The scenario's population part, from a scenario file (optional) with flags on top. */
function scenarioFrom(file: string | undefined, flags: ProjectFlags): { scenario: PopulationScenario; baseDir: string } {
  let raw: Record<string, unknown> = {};
  let baseDir = process.cwd();
  let where = "flags";
  if (file) {
    // The scenario with the baselines it extends, merged and checked (paths relative to this file).
    const loaded = loadScenarioFile(file);
    const pop = (loaded.resolved as { population?: unknown }).population;
    if (typeof pop !== "object" || pop === null) {
      throw new InputError(`${file}: population: expected an object with the population settings, got ${JSON.stringify(pop)}`);
    }
    raw = { ...(pop as Record<string, unknown>) };
    baseDir = loaded.baseDir;
    where = file;
  }
  if (flags.population) {
    raw.file = resolve(flags.population);
  }
  if (flags.region) raw.region = flags.region;
  if (flags.alternative) raw.alternatives = flags.alternative.split(",").map((s) => s.trim());
  if (flags.to) raw.endYear = parseYear(flags.to, "--to");
  if (flags.bands !== undefined) {
    if (flags.bands.trim() === "") throw new UsageError('--bands forventer aldersgrupper (f.eks. "0-66,67-79,80+" eller "eldre"), fikk ""');
    raw.bands = flags.bands;
  }
  if (!flags.calibrate) raw.calibrate = false;
  if (flags.calibrateTo) raw.calibrateTo = resolve(flags.calibrateTo);
  if (flags.moves) raw.moves = resolve(flags.moves);
  if (flags.borderYear) raw.borderYear = parseYear(flags.borderYear, "--border-year");
  if (flags.calibrateYears) {
    raw.calibrateYears = flags.calibrateYears.split(",").map((y) => parseYear(y.trim(), "--calibrate-years"));
  }
  return { scenario: parseWith(populationScenarioSchema, raw, file ? where : "flags", file ? ["population"] : []), baseDir };
}

function csvFor(rows: BandRow[], multiAlt: boolean, split: boolean): string {
  const header = [...(multiAlt ? ["alternative"] : []), "year", "band", ...(split ? ["sex"] : []), "population"];
  return toCsv(
    header,
    rows.map((r) => [...(multiAlt ? [r.alternative] : []), r.year, r.band, ...(split ? [r.sex] : []), Number(r.population.toFixed(1))]),
  );
}

/** Norwegian table: bands × selected years (base, every fifth year, end) with the change. */
function tableFor(job: PopulationJob, rows: BandRow[]): string {
  const out: string[] = [];
  const place = job.run.place;
  for (const [alt, p] of job.run.projections) {
    const years = [p.baseYear];
    for (let y = Math.ceil((p.baseYear + 1) / 5) * 5; y < p.endYear; y += 5) years.push(y);
    if (p.endYear !== p.baseYear) years.push(p.endYear);
    const label = job.assumptions.alternatives[alt] ?? alt;
    out.push(`${place.name} (${place.code}), ${label}, 1. januar\n`);
    const get = (y: number, b: string) => rows.find((r) => r.alternative === alt && r.year === y && r.band === b && r.sex === "both")!.population;
    const bandLabels = [...job.bands.map((b) => b.label)];
    const body = bandLabels.map((b) => {
      const first = get(p.baseYear, b);
      const last = get(p.endYear, b);
      return [b, ...years.map((y) => formatNumber(get(y, b))), formatNumber(last - first), formatPercent(first > 0 ? (last - first) / first : 0)];
    });
    const sum = (y: number) => bandLabels.reduce((s, b) => s + get(y, b), 0);
    const t0 = sum(p.baseYear),
      t1 = sum(p.endYear);
    body.push(["I alt", ...years.map((y) => formatNumber(sum(y))), formatNumber(t1 - t0), formatPercent(t0 > 0 ? (t1 - t0) / t0 : 0)]);
    out.push(textTable(["Aldersgruppe", ...years.map(String), `Endring ${p.baseYear}-${p.endYear}`, "%"], body));
    out.push("");
  }
  return out.join("\n");
}

function fitTable(job: PopulationJob): string {
  const cal = job.run.calibration;
  if (!cal) return "Ingen kalibrering (filen har ingen senere år, eller --no-calibrate).\n";
  const body = cal.fit.map((r) => [String(r.year), r.band, formatNumber(r.target), formatNumber(r.fitted, 1), formatPercent(r.relative, 3)]);
  return `Kalibrering mot publiserte tall (MMMM):\n${textTable(["År", "Aldersgruppe", "Publisert", "Modell", "Avvik"], body)}`;
}

/** Runs `trappa project` with the arguments and flags commander parsed (options and help: register/project.ts), writing to `io`. */
export async function projectCommand(scenarioFile: string | undefined, flags: ProjectFlags, io: CliIo): Promise<CommandResult> {
  if (flags.out !== undefined) {
    if (![".csv", ".xlsx"].includes(extname(flags.out).toLowerCase())) {
      throw new UsageError(`--out forventer en fil som slutter på .csv eller .xlsx, fikk "${flags.out}"`);
    }
    checkOutputFile(flags.out);
  }
  const { scenario, baseDir } = scenarioFrom(scenarioFile, flags);
  const where = scenarioFile ? `${scenarioFile}: population` : "population";
  const job = runPopulationScenario(scenario, baseDir, where, flags.to !== undefined ? "--to" : `${where}.endYear`);
  const split = flags.sex === "split";
  const rows = bandRows(job.run, job.bands, split ? ["both", "male", "female"] : ["both"]);
  const multi = job.run.projections.size > 1;
  if (flags.fit) io.stderr.write(`${fitTable(job)}\n`);
  if (flags.out) {
    const ext = extname(flags.out).toLowerCase();
    if (ext === ".csv") writeFileAtomic(flags.out, csvFor(rows, multi, split));
    else if (ext === ".xlsx") {
      await writeXlsx(flags.out, [
        {
          name: "Befolkning",
          header: ["alternativ", "år", "aldersgruppe", "kjønn", "personer"],
          rows: rows.map((r) => [r.alternative, r.year, r.band, r.sex, r.population]),
          formats: [undefined, "0", undefined, undefined, "#,##0"],
        },
        ...(job.run.calibration
          ? [
              {
                name: "Kalibrering",
                header: ["år", "aldersgruppe", "publisert", "modell", "avvik"],
                rows: job.run.calibration.fit.map((r) => [r.year, r.band, r.target, r.fitted, r.relative]),
                formats: ["0", undefined, "#,##0", "#,##0.0", "0.000%"],
              },
            ]
          : []),
      ]);
    }
    io.stderr.write(`Skrev ${flags.out} (${rows.length} rader).\n`);
    return 0;
  }
  io.stdout.write(flags.format === "csv" ? csvFor(rows, multi, split) : tableFor(job, rows));
  return 0;
}
