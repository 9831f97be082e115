import { extname } from "node:path";
import { UsageError } from "../errors";
import { SSB_ALTERNATIVE_CODES } from "../io/ssb/labels";
import { readSsbFile } from "../io/ssb/read";
import { formatHistory } from "../io/ssb/regions";
import { requirePlaces, type SsbFormat, type SsbImportReport } from "../io/ssb/report";
import { toSsbTidyCsv, type SsbSex } from "../io/ssb/tidy";
import { writeFileAtomic } from "../io/write-atomic";
import { checkOutputFile } from "../io/output-path";
import { formatNumber } from "../report/format";
import type { CliIo, CommandResult } from "./context";

/** The command's registration (name, help, options), for tests that build their own program. */
export { registerImportSsb } from "./register/import-ssb";

export interface ImportFlags {
  out?: string;
  alternative?: string;
  round?: string;
  borderYear?: string;
}

const FORMAT_NO: Record<SsbFormat, string> = {
  jsonstat2: "JSON-stat2 (PxWebApi)",
  "pxweb-csv": "PxWebApi v2 CSV",
  "web-export-csv": "CSV-eksport fra Statistikkbanken (semikolon, desimalkomma)",
  "tidy-long-csv": "lang CSV (én verdi per rad)",
};

const SEX_NO: Record<SsbSex, string> = { both: "begge kjønn", male: "menn", female: "kvinner" };
const KIND_NO: Record<string, string> = { country: "land", county: "fylke", municipality: "kommune", unknown: "ukjent" };

/** "2000–2026" for consecutive years, otherwise runs separated by commas: "2016, 2018–2020". */
export function yearRuns(years: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    out.push(j > i ? `${years[i]}–${years[j]}` : String(years[i]));
    i = j + 1;
  }
  return out.join(", ");
}

/** The import report in Norwegian, for the terminal. */
export function formatImportReport(report: SsbImportReport): string {
  const lines: string[] = [];
  lines.push(`Fil: ${report.file}`);
  lines.push(`Format: ${FORMAT_NO[report.format]}`);
  lines.push(`Kolonner/dimensjoner: ${report.variant}`);
  lines.push(`Tabell: ${report.tables.length ? report.tables.join(", ") : "(står ikke i fila)"}`);
  lines.push(`Kommunegrenser: ${report.borderYear}`);
  lines.push(`Steder (${report.places.length}):`);
  const codeW = Math.max(4, ...report.places.map((p) => (p.code || "?").length));
  const nameW = Math.max(4, ...report.places.map((p) => p.name.length));
  for (const p of report.places) {
    const parts: string[] = [KIND_NO[p.kind] ?? p.kind];
    if (p.history.length > 1 || (p.history.length === 1 && (p.history[0].from !== null || p.history[0].to !== null)))
      parts.push(`koder ${formatHistory(p.history)}`);
    const labels = p.labels.filter((l) => l !== p.name);
    if (labels.length) parts.push(`i fila som ${labels.map((l) => `«${l}»`).join(", ")}`);
    const codes = p.fileCodes.filter((c) => c !== p.code);
    if (codes.length) parts.push(`kode i fila ${codes.join(", ")}`);
    lines.push(`  ${(p.code || "?").padEnd(codeW)}  ${p.name.padEnd(nameW)}  ${parts.join("; ")}`);
  }
  lines.push(`År: ${yearRuns(report.years)} (${report.years.length} år)`);
  lines.push(`Alder (${report.ages.length}): ${report.ages.join(", ")}`);
  lines.push(`Kjønn: ${report.sexes.map((s) => SEX_NO[s]).join(", ")}`);
  lines.push(`Registrert befolkning: ${report.registered ? "ja" : "nei"}`);
  lines.push(`Alternativer: ${report.alternatives.length ? report.alternatives.join(", ") : "ingen (bare registrert befolkning)"}`);
  if (report.rounds.length) lines.push(`Framskrivingsår: ${report.rounds.join(", ")}`);
  lines.push(`Rader: ${formatNumber(report.rows)}`);
  const by = Object.entries(report.missingByStatus)
    .map(([s, n]) => `«${s}» ${formatNumber(n)}`)
    .join(", ");
  lines.push(`Manglende celler: ${formatNumber(report.missing)}${by ? ` (${by})` : ""}`);
  if (report.notes.length) {
    lines.push("Merknader:");
    for (const n of report.notes) lines.push(`  - ${n}`);
  }
  return `${lines.join("\n")}\n`;
}

/** Runs `trappa import-ssb` with the arguments and flags commander parsed (options and help: register/import-ssb.ts), writing to `io`. */
export function importSsbCommand(file: string, flags: ImportFlags, io: CliIo): CommandResult {
  if (flags.out !== undefined && extname(flags.out).toLowerCase() !== ".csv") {
    throw new UsageError(`--out forventer en fil som slutter på .csv, fikk "${flags.out}"`);
  }
  if (flags.out !== undefined) checkOutputFile(flags.out);
  let round: number | undefined;
  if (flags.round !== undefined) {
    if (!/^\d{4}$/.test(flags.round)) throw new UsageError(`--round forventer et årstall (f.eks. 2026), fikk "${flags.round}"`);
    round = Number(flags.round);
  }
  const alternative = flags.alternative?.trim().toUpperCase();
  if (alternative !== undefined && SSB_ALTERNATIVE_CODES.indexOf(alternative) < 0) {
    throw new UsageError(`--alternative forventer et av SSBs alternativer (${SSB_ALTERNATIVE_CODES.join(", ")}), fikk "${flags.alternative}"`);
  }
  let borderYear: number | undefined;
  if (flags.borderYear !== undefined) {
    if (!/^\d{4}$/.test(flags.borderYear)) throw new UsageError(`--border-year forventer et årstall (f.eks. 2024), fikk "${flags.borderYear}"`);
    borderYear = Number(flags.borderYear);
  }
  const { rows, report } = readSsbFile(file, { alternative, round, borderYear });
  requirePlaces(report);
  const csv = toSsbTidyCsv(rows);
  if (flags.out) {
    writeFileAtomic(flags.out, csv);
    io.stdout.write(`${formatImportReport(report)}Skrev ${flags.out} (${formatNumber(rows.length)} rader).\n`);
  } else {
    io.stderr.write(formatImportReport(report));
    io.stdout.write(csv);
  }
  return 0;
}
