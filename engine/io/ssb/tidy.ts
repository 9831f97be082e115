import { parseBand } from "../../population/bands";
import { toCsv } from "../tidy-csv";

/** Sex of a row: both sexes together, men or women. */
export type SsbSex = "both" | "male" | "female";

/**
 * One cell of SSB population data in the engine's tidy form: a place, a table and
 * projection round, an alternative, a year (1 January), a sex, an age band and a count.
 *
 * - `region`: the place's code as text with its leading zeros ("0301", "3911"; "40" for a
 *   county; "0" for the whole country; "" when the place is not known). Labels from older
 *   eras ("Skien (-2019)", code 0806) map to the place's current code ("4003").
 * - `regionName`: the name without era suffix ("Skien").
 * - `table`: SSB's table number ("14288", "07459") or "" when the file does not say.
 * - `round`: the projection round (2024 for table 14288), `null` for registered population.
 * - `alternative`: SSB's alternative code ("MMMM", "LLML", …), `null` for registered population.
 * - `age`: a label `parseBand` accepts ("0", "67", "1-5", "90+", "105+"; "0+" = all ages).
 * - `value`: persons, `null` for a missing cell; `status` is then the missing-value symbol
 *   (".", "..", "...", ":", "-") or the JSON-stat status, "" otherwise.
 */
export interface SsbRow {
  region: string;
  regionName: string;
  table: string;
  round: number | null;
  alternative: string | null;
  year: number;
  sex: SsbSex;
  age: string;
  value: number | null;
  status: string;
}

/** The header of the tidy CSV, in order. */
export const SSB_TIDY_HEADER = ["region", "region_name", "table", "round", "alternative", "year", "sex", "age", "value", "status"] as const;

/** SSB's alternatives in the order they are published (MMMM first). */
const ALT_ORDER = ["MMMM", "LLML", "HHMH", "MMML", "MMMH", "LHML", "HLMH", "MMM0", "MM00"];
const SEX_ORDER: Record<SsbSex, number> = { both: 0, male: 1, female: 2 };

const bandCache = new Map<string, [number, number]>();
/** Sort key of an age label: [from, to]. */
export function ageSortKey(age: string): [number, number] {
  let k = bandCache.get(age);
  if (!k) {
    const b = parseBand(age, "age");
    k = [b.from, b.to];
    bandCache.set(age, k);
  }
  return k;
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares two rows in the canonical order: region, name, table, round, alternative, year, sex, age. */
export function compareSsbRows(a: SsbRow, b: SsbRow): number {
  const altIndex = (x: string | null) => (x === null ? -1 : ALT_ORDER.indexOf(x) < 0 ? 99 : ALT_ORDER.indexOf(x));
  const [af, at] = ageSortKey(a.age);
  const [bf, bt] = ageSortKey(b.age);
  return (
    cmp(a.region, b.region) ||
    cmp(a.regionName, b.regionName) ||
    cmp(a.table, b.table) ||
    cmp(a.round ?? 0, b.round ?? 0) ||
    cmp(altIndex(a.alternative), altIndex(b.alternative)) ||
    cmp(a.alternative ?? "", b.alternative ?? "") ||
    a.year - b.year ||
    SEX_ORDER[a.sex] - SEX_ORDER[b.sex] ||
    af - bf ||
    at - bt
  );
}

/** Returns a new array of the rows in canonical order (the input is not changed). */
export function sortSsbRows(rows: readonly SsbRow[]): SsbRow[] {
  return rows.slice().sort(compareSsbRows);
}

/**
 * Formats rows as the tidy CSV `region,region_name,table,round,alternative,year,sex,age,value,status`
 * (comma, `.` decimal; a missing value, round or alternative is an empty field).
 *
 * @example toSsbTidyCsv([{ region: "0301", regionName: "Oslo", table: "07459", round: null,
 *   alternative: null, year: 2024, sex: "female", age: "105+", value: 31, status: "" }])
 * // "region,region_name,…\n0301,Oslo,07459,,,2024,female,105+,31,\n"
 */
export function toSsbTidyCsv(rows: readonly SsbRow[]): string {
  return toCsv(
    SSB_TIDY_HEADER,
    rows.map((r) => [
      r.region,
      r.regionName,
      r.table,
      r.round === null ? "" : r.round,
      r.alternative ?? "",
      r.year,
      r.sex,
      r.age,
      r.value === null ? "" : r.value,
      r.status,
    ]),
  );
}
