import { readTextFile } from "../text";
import { buildCodeHistory, type CodeChange, type CodeHistory, type CountyEntry, need } from "../../ssb/code-history";
import { parseCsv } from "../csv";
import { dataPath } from "../../root";

/** The embedded files of the code history (data/ssb, sources in data/README.md). */
export const CODE_HISTORY_FILES = {
  municipalities: "ssb/kommuner-2000.csv",
  changes: "ssb/kommuneendringer.csv",
  counties: "ssb/fylker.csv",
} as const;

let cached: CodeHistory | undefined;

/**
 * Norway's municipal and county codes 2000-2024 with the land each stands for, built from
 * the embedded files in data/ssb (read once per process): the municipalities of 1 January
 * 2000, SSB's changes 2002-2024 and the counties.
 *
 * @example loadCodeHistory().newestYear // 2024
 */
export function loadCodeHistory(): CodeHistory {
  if (cached) return cached;
  const read = (name: string) => readTextFile(dataPath(name), "a readable embedded data file").text;
  const f = CODE_HISTORY_FILES;
  cached = buildCodeHistory({
    municipalities: parseMunicipalityList(read(f.municipalities), `data/${f.municipalities}`),
    changes: parseCodeChanges(read(f.changes), `data/${f.changes}`),
    counties: parseCountyList(read(f.counties), `data/${f.counties}`),
    firstYear: 2000,
    files: { municipalities: `data/${f.municipalities}`, changes: `data/${f.changes}`, counties: `data/${f.counties}` },
  });
  return cached;
}

const KINDS = ["renumbering", "merger", "split"] as const;

function columns(header: string[], wanted: readonly string[], file: string): number[] {
  return wanted.map((c) => {
    const i = header.indexOf(c);
    need(i >= 0, `${file}: header`, `the columns ${wanted.join(",")}`, header.join(","));
    return i;
  });
}

function optionalYear(text: string, where: string): number | null {
  if (text.trim() === "") return null;
  need(/^\d{4}$/.test(text.trim()), where, "a year such as 2020 or an empty field", text);
  return Number(text);
}

/**
 * Parses the municipalities in force on 1 January of the history's first year
 * (`code,name`, codes as four digits with leading zeros).
 *
 * @example parseMunicipalityList("code,name\n0301,Oslo\n", "kommuner-2000.csv") // [{ code: "0301", name: "Oslo" }]
 */
export function parseMunicipalityList(text: string, file: string): Array<{ code: string; name: string; line: number }> {
  const t = parseCsv(text, { file });
  const [c, n] = columns(t.header, ["code", "name"], file);
  return t.rows.map((r, i) => {
    const where = `${file}: line ${t.lines[i]}`;
    need(/^\d{4}$/.test(r[c]), `${where}, field "code"`, "a four-digit municipality code", r[c]);
    need(r[n].trim() !== "", `${where}, field "name"`, "a name", r[n]);
    return { code: r[c], name: r[n].trim(), line: t.lines[i] };
  });
}

/**
 * Parses the change list `year,kind,old_code,old_name,new_code,new_name,parts`: one row
 * per old code and new code, `kind` renumbering, merger or split, `parts` (splits only,
 * optional) the earlier codes whose land the new code takes, as `code@year`.
 *
 * @example parseCodeChanges("year,kind,old_code,old_name,new_code,new_name,parts\n2020,merger,0821,Bø (Telemark),3817,Midt-Telemark,\n", "f.csv")[0].newCode // "3817"
 */
export function parseCodeChanges(text: string, file: string): CodeChange[] {
  const t = parseCsv(text, { file });
  const [y, k, oc, on, nc, nn, p] = columns(t.header, ["year", "kind", "old_code", "old_name", "new_code", "new_name", "parts"], file);
  return t.rows.map((r, i) => {
    const line = t.lines[i];
    const where = (field: string) => `${file}: line ${line}, field "${field}"`;
    need(/^\d{4}$/.test(r[y]), where("year"), "a year", r[y]);
    need((KINDS as readonly string[]).includes(r[k]), where("kind"), KINDS.join(", "), r[k]);
    need(/^\d{4}$/.test(r[oc]), where("old_code"), "a four-digit code", r[oc]);
    need(/^\d{4}$/.test(r[nc]), where("new_code"), "a four-digit code", r[nc]);
    const parts = (r[p] ?? "")
      .trim()
      .split(/\s+/)
      .filter((s) => s !== "")
      .map((s) => {
        const m = /^(\d{4})@(\d{4})$/.exec(s);
        need(m !== null, where("parts"), "codes with a year they were in force, such as 1534@2019", s);
        return { code: m![1], year: Number(m![2]) };
      });
    need(parts.length === 0 || r[k] === "split", where("parts"), "parts only on a split", r[p]);
    return {
      year: Number(r[y]),
      kind: r[k] as CodeChange["kind"],
      oldCode: r[oc],
      oldName: r[on].trim(),
      newCode: r[nc],
      newName: r[nn].trim(),
      parts,
      line,
    };
  });
}

/**
 * Parses the county list `code,name,from,to` (two-digit codes; `from`/`to` empty for an
 * open end). A county's land is not listed: it is the land of the municipalities whose code
 * begins with the county's code in each year.
 */
export function parseCountyList(text: string, file: string): CountyEntry[] {
  const t = parseCsv(text, { file });
  const [c, n, f, to] = columns(t.header, ["code", "name", "from", "to"], file);
  return t.rows.map((r, i) => {
    const where = (field: string) => `${file}: line ${t.lines[i]}, field "${field}"`;
    need(/^\d{2}$/.test(r[c]), where("code"), "a two-digit county code", r[c]);
    return { code: r[c], name: r[n].trim(), from: optionalYear(r[f], where("from")), to: optionalYear(r[to], where("to")), line: t.lines[i] };
  });
}
