import { aq } from "../table/arquero";
import type { ColumnTable } from "arquero";
import { InputError } from "../errors";
import type { CsvTable } from "../io/csv";
import { toCsv } from "../io/tidy-csv";
import { formatNumber } from "./format";
import { textTable } from "./text-table";

/** One row of a comparison: a table, the row's key, the two runs' values, B − A and B ÷ A. */
export interface ComparisonRow {
  table: string;
  keyColumns: string[];
  key: string[];
  /** Run A's value (null: the row is missing in A). */
  a: number | null;
  b: number | null;
  /** b − a (null when either is missing). */
  difference: number | null;
  /** b ÷ a (null when either is missing or a is 0). */
  ratio: number | null;
}

/** Columns that describe a row but do not identify it (left out of the key). */
const NOT_KEY = new Set(["value", "label"]);

function num(text: string, where: string): number {
  const x = Number(text);
  if (text.trim() === "" || !Number.isFinite(x)) throw new InputError(`${where}: field "value": expected a number, got ${JSON.stringify(text)}`);
  return x;
}

/** A run's CSV table as an arquero table: every column text (region codes stay "0301"), `value` a checked number. */
function asTable(t: CsvTable, where: string, value: string): ColumnTable {
  const vi = t.header.indexOf("value");
  const columns: Record<string, Array<string | number>> = {};
  t.header.forEach((h, i) => {
    columns[h === "value" ? value : h] = t.rows.map((r, k) => (i === vi ? num(r[i], `${where}: line ${t.lines[k]}`) : (r[i] ?? "")));
  });
  return aq.table(columns);
}

/**
 * Compares every table two runs share (by name), row by row: rows are matched on all
 * columns but `value` and `label` (an arquero left join of A with B, then B's rows that A
 * has not, an antijoin); each gets both values, the difference B − A and the ratio B ÷ A.
 * Rows only one run has are kept with the other value null. Tables only one run has are
 * left out; no table in common is an error (two unrelated folders).
 *
 * @example compareRuns(readRunTables("out/a"), readRunTables("out/b")).filter((r) => r.table === "sammendrag")
 */
export function compareRuns(a: ReadonlyMap<string, CsvTable>, b: ReadonlyMap<string, CsvTable>, names = { a: "A", b: "B" }): ComparisonRow[] {
  const shared = [...a.keys()].filter((k) => b.has(k)).sort();
  if (shared.length === 0) {
    throw new InputError(`${names.a} and ${names.b}: expected two run folders with at least one table (CSV) in common, got ${list(a)} and ${list(b)}`);
  }
  return shared.flatMap((table) => compareTable(table, a.get(table)!, b.get(table)!, names));
}

function compareTable(table: string, ta: CsvTable, tb: CsvTable, names: { a: string; b: string }): ComparisonRow[] {
  if (ta.header.join(",") !== tb.header.join(",")) {
    throw new InputError(`${names.b}: ${table}.csv: expected the columns of ${names.a}'s ${table}.csv (${ta.header.join(",")}), got ${tb.header.join(",")}`);
  }
  if (!ta.header.includes("value")) throw new InputError(`${names.a}: ${table}.csv: expected a "value" column, got ${ta.header.join(",")}`);
  const keys = ta.header.filter((h) => !NOT_KEY.has(h));
  // A's row order is kept (a join puts matched rows first): its row number rides along.
  const A = asTable(ta, `${names.a}: ${table}.csv`, "a")
    .select(...keys, "a")
    .derive({ _a_row: () => aq.op.row_number() });
  const B = asTable(tb, `${names.b}: ${table}.csv`, "b").select(...keys, "b");
  const joined = A.join_left(B, [keys, keys], [aq.all(), ["b"]])
    .orderby("_a_row")
    .concat(B.antijoin(A, [keys, keys]));
  const value = (x: unknown) => (typeof x === "number" ? x : null);
  return (joined.objects() as Array<Record<string, unknown>>).map((r) =>
    row(
      table,
      keys,
      keys.map((k) => String(r[k])),
      value(r.a),
      value(r.b),
    ),
  );
}

function list(m: ReadonlyMap<string, CsvTable>): string {
  return m.size ? `tables ${[...m.keys()].join(", ")}` : "no tables";
}

function row(table: string, keyColumns: string[], key: string[], a: number | null, b: number | null): ComparisonRow {
  const difference = a !== null && b !== null ? clean(b - a) : null;
  const ratio = a !== null && b !== null && a !== 0 ? b / a : null;
  return { table, keyColumns, key, a, b, difference, ratio };
}

/** Rounds away floating-point noise in a difference (12 significant digits). */
function clean(x: number): number {
  const r = Number(x.toPrecision(12));
  return r === 0 ? 0 : r;
}

/** The comparison as tidy CSV: table, key ("column=value; …"), value_a, value_b, difference, ratio (empty where undefined). */
export function comparisonCsv(rows: readonly ComparisonRow[]): string {
  const e = (x: number | null) => (x === null ? "" : x);
  return toCsv(
    ["table", "key", "value_a", "value_b", "difference", "ratio"],
    rows.map((r) => [
      r.table,
      r.keyColumns.map((c, i) => `${c}=${r.key[i]}`).join("; "),
      e(r.a),
      e(r.b),
      e(r.difference),
      r.ratio === null ? "" : Number(r.ratio.toPrecision(12)),
    ]),
  );
}

function fmt(x: number | null): string {
  if (x === null) return "–";
  const m = Math.abs(x);
  return formatNumber(x, m >= 1000 ? 0 : m >= 10 ? 1 : m >= 1 ? 2 : 4);
}

/**
 * The comparison as Norwegian text tables, one per shared table: the rows that differ
 * (or that only one run has) with A, B, the difference and the ratio, and how many rows
 * are equal.
 */
export function comparisonText(rows: readonly ComparisonRow[], names = { a: "A", b: "B" }): string {
  const out: string[] = [];
  const tables = [...new Set(rows.map((r) => r.table))];
  for (const t of tables) {
    const rs = rows.filter((r) => r.table === t);
    const differing = rs.filter((r) => r.difference !== 0);
    out.push(`${t}: ${formatNumber(rs.length)} rader, ${formatNumber(differing.length)} med forskjell (${names.b} − ${names.a}).`);
    if (differing.length) {
      out.push(
        textTable(
          [...rs[0].keyColumns, names.a, names.b, "Differanse", "Forhold"],
          differing.map((r) => [...r.key, fmt(r.a), fmt(r.b), fmt(r.difference), r.ratio === null ? "–" : formatNumber(r.ratio, 4)]),
        ),
      );
    }
    out.push("");
  }
  return out.join("\n");
}
