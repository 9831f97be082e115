import { writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileSha256 } from "../io/file-hash";
import { projectRoot } from "../root";
import { renderReportPdf } from "../io/report-pdf";
import { renderReportPngs } from "../io/report-png";
import { writeRunFiles, type OutputFile } from "../io/run-output";
import { loadScenarioFile } from "../io/scenario-file";
import { xlsxBuffer } from "../io/xlsx-buffer";
import { runScenarioAsync, type RunResult } from "../run/run";
import { prestartReplicateWorkers } from "../uncertainty/parallel";
import { plotlyScriptHtml } from "./plotly";
import { runProvenance, type SourceRecord } from "./provenance";
import { tableCsv } from "./run-csv";
import { runReportHtml } from "./run-report";
import { whatIfScript } from "./whatif/bundle";
import { runSheets } from "./run-workbook";

/** A path as readers see it: relative to the project folder when inside it (so outputs do not depend on where the project lies). */
export function shownPath(path: string): string {
  const rel = relative(projectRoot(), resolve(path));
  return rel && !rel.startsWith("..") ? rel.split("\\").join("/") : resolve(path);
}

function sourceRecords(result: RunResult): SourceRecord[] {
  const seen = new Set<string>();
  const out: SourceRecord[] = [];
  for (const s of result.sources) {
    const key = `${s.role}|${s.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ role: s.role, path: shownPath(s.path), sha256: fileSha256(s.path) });
  }
  return out;
}

export interface RunFilesOptions {
  out: string;
  seed?: number | string;
  replicates?: number;
  /** Uncertainty replicates (`--uncertainty N`); absent: none. */
  uncertainty?: number;
  /** Worker threads for the uncertainty replicates (default 1); the outputs are the same whatever the number. */
  workers?: number;
  png?: boolean;
  /** Also print the report to report.pdf with chromium (`--pdf`). */
  pdf?: boolean;
  /** Progress callback per step (label, step number from 1, number of steps). */
  onProgress?: (label: string, index: number, total: number) => void;
}

/**
 * Runs a scenario file and writes its outputs into `out`: report.html, results.xlsx, one
 * CSV per table and run.json (and with `png` the charts as figurer/*.png), through a
 * temporary folder so that an interrupted run leaves no half-written file. Returns the
 * result and the names written.
 */
export async function runToFolder(file: string, options: RunFilesOptions): Promise<{ result: RunResult; files: string[]; ms: number }> {
  const t0 = performance.now();
  // The uncertainty part's worker threads start now and load the task bundle (built first,
  // while this thread waits) while the run's other parts compute in this thread.
  const { release, sent } =
    options.uncertainty !== undefined ? prestartReplicateWorkers(options.uncertainty, options.workers ?? 1) : { release: async () => {}, sent: undefined };
  try {
    await sent;
    return await runAndWrite(file, options, t0);
  } finally {
    await release();
  }
}

async function runAndWrite(file: string, options: RunFilesOptions, t0: number): Promise<{ result: RunResult; files: string[]; ms: number }> {
  const loaded = loadScenarioFile(file);
  const extraSteps = 3;
  let partCount = 0;
  const progress = (label: string, i: number, total: number) => options.onProgress?.(label, i, total);
  const result = await runScenarioAsync(loaded, {
    seed: options.seed,
    replicates: options.replicates,
    uncertainty: options.uncertainty,
    workers: options.workers,
    onProgress: (label, i, n) => {
      partCount = n;
      progress(label, i, n + extraSteps);
    },
  });
  progress("rapport", partCount + 1, partCount + extraSteps);
  const html = runReportHtml(result, { plotlyScript: plotlyScriptHtml(), showPath: shownPath, whatIfScript: whatIfScript() });
  progress("regneark", partCount + 2, partCount + extraSteps);
  const xlsx = await xlsxBuffer(runSheets(result));
  const files: OutputFile[] = [
    ...result.tables.map((t) => ({ name: `${t.id}.csv`, data: tableCsv(t) })),
    { name: "results.xlsx", data: xlsx },
    { name: "report.html", data: html },
  ];
  const sources = sourceRecords(result);
  progress(options.png || options.pdf ? "skriver filer, figurer og PDF (chromium)" : "skriver filer", partCount + 3, partCount + extraSteps);
  const written = await writeRunFiles(options.out, files, async (tmp) => {
    const pngs = options.png ? await renderReportPngs(join(tmp, "report.html"), tmp) : [];
    if (options.pdf) await renderReportPdf(join(tmp, "report.html"), join(tmp, "report.pdf"));
    const pdf = options.pdf ? ["report.pdf"] : [];
    const names = [...files.map((f) => f.name), ...pngs, ...pdf, "run.json"];
    const provenance = runProvenance(result, sources, names, performance.now() - t0);
    writeFileSync(join(tmp, "run.json"), `${JSON.stringify(provenance, null, 2)}\n`);
    return [...pngs, ...pdf, "run.json"];
  });
  return { result, files: written, ms: performance.now() - t0 };
}
