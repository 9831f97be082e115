import { InputError } from "../../errors";
import { parseSsbAge, parseSsbSex, parseSsbValue, tableFromTitle } from "./labels";
import type { RawRecord, RawRole, RawTable } from "./records";

type Role = "region" | "sex" | "age" | "contents" | "year";

interface Dim {
  id: string;
  label: string;
  size: number;
  /** Category code at each position, decoded through category.index. */
  codes: string[];
  labels: string[];
}

const NAMES: Array<[RegExp, Role]> = [
  [/^(region|kokkommuneregion\d*|kommune|fylke|område)$/i, "region"],
  [/^(kjonn|kjønn|sex)$/i, "sex"],
  [/^(alder|age|aldersgruppe)$/i, "age"],
  [/^(contentscode|statistikkvariabel|contents)$/i, "contents"],
  [/^(tid|år|year|time)$/i, "year"],
];

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** True if a parsed JSON value looks like a JSON-stat dataset (version 2, or a version 1 bundle). */
export function isJsonStat(json: unknown): boolean {
  if (!isObject(json)) return false;
  if (Array.isArray(json.id) && Array.isArray(json.size) && isObject(json.dimension)) return true;
  const first = Object.values(json)[0];
  return isObject(first) && isObject(first.dimension) && Array.isArray((first.dimension as Record<string, unknown>).id);
}

function decodeDim(file: string, id: string, size: number, d: unknown): Dim {
  const at = `${file}: field "dimension.${id}"`;
  if (!isObject(d) || !isObject(d.category)) throw new InputError(`${at}: expected a dimension with a category object, got ${JSON.stringify(d)?.slice(0, 80)}`);
  const cat = d.category;
  const labels = isObject(cat.label) ? (cat.label as Record<string, unknown>) : {};
  const codes: string[] = new Array(size);
  if (Array.isArray(cat.index)) {
    cat.index.forEach((c, i) => {
      codes[i] = String(c);
    });
  } else if (isObject(cat.index)) {
    for (const [code, pos] of Object.entries(cat.index)) {
      if (typeof pos !== "number" || !Number.isInteger(pos) || pos < 0 || pos >= size) {
        throw new InputError(`${at}.category.index["${code}"]: expected a position 0-${size - 1}, got ${JSON.stringify(pos)}`);
      }
      if (codes[pos] !== undefined) throw new InputError(`${at}.category.index: expected each position once, got ${pos} for "${codes[pos]}" and "${code}"`);
      codes[pos] = code;
    }
  } else {
    Object.keys(labels).forEach((c, i) => {
      codes[i] = c;
    });
  }
  for (let i = 0; i < size; i++) {
    if (codes[i] === undefined) throw new InputError(`${at}.category.index: expected ${size} categories (size), got none at position ${i}`);
  }
  if (codes.length !== size) throw new InputError(`${at}.category.index: expected ${size} categories (size), got ${codes.length}`);
  return {
    id,
    label: typeof d.label === "string" ? d.label : id,
    size,
    codes,
    labels: codes.map((c) => (typeof labels[c] === "string" ? (labels[c] as string) : c)),
  };
}

function roleOf(dim: Dim, roles: Record<string, unknown>): Role | undefined {
  const has = (r: string) => Array.isArray(roles[r]) && (roles[r] as unknown[]).indexOf(dim.id) >= 0;
  for (const [re, role] of NAMES) if (re.test(dim.id) || re.test(dim.label)) return role;
  if (has("time")) return "year";
  if (has("geo")) return "region";
  if (has("metric")) return "contents";
  return undefined;
}

/**
 * Parses JSON-stat2 as PxWebApi returns it (also a JSON-stat 1 bundle from the old API).
 * `value` is row-major over `id`, the last dimension fastest; each position is decoded
 * through `dimension[d].category.index` (never the order of keys: SSB returns Kjonn with
 * "2" women before "1" men). `value` and `status` may be arrays or sparse objects; a null
 * value keeps its status ("..", ":"). Dimensions of size 1 other than SSB's are ignored.
 */
export function parseJsonStat(json: unknown, file: string, table = ""): RawTable {
  let ds = json as Record<string, unknown>;
  let ids: string[];
  let sizes: number[];
  let dimObj: Record<string, unknown>;
  let roles: Record<string, unknown> = {};
  if (isObject(ds) && Array.isArray(ds.id) && Array.isArray(ds.size) && isObject(ds.dimension)) {
    ids = ds.id.map(String);
    sizes = ds.size as number[];
    dimObj = ds.dimension;
    if (isObject(ds.role)) roles = ds.role;
  } else if (isJsonStat(ds)) {
    ds = Object.values(ds)[0] as Record<string, unknown>;
    const d = ds.dimension as Record<string, unknown>;
    ids = (d.id as unknown[]).map(String);
    sizes = d.size as number[];
    dimObj = d;
    if (isObject(d.role)) roles = d.role;
  } else {
    throw new InputError(
      `${file}: expected a JSON-stat2 dataset (with id, size, dimension and value), got JSON with keys ${isObject(ds) ? Object.keys(ds).slice(0, 8).join(", ") : typeof ds}`,
    );
  }
  if (ids.length !== sizes.length || sizes.some((s) => !Number.isInteger(s) || s < 0)) {
    throw new InputError(`${file}: field "size": expected one non-negative size per dimension in "id" (${ids.length}), got ${JSON.stringify(sizes)}`);
  }
  const dims = ids.map((id, i) => decodeDim(file, id, sizes[i], dimObj[id]));
  const byRole: Partial<Record<Role, number>> = {};
  dims.forEach((dim, i) => {
    const role = roleOf(dim, roles);
    if (role !== undefined && byRole[role] === undefined) {
      byRole[role] = i;
      return;
    }
    if (dim.size > 1) {
      throw new InputError(
        `${file}: field "dimension.${dim.id}": expected SSB's dimensions (Region, Kjonn, Alder, ContentsCode, Tid) and others of size 1, got "${dim.label}" with ${dim.size} categories`,
      );
    }
  });
  if (byRole.age === undefined) throw new InputError(`${file}: field "id": expected an age dimension (Alder), got ${ids.join(", ")}`);
  if (byRole.year === undefined) throw new InputError(`${file}: field "id": expected a time dimension (Tid), got ${ids.join(", ")}`);

  const total = sizes.reduce((a, b) => a * b, 1);
  const value = ds.value;
  const status = ds.status;
  if (Array.isArray(value) && value.length !== total) {
    throw new InputError(`${file}: field "value": expected ${total} values (the product of size ${sizes.join("×")}), got ${value.length}`);
  }
  if (!Array.isArray(value) && !isObject(value))
    throw new InputError(`${file}: field "value": expected an array or object of values, got ${JSON.stringify(value)?.slice(0, 40)}`);
  const valueAt = (i: number): unknown => (Array.isArray(value) ? value[i] : (value as Record<string, unknown>)[String(i)]);
  const statusAt = (i: number): string => {
    if (typeof status === "string") return status;
    if (Array.isArray(status)) return typeof status[i] === "string" ? status[i] : "";
    if (isObject(status)) {
      const s = status[String(i)];
      return typeof s === "string" ? s : "";
    }
    return "";
  };

  // Read each category once: ages and sexes by label, falling back to the code.
  const pick = (role: Role, fn: (label: string, code: string, where: string) => string): string[] => {
    const di = byRole[role];
    if (di === undefined) return [""];
    const dim = dims[di];
    return dim.codes.map((code, p) => fn(dim.labels[p], code, `${file}: field "dimension.${dim.id}.category.label.${code}"`));
  };
  const ageText = pick("age", (label, code, where) => {
    try {
      parseSsbAge(label, where);
      return label;
    } catch {
      parseSsbAge(code, where);
      return code;
    }
  });
  const sexText = pick("sex", (label, code, where) => {
    try {
      parseSsbSex(label, where);
      return label;
    } catch {
      parseSsbSex(code, where);
      return code;
    }
  });
  const regionCode = pick("region", (_l, code) => code);
  const regionLabel = pick("region", (label, code) => (label === code ? "" : label));
  const contents = pick("contents", (label) => label);
  const years = pick("year", (label, code) => (/^\d{4}$/.test(code) ? code : label));

  const extension = isObject(ds.extension) ? ds.extension : {};
  const px = isObject(extension.px) ? extension.px : {};
  const tableNo = (typeof px.tableid === "string" ? px.tableid : "") || tableFromTitle(typeof ds.label === "string" ? ds.label : "") || table;

  const n = dims.length;
  const pos = new Array<number>(n).fill(0);
  const at = (role: Role) => (byRole[role] === undefined ? 0 : pos[byRole[role]!]);
  const records: RawRecord[] = [];
  for (let i = 0; i < total; i++) {
    let rest = i;
    for (let d = n - 1; d >= 0; d--) {
      pos[d] = rest % sizes[d];
      rest = Math.floor(rest / sizes[d]);
    }
    const v = valueAt(i);
    let val: number | null;
    let st = statusAt(i);
    if (v === null || v === undefined) val = null;
    else if (typeof v === "number") val = v;
    else {
      const p = parseSsbValue(String(v));
      if (!p) throw new InputError(`${file}: field "value[${i}]": expected a number or null, got ${JSON.stringify(v)}`);
      val = p.value;
      if (p.status) st = p.status;
    }
    records.push({
      line: i,
      regionCode: regionCode[at("region")],
      regionLabel: regionLabel[at("region")],
      contents: contents[at("contents")],
      table: tableNo,
      round: "",
      year: years[at("year")],
      sex: sexText[at("sex")],
      age: ageText[at("age")],
      value: val,
      status: val === null ? st : "",
    });
  }
  const dimFor: Record<RawRole, Role | undefined> = {
    region: "region",
    contents: "contents",
    table: undefined,
    round: undefined,
    year: "year",
    sex: "sex",
    age: "age",
    value: undefined,
  };
  const where = (rec: RawRecord, role: RawRole): string => {
    const r = dimFor[role];
    const di = r === undefined ? undefined : byRole[r];
    return di === undefined ? `${file}: field "value[${rec.line}]"` : `${file}: field "dimension.${dims[di].id}"`;
  };
  return { format: "jsonstat2", variant: dims.map((d) => `${d.id} (${d.size})`).join(", "), records, where, notes: [] };
}
