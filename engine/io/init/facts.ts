import { UsageError } from "../../errors";
import { parseBands } from "../../population/bands";
import type { SsbImportReport } from "../ssb/report";
import type { SsbRow } from "../ssb/tidy";

/** SSB's alternatives in the order they are published (MMMM first). */
const ALT_ORDER = ["MMMM", "LLML", "HHMH", "MMML", "MMMH", "LHML", "HLMH", "MMM0", "MM00"];

/** What `trappa init` takes from an SSB projection file for one place. */
export interface PlaceFacts {
  code: string;
  /** The place's name as the data give it. */
  name: string;
  /** The place's rows (every round and alternative the file holds for it). */
  rows: SsbRow[];
  /** The newest round with MMMM, and its table ("" when the file does not say). */
  round: number | null;
  table: string;
  /** Years of that round's MMMM (the first is the base year), first and last. */
  years: number[];
  baseYear: number;
  lastYear: number;
  /** Alternatives of that round, MMMM first, in SSB's order. */
  alternatives: string[];
  /** The file's age groups when they cover 0…105+ without gaps or overlaps and are few (≤ 12); else null. */
  bands: string[] | null;
}

/**
 * The facts `trappa init` needs about one place of an imported SSB file: its rows, the
 * newest round holding SSB's main alternative MMMM (its base and last year and
 * alternatives), and its age groups as bands. Throws a Norwegian UsageError naming the file,
 * what was expected and what was found when the file has no figures for the place or no MMMM.
 *
 * @example placeFacts(readSsbFile(f).rows, report, { code: "4003", name: "Skien" }).alternatives // ["MMMM", "LLML", "HHMH"]
 */
export function placeFacts(rows: readonly SsbRow[], report: SsbImportReport, place: { code: string; name: string }): PlaceFacts {
  const { code } = place;
  const label = `${place.code} ${place.name}`;
  const mine = rows.filter((r) => r.region === code);
  if (mine.length === 0) {
    const found = report.places.filter((p) => p.code !== "").map((p) => `${p.code} ${p.name}`);
    throw new UsageError(
      `${report.file} har ingen tall for ${label}: forventet en SSB-fil med dette stedet, fant ${found.length ? found.join(", ") : "ingen kjente steder"}`,
    );
  }
  const mmmm = mine.filter((r) => r.alternative === "MMMM" && r.value !== null);
  if (mmmm.length === 0) {
    const alts = [...new Set(mine.map((r) => r.alternative ?? "registrert befolkning"))];
    throw new UsageError(`${report.file}: forventet SSBs hovedalternativ MMMM for ${label} (en framskriving), fant ${alts.join(", ")}`);
  }
  const round = mmmm.some((r) => r.round !== null) ? Math.max(...mmmm.map((r) => r.round ?? 0)) : null;
  const latest = mine.filter((r) => r.round === round && r.alternative !== null);
  const years = [...new Set(latest.filter((r) => r.alternative === "MMMM").map((r) => r.year))].sort((a, b) => a - b);
  const alternatives = [...new Set(latest.map((r) => r.alternative as string))]
    .filter((a) => ALT_ORDER.includes(a))
    .sort((a, b) => ALT_ORDER.indexOf(a) - ALT_ORDER.indexOf(b));
  const ages = [...new Set(latest.map((r) => r.age))];
  let bands: string[] | null = null;
  try {
    const parsed = parseBands(ages.slice().sort((a, b) => parseInt(a, 10) - parseInt(b, 10)));
    if (parsed.length <= 12) bands = parsed.map((b) => b.label);
  } catch {
    bands = null;
  }
  return {
    code,
    // The file's name for the place, else SSB's code list's (a file with codes only).
    name: mine.find((r) => r.regionName)?.regionName ?? place.name,
    rows: mine,
    round,
    table: latest.find((r) => r.table)?.table ?? "",
    years,
    baseYear: years[0],
    lastYear: years[years.length - 1],
    alternatives,
    bands,
  };
}
