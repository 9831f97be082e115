import { InputError } from "../../errors";
import { parseSsbValue } from "./labels";
import type { RawRecord, RawRole } from "./records";
import { splitRegionCell } from "./regions";

/** What a column of an SSB CSV holds. */
export type ColumnRole = "region" | "regionCode" | "sex" | "age" | "contents" | "year" | "round" | "table" | "status" | "ignore";

/** Column names (lower case) of the dimensions, as SSB, PxWeb, R/pyjstat exports and dashboards write them. */
const ROLE_NAMES: Record<string, ColumnRole> = {
  region: "region",
  kommune: "region",
  fylke: "region",
  "region/kommune": "region",
  område: "region",
  kommunenavn: "region",
  sted: "region",
  place: "region",
  region_name: "region",
  kommunenummer: "regionCode",
  kommunenr: "regionCode",
  regionkode: "regionCode",
  region_code: "regionCode",
  knr: "regionCode",
  kjønn: "sex",
  kjonn: "sex",
  sex: "sex",
  alder: "age",
  age: "age",
  aldersgruppe: "age",
  "alder (år)": "age",
  statistikkvariabel: "contents",
  contentscode: "contents",
  contents: "contents",
  "statistics variable": "contents",
  type: "contents",
  kilde: "contents",
  alternativ: "contents",
  alternative: "contents",
  år: "year",
  aar: "year",
  tid: "year",
  year: "year",
  årstall: "year",
  framskriving: "round",
  round: "round",
  framskrivingsår: "round",
  runde: "round",
  tabell: "table",
  table: "table",
  status: "status",
  sortcolumn: "ignore",
  sortering: "ignore",
};

/** Names of a value column that say nothing about what is counted. */
const GENERIC_VALUE = /^(value|verdi|values|antall|tall|n)$/i;

/** The role of a column header, or undefined for a value column. */
export function columnRole(header: string): ColumnRole | undefined {
  return ROLE_NAMES[header.trim().toLowerCase()];
}

/** True if a header names a dimension (region, kjønn, alder, statistikkvariabel, år, …). */
export function isDimensionName(header: string): boolean {
  return columnRole(header) !== undefined;
}

/** True if a header is a generic value column name (value, verdi, antall) or "Personer". */
export function isValueName(header: string): boolean {
  return GENERIC_VALUE.test(header.trim()) || /^personer$/i.test(header.trim());
}

interface ValueColumn {
  index: number;
  year: string;
  contents: string;
}

/** Options of recordsFromGrid. */
export interface GridOptions {
  file: string;
  /** Decimal comma (StatBank web export). */
  decimalComma: boolean;
  /** Table number for every row when the file has no table column. */
  table: string;
  /** Columns with these (lower case) names are the region code / label, overriding the defaults. */
  roles?: Record<string, ColumnRole>;
  /** Line of the (last) header row, for error messages. */
  headerLine: number;
  /** Fill empty dimension cells from the row above (spreadsheet-style exports). */
  carryDown?: boolean;
}

/** The result of recordsFromGrid: raw records and the column names for error messages. */
export interface GridRecords {
  records: RawRecord[];
  where: (rec: RawRecord, role: RawRole) => string;
}

/**
 * Reads a table of SSB data whose header names the dimensions (region, kjønn, alder,
 * statistikkvariabel, år, …) and whose other columns are values. A value column's header
 * may carry the year and/or the statistikkvariabel ("Personer 2024", "2024",
 * "Hovedalternativet (MMMM) 2030"); a long table has one value column ("value",
 * "Personer"). Each value cell becomes one raw record.
 */
export function recordsFromGrid(header: readonly string[], rows: readonly string[][], lines: readonly number[], opts: GridOptions): GridRecords {
  const { file } = opts;
  const roleOf: Partial<Record<ColumnRole, number>> = {};
  const values: ValueColumn[] = [];
  header.forEach((h, i) => {
    const name = h.trim();
    const role = opts.roles?.[name.toLowerCase()] ?? columnRole(name);
    if (role !== undefined) {
      if (role === "ignore") return;
      if (roleOf[role] !== undefined)
        throw new InputError(
          `${file}: line ${opts.headerLine}, field "${name}": expected one ${role} column, got two ("${header[roleOf[role]!]}" and "${name}")`,
        );
      roleOf[role] = i;
      return;
    }
    let m = /^(.*?)\s*(\d{4})$/.exec(name);
    if (m && !/\d$/.test(m[1])) {
      values.push({ index: i, year: m[2], contents: m[1] });
      return;
    }
    m = /^(\d{4})\s+(.*)$/.exec(name);
    if (m) {
      values.push({ index: i, year: m[1], contents: m[2] });
      return;
    }
    // "value", "antall" or a bare "Personer" do not say whether the counts are registered or projected.
    values.push({ index: i, year: "", contents: isValueName(name) ? "" : name });
  });
  const headerLine = opts.headerLine;
  if (values.length === 0)
    throw new InputError(`${file}: line ${headerLine}: expected at least one value column besides the dimensions, got columns ${header.join(", ")}`);
  if (roleOf.region === undefined && roleOf.regionCode === undefined && roleOf.age === undefined) {
    throw new InputError(
      `${file}: line ${headerLine}: expected columns naming SSB's dimensions (region, kjønn, alder, statistikkvariabel, år), got columns ${header.join(", ")}`,
    );
  }
  if (roleOf.age === undefined) throw new InputError(`${file}: line ${headerLine}: expected an age column (alder), got columns ${header.join(", ")}`);
  if (roleOf.year === undefined && values.some((v) => v.year === "")) {
    throw new InputError(
      `${file}: line ${headerLine}: expected a year column (år, Tid) or years in the value columns' headers ("Personer 2024"), got columns ${header.join(", ")}`,
    );
  }
  const contentsCol = roleOf.contents;
  const colName: Record<RawRole, string> = {
    region: header[roleOf.region ?? roleOf.regionCode ?? 0],
    contents: contentsCol !== undefined ? header[contentsCol] : "",
    table: roleOf.table !== undefined ? header[roleOf.table] : "",
    round: roleOf.round !== undefined ? header[roleOf.round] : "",
    year: roleOf.year !== undefined ? header[roleOf.year] : "",
    sex: roleOf.sex !== undefined ? header[roleOf.sex] : "",
    age: header[roleOf.age],
    value: "",
  };
  const records: RawRecord[] = [];
  const valueField = new Map<number, number>(); // record index → value column
  const cell = (r: readonly string[], i: number | undefined) => (i === undefined ? "" : (r[i] ?? "").trim());
  let prev: string[] | undefined;
  rows.forEach((r0, k) => {
    const line = lines[k];
    let r = r0 as string[];
    if (r.length !== header.length) {
      throw new InputError(`${file}: line ${line}: expected ${header.length} fields like the header, got ${r.length}`);
    }
    if (opts.carryDown && prev) {
      r = r.slice();
      for (const role of ["region", "regionCode", "sex", "age", "contents", "year"] as ColumnRole[]) {
        const i = roleOf[role];
        if (i !== undefined && r[i].trim() === "") r[i] = prev[i];
      }
    }
    prev = r;
    let regionCode = "";
    let regionLabel = "";
    if (roleOf.region !== undefined) {
      const s = splitRegionCell(cell(r, roleOf.region));
      regionCode = s.code;
      regionLabel = s.label;
    }
    if (roleOf.regionCode !== undefined) regionCode = cell(r, roleOf.regionCode);
    const statusCell = cell(r, roleOf.status);
    for (const v of values) {
      const text = r[v.index] ?? "";
      const parsed = parseSsbValue(text, opts.decimalComma);
      if (!parsed) {
        throw new InputError(
          `${file}: line ${line}, field "${header[v.index]}": expected a number or one of SSB's missing-value symbols . .. ... : -, got ${JSON.stringify(text)}`,
        );
      }
      valueField.set(records.length, v.index);
      records.push({
        line,
        regionCode,
        regionLabel,
        contents: contentsCol !== undefined ? cell(r, contentsCol) : v.contents,
        table: roleOf.table !== undefined ? cell(r, roleOf.table) : opts.table,
        round: cell(r, roleOf.round),
        year: roleOf.year !== undefined ? cell(r, roleOf.year) : v.year,
        sex: cell(r, roleOf.sex),
        age: cell(r, roleOf.age),
        value: parsed.value,
        status: parsed.value === null && parsed.status === "" ? statusCell : parsed.status,
      });
    }
  });
  const indexOf = new Map<RawRecord, number>();
  const where = (rec: RawRecord, role: RawRole): string => {
    let field = colName[role];
    if (role === "value" || (role === "year" && !field) || (role === "contents" && !field)) {
      if (indexOf.size === 0) records.forEach((x, i) => indexOf.set(x, i));
      const vi = valueField.get(indexOf.get(rec) ?? -1);
      field = vi !== undefined ? header[vi] : field;
    }
    return `${file}: line ${rec.line}${field ? `, field "${field}"` : ""}`;
  };
  return { records, where };
}
