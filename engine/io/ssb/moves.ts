import { readTextFile } from "../text";
import { InputError, type Issue } from "../../errors";
import { findUnit, mapToBorders } from "../../ssb/borders";
import type { CodeHistory } from "../../ssb/code-history";

/** Moves of one year, place and single age (age at the end of the year), as published. */
export interface MovesRow {
  year: number;
  /** The region as the file names it ("Skien"). */
  regionName: string;
  /** The region's code on the borders asked for ("4003"), "" before mapping. */
  region: string;
  age: number;
  /** Persons moving out and in; null where the cell is empty. */
  out: number | null;
  in: number | null;
  /** Net = in − out; an empty cell reads as 0 moves when the other two are given. */
  net: number;
  line: number;
}

const HEADER = ["år", "region", "alder", "utflytting", "innflytting", "nettoflytting"];

/**
 * Parses SSB's moves by single age as Telemark fylkeskommune publishes them:
 * `År;Region;Alder;Utflytting;Innflytting;Nettoflytting`, semicolon-separated, UTF-8
 * (a byte-order mark and CRLF line ends are accepted), region by name, ages as "0 år".
 * Empty cells are zero moves in that direction (SSB leaves them empty); a net cell that is
 * empty is in − out; a net cell that disagrees with in − out is an error. The top age
 * (70 up to 2021, 99 from 2022) is kept as published: its meaning (that age or older) is not
 * stated, so callers should not read ages at or above it.
 *
 * Units: persons per calendar year. Pure: reads nothing.
 *
 * @example parseMovesByAge("År;Region;Alder;Utflytting;Innflytting;Nettoflytting\n2016;Skien;0 år;22;24;2", "f.csv")[0].net // 2
 */
export function parseMovesByAge(text: string, file: string): MovesRow[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const head = lines[0].split(";").map((c) => c.trim().toLowerCase());
  if (head.length !== HEADER.length || head.some((c, i) => c !== HEADER[i])) {
    throw new InputError(`${file}: line 1: expected the columns ${HEADER.join(";")} (semicolon-separated), got "${lines[0]}"`);
  }
  const issues: Issue[] = [];
  const rows: MovesRow[] = [];
  const count = (cell: string, line: number, what: string): number | null | undefined => {
    const t = cell.trim();
    if (t === "") return null;
    if (!/^-?\d+$/.test(t)) {
      issues.push({ file, line, path: [what], expected: "a whole number of persons or an empty cell", found: `"${cell}"` });
      return undefined;
    }
    return Number(t);
  };
  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    if (lines[i].trim() === "") continue;
    const c = lines[i].split(";");
    if (c.length !== HEADER.length) {
      issues.push({ file, line, path: [], expected: `${HEADER.length} fields`, found: `${c.length} in "${lines[i]}"` });
      continue;
    }
    const year = Number(c[0].trim());
    if (!/^\d{4}$/.test(c[0].trim())) issues.push({ file, line, path: ["År"], expected: "a year (4 digits)", found: `"${c[0]}"` });
    const age = /^(\d+) år$/.exec(c[2].trim());
    if (!age) issues.push({ file, line, path: ["Alder"], expected: 'an age such as "0 år"', found: `"${c[2]}"` });
    if (c[1].trim() === "") issues.push({ file, line, path: ["Region"], expected: "a region name", found: "an empty cell" });
    const out = count(c[3], line, "Utflytting"),
      inn = count(c[4], line, "Innflytting"),
      net = count(c[5], line, "Nettoflytting");
    if (out === undefined || inn === undefined || net === undefined || !age || !/^\d{4}$/.test(c[0].trim())) continue;
    const derived = (inn ?? 0) - (out ?? 0);
    if (net !== null && net !== derived) {
      issues.push({ file, line, path: ["Nettoflytting"], expected: `Innflytting − Utflytting = ${derived}`, found: String(net) });
      continue;
    }
    rows.push({ year, regionName: c[1].trim(), region: "", age: Number(age[1]), out, in: inn, net: net ?? derived, line });
  }
  if (issues.length) {
    throw new InputError(
      issues.map((x) => `${x.file}: line ${x.line}${x.path.length ? `: ${x.path.join(".")}` : ""}: expected ${x.expected}, got ${x.found}`).join("\n"),
      issues,
    );
  }
  return rows;
}

/**
 * Puts moves rows on the borders of `borderYear` by the municipal code history: each
 * region name is looked up as it was in the row's year (findUnit) and mapped to the unit
 * holding it then (mapToBorders). A name the history does not know, an ambiguous one, or a
 * place split between several units is an error naming the file and line.
 *
 * @example withRegionCodes(rows, history, 2024, "f.csv")[0].region // "4003" (Skien)
 */
export function withRegionCodes(rows: readonly MovesRow[], history: CodeHistory, borderYear: number, file: string): MovesRow[] {
  const issues: Issue[] = [];
  const out: MovesRow[] = [];
  for (const r of rows) {
    const found = findUnit(history, "", r.regionName, r.year);
    if (!found.unit) {
      issues.push({
        file,
        line: r.line,
        path: ["Region"],
        expected: `a municipality the code history knows in ${r.year}`,
        found: `"${r.regionName}"${found.ambiguous ? ` (ambiguous: ${found.candidates.map((u) => u.code).join(", ")})` : ""}`,
      });
      continue;
    }
    const m = mapToBorders(history, found.unit, borderYear);
    if (m.kind !== "whole") {
      issues.push({ file, line: r.line, path: ["Region"], expected: `a place inside one municipality of ${borderYear}`, found: `"${r.regionName}" split` });
      continue;
    }
    out.push({ ...r, region: m.target.code });
  }
  if (issues.length) {
    const shown = issues.slice(0, 5);
    throw new InputError(
      shown.map((x) => `${x.file}: line ${x.line}: ${x.path.join(".")}: expected ${x.expected}, got ${x.found}`).join("\n") +
        (issues.length > 5 ? `\n(${issues.length - 5} more)` : ""),
      issues,
    );
  }
  return out;
}

/** Reads a moves-by-age file (parseMovesByAge) and puts it on the borders of `borderYear` (withRegionCodes). */
export function readMovesByAge(path: string, history: CodeHistory, borderYear: number): MovesRow[] {
  return withRegionCodes(parseMovesByAge(readTextFile(path, "a readable moves file (CSV)").text, path), history, borderYear, path);
}

/**
 * The rows as counts for the projection: region, year, age, in- and out-movers, an empty
 * cell as no moves (0).
 *
 * @example movesCounts([{ region: "4003", year: 2016, age: 1, in: 58, out: null, … }])[0].out // 0
 */
export function movesCounts(rows: readonly MovesRow[]): Array<{ region: string; year: number; age: number; in: number; out: number }> {
  return rows.map((m) => ({ region: m.region, year: m.year, age: m.age, in: m.in ?? 0, out: m.out ?? 0 }));
}
