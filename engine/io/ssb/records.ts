import { LIMITS, limitExpected } from "../../limits";
import { InputError } from "../../errors";
import {
  parseAlternativeLabel,
  parseSsbAge,
  parseSsbSex,
  parseSsbYear,
  SSB_ALTERNATIVE_CODES,
  SSB_PROJECTION_TABLES,
  SSB_REGISTERED_TABLES,
  type AlternativeReading,
} from "./labels";
import {
  type Era,
  findUnit,
  formatLineage,
  formatUnit,
  lineage,
  mapToBorders,
  describeSplit,
  normalizeRegionCode,
  unitsHolding,
  type UnitLookup,
} from "../../ssb/borders";
import { type CodeHistory, inForce, type RegionUnit } from "../../ssb/code-history";
import { loadCodeHistory } from "./code-history";
import { summariseSsbRows, type SsbFormat, type SsbIgnoredPlace, type SsbImportReport, type SsbPlaceSummary } from "./report";
import { sortSsbRows, type SsbRow, type SsbSex } from "./tidy";

/** The dimensions a raw record carries (used to name the field in error messages). */
export type RawRole = "region" | "contents" | "table" | "round" | "year" | "sex" | "age" | "value";

/**
 * One cell as a format parser reads it, before labels are interpreted: texts as the file
 * writes them, the value already read (number or null with status).
 */
export interface RawRecord {
  /** CSV line (1-based) or JSON-stat cell index. */
  line: number;
  regionCode: string;
  regionLabel: string;
  /** The statistikkvariabel / alternative label ("Hovedalternativet (MMMM)", "Personer"), "" if the file has none. */
  contents: string;
  table: string;
  /** A round column ("2016"), "" if none. */
  round: string;
  year: string;
  /** "" when the file has no sex dimension (both sexes). */
  sex: string;
  age: string;
  value: number | null;
  status: string;
}

/** What a format parser returns: the raw cells and how to name where each came from. */
export interface RawTable {
  format: SsbFormat;
  /** The columns or dimensions, for the report. */
  variant: string;
  records: RawRecord[];
  /** Location of one field of a record for error messages: `file: line 4, field "alder"`. */
  where: (rec: RawRecord, role: RawRole) => string;
  /** Notes the parser wants in the report (Norwegian). */
  notes: string[];
}

/** Options for files that do not say everything themselves. */
export interface SsbParseOptions {
  /** Alternative for rows whose file has no statistikkvariabel (default: registered population). */
  alternative?: string;
  /** Projection round for projection rows whose file names neither table nor round. */
  round?: number;
  /**
   * The year whose municipal borders the rows are put on (default: the newest the code
   * history knows, 2024): merged places are summed, renumbered ones get that year's code.
   */
  borderYear?: number;
  /** The code history to map places with (default: the embedded one, data/ssb). */
  history?: CodeHistory;
}

interface Work extends SsbRow {
  era: Era | null;
  rec: RawRecord;
  regionKey: string;
  /** The unit the row's figures are on (undefined: a place the history does not know). */
  unit: RegionUnit | undefined;
  /** The unit of the border year the figures are summed into. */
  target: RegionUnit | undefined;
}

function inEra(era: Era | null, year: number): boolean {
  return era === null || ((era.from === null || year >= era.from) && (era.to === null || year <= era.to));
}

/** True when a row's figure is on borders in force in its year (its label's era, else its unit's years). */
function current(w: Work): boolean {
  if (w.era) return inEra(w.era, w.year);
  return w.unit ? inForce(w.unit, w.year) : true;
}

function overlap(a: RegionUnit, b: RegionUnit): boolean {
  if (a === b) return true;
  const s = new Set(a.atoms);
  return b.atoms.some((x) => s.has(x));
}

/** "2000–2019" or "2016, 2018" from a set of years. */
function yearList(years: Iterable<number>): string {
  const ys = [...new Set(years)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < ys.length; ) {
    let j = i;
    while (j + 1 < ys.length && ys[j + 1] === ys[j] + 1) j++;
    out.push(j > i ? `${ys[i]}–${ys[j]}` : String(ys[i]));
    i = j + 1;
  }
  return out.join(", ");
}

/**
 * Turns raw records into tidy rows and a report: resolves regions (era labels of one place
 * → one code), alternatives, rounds, years, sexes and ages, sorts the rows canonically
 * and checks that every (place, table, round, alternative, year, sex, age) occurs once.
 * When two labels of one place give the same cell (a registered series exported with both
 * "Skien (-2019)" and "Skien"), the row whose label's era covers the year is kept.
 */
export function normalizeRecords(raw: RawTable, file: string, options: SsbParseOptions = {}): { rows: SsbRow[]; report: SsbImportReport } {
  const notes = raw.notes.slice();
  if (options.alternative !== undefined && SSB_ALTERNATIVE_CODES.indexOf(options.alternative) < 0) {
    throw new InputError(`alternative option: expected one of ${SSB_ALTERNATIVE_CODES.join(", ")}, got ${JSON.stringify(options.alternative)}`);
  }
  const history = options.history ?? loadCodeHistory();
  const borderYear = options.borderYear ?? history.newestYear;
  if (!Number.isInteger(borderYear) || borderYear < history.firstYear) {
    throw new InputError(`border year: expected a year from ${history.firstYear} (the first year of the code history), got ${borderYear}`);
  }
  const readings = new Map<string, AlternativeReading>();
  const years = new Map<string, number>();
  const sexes = new Map<string, SsbSex>();
  const ages = new Map<string, string>();
  let assumedKilde = false;
  let noContents = false;
  let noRegion = false;
  const work: Work[] = [];
  for (const rec of raw.records) {
    if (!rec.regionCode && !rec.regionLabel) noRegion = true;
    let reading: AlternativeReading;
    if (rec.contents === "") {
      if (options.alternative === undefined && SSB_PROJECTION_TABLES[rec.table] !== undefined) {
        throw new InputError(
          `${raw.where(rec, "contents")}: expected the label of an alternative such as "Hovedalternativet (MMMM)" in projection table ${rec.table}, got no statistikkvariabel (give the alternative as an option)`,
        );
      }
      if (SSB_REGISTERED_TABLES.indexOf(rec.table) < 0) noContents = true;
      reading = { alternative: options.alternative ?? null, round: null, assumed: options.alternative !== undefined };
    } else {
      const ckey = `${rec.table}\t${rec.contents}`;
      let r = readings.get(ckey);
      if (!r) {
        r = parseAlternativeLabel(rec.contents, raw.where(rec, "contents"));
        if (r.alternative === null && rec.table && SSB_PROJECTION_TABLES[rec.table] !== undefined) {
          throw new InputError(
            `${raw.where(rec, "contents")}: expected the label of an alternative such as "Hovedalternativet (MMMM)" in projection table ${rec.table} (export the table with texts, not codes), got ${JSON.stringify(rec.contents)}`,
          );
        }
        readings.set(ckey, r);
      }
      reading = r;
      if (r.assumed) assumedKilde = true;
    }
    const alternative = reading.alternative;
    let round: number | null = null;
    if (alternative !== null) {
      if (rec.round !== "") {
        if (!/^\d{4}$/.test(rec.round.trim()))
          throw new InputError(`${raw.where(rec, "round")}: expected a projection round (a year such as 2016), got ${JSON.stringify(rec.round)}`);
        round = Number(rec.round.trim());
      } else {
        round = reading.round ?? SSB_PROJECTION_TABLES[rec.table] ?? options.round ?? null;
      }
    }
    let year = years.get(rec.year);
    if (year === undefined) {
      year = parseSsbYear(rec.year, raw.where(rec, "year"));
      years.set(rec.year, year);
    }
    let sex = sexes.get(rec.sex);
    if (sex === undefined) {
      sex = parseSsbSex(rec.sex, raw.where(rec, "sex"));
      sexes.set(rec.sex, sex);
    }
    let age = ages.get(rec.age);
    if (age === undefined) {
      age = parseSsbAge(rec.age, raw.where(rec, "age"));
      ages.set(rec.age, age);
    }
    if (rec.value !== null && !(rec.value >= 0 && rec.value <= LIMITS.persons)) {
      const expected = rec.value < 0 ? "a count of persons of 0 or more" : limitExpected(LIMITS.persons, "persons in one cell");
      throw new InputError(`${raw.where(rec, "value")}: expected ${expected}, got ${rec.value}`);
    }
    work.push({
      region: "",
      regionName: "",
      table: rec.table,
      round,
      alternative,
      year,
      sex,
      age,
      value: rec.value,
      status: rec.status,
      era: null,
      rec,
      regionKey: `${rec.regionCode}\t${rec.regionLabel}`,
      unit: undefined,
      target: undefined,
    });
  }

  // Projection rows without a round: the round is the first year of the projection.
  const firstYear = new Map<string, number>();
  for (const w of work) {
    if (w.alternative !== null && w.round === null) {
      const y = firstYear.get(w.table);
      if (y === undefined || w.year < y) firstYear.set(w.table, w.year);
    }
  }
  for (const [table, y] of firstYear) {
    notes.push(`Framskrivingsåret (runden) står ikke i fila${table ? ` for tabell ${table}` : ""}; satt til første år i framskrivingen, ${y}.`);
    for (const w of work) if (w.alternative !== null && w.round === null && w.table === table) w.round = y;
  }

  // Places: each region cell on the borders of its year (a projection's round, a registered
  // figure's year), then on the borders of `borderYear`.
  const lookups = new Map<string, UnitLookup>();
  const ignored = new Map<string, SsbIgnoredPlace & { yearSet: Set<number> }>();
  const ignore = (key: string, make: () => SsbIgnoredPlace, year: number) => {
    let e = ignored.get(key);
    if (!e) ignored.set(key, (e = { ...make(), yearSet: new Set() }));
    e.yearSet.add(year);
  };
  const kept: Work[] = [];
  for (const w of work) {
    const vintage = w.alternative !== null && w.round !== null ? w.round : w.year;
    const lkey = `${w.regionKey}\t${vintage}`;
    let lk = lookups.get(lkey);
    if (!lk) {
      lk = findUnit(history, w.rec.regionCode, w.rec.regionLabel, vintage);
      lookups.set(lkey, lk);
    }
    w.era = lk.era;
    const fileCode = w.rec.regionCode ? normalizeRegionCode(w.rec.regionCode) : "";
    if (!lk.unit) {
      if (lk.ambiguous) {
        const names = lk.candidates.map(formatUnit);
        ignore(
          `?${w.regionKey}`,
          () => ({
            code: fileCode,
            name: lk.name,
            label: w.rec.regionLabel,
            reason: "ambiguous",
            targets: [],
            message: `${raw.where(w.rec, "region")}: expected a region code or a name of one place, got ${JSON.stringify(w.rec.regionLabel || w.rec.regionCode)}, which may be ${names.join(" or ")}`,
            note: `«${w.rec.regionLabel}» kan være ${names.join(" eller ")}; gi kommunenummer`,
            years: "",
          }),
          w.year,
        );
        continue;
      }
      // A place the code history does not know: kept as the file gives it.
      w.region = fileCode;
      w.regionName = lk.name;
      kept.push(w);
      continue;
    }
    const unit = lk.unit;
    const m = mapToBorders(history, unit, borderYear);
    if (m.kind === "split") {
      ignore(
        unit.id,
        () => ({
          code: unit.code,
          name: unit.name,
          label: w.rec.regionLabel,
          reason: "split",
          targets: m.targets.map((t) => t.code),
          message: `${file}: region ${JSON.stringify(w.rec.regionLabel || w.rec.regionCode)}: expected a place that can be summed to the borders of ${borderYear}, got ${describeSplit(history, unit, m.targets, borderYear)}`,
          note: `${formatUnit(unit)} kan ikke summeres til grensene i ${borderYear}: området ligger i ${m.targets.map((t) => `${t.code} ${t.name}`).join(" og ")}`,
          years: "",
        }),
        w.year,
      );
      continue;
    }
    w.unit = unit;
    w.target = m.target;
    w.region = m.target.code;
    w.regionName = m.target.name;
    kept.push(w);
  }

  // One row per cell: the units that make up a place of the border year are summed; labels
  // of one place that overlap (a registered series exported as "Skien (-2019)" and "Skien")
  // keep the row whose borders were in force that year.
  const groups = new Map<string, Work[]>();
  for (const w of kept) {
    const place = w.target ? w.target.id : `?${w.region}|${w.regionName}`;
    const key = `${place}|${w.table}|${w.round}|${w.alternative}|${w.year}|${w.sex}|${w.age}`;
    const g = groups.get(key);
    if (g) g.push(w);
    else groups.set(key, [w]);
  }
  let dropped = 0;
  const out: SsbRow[] = [];
  const sources = new Map<string, Map<string, { unit: RegionUnit | undefined; labels: Set<string>; codes: Set<string> }>>();
  const placeRows = new Map<string, number>();
  const placeOf = new Map<string, { code: string; name: string; target: RegionUnit | undefined }>();
  const merged = new Map<string, Set<string>>();
  for (const g of groups.values()) {
    let list = g;
    if (list.length > 1) {
      list = [];
      for (const w of g) {
        let add = true;
        for (let i = 0; i < list.length; i++) {
          const old = list[i];
          if (old.unit && w.unit && !overlap(old.unit, w.unit)) continue; // two parts of a merged place
          const oldIn = current(old);
          const newIn = current(w);
          dropped++;
          if (oldIn && !newIn) {
            add = false;
            break;
          }
          if (newIn && !oldIn) {
            list.splice(i--, 1);
            continue;
          }
          if (old.value === w.value && old.status === w.status && (old.rec.regionLabel !== w.rec.regionLabel || old.rec.regionCode !== w.rec.regionCode)) {
            add = false;
            break;
          }
          throw new InputError(
            `${raw.where(w.rec, "value")}: expected one value per place, table, round, alternative, year, sex and age, ` +
              `got a second value for ${w.regionName || "(no region)"}${w.region ? ` (${w.region})` : ""} ${w.alternative ?? "registered"} ${w.year} ${w.sex} ${w.age} ` +
              `(the first is at ${old.rec.line > 0 ? `line ${old.rec.line}` : "an earlier cell"})`,
          );
        }
        if (add) list.push(w);
      }
    }
    const first = list[0];
    const target = first.target;
    if (target) {
      const atoms = list.reduce((n, w) => n + w.unit!.atoms.length, 0);
      if (atoms !== target.atoms.length) {
        const have = new Set(list.flatMap((w) => w.unit!.atoms));
        const missing = target.atoms.filter((a) => !have.has(a));
        const vintage = first.alternative !== null && first.round !== null ? first.round : first.year;
        const lack = unitsHolding(history, missing, Math.min(vintage, first.unit!.to ?? vintage));
        ignore(
          `+${target.id}`,
          () => ({
            code: target.code,
            name: target.name,
            label: "",
            reason: "incomplete",
            targets: [target.code],
            message: `${file}: region "${target.code}" (${target.name}): expected every part of the place at the borders of ${borderYear} (${formatLineage(lineage(history, target))}), got ${list.map((w) => formatUnit(w.unit!)).join(" + ")} without ${lack.map(formatUnit).join(" + ")}`,
            note: `${target.code} ${target.name} mangler ${lack.map(formatUnit).join(" + ")}; summen kan ikke dannes`,
            years: "",
          }),
          first.year,
        );
        continue;
      }
    }
    let value: number | null = 0;
    let status = "";
    for (const w of list) {
      if (w.value === null || value === null) {
        value = null;
        status ||= w.status;
      } else value += w.value;
    }
    out.push({
      region: first.region,
      regionName: first.regionName,
      table: first.table,
      round: first.round,
      alternative: first.alternative,
      year: first.year,
      sex: first.sex,
      age: first.age,
      value,
      status: value === null ? status : "",
    });
    const pkey = target ? target.id : `?${first.region}|${first.regionName}`;
    placeRows.set(pkey, (placeRows.get(pkey) ?? 0) + 1);
    placeOf.set(pkey, { code: first.region, name: first.regionName, target });
    let src = sources.get(pkey);
    if (!src) sources.set(pkey, (src = new Map()));
    for (const w of list) {
      const skey = w.unit ? w.unit.id : "";
      let e = src.get(skey);
      if (!e) src.set(skey, (e = { unit: w.unit, labels: new Set(), codes: new Set() }));
      if (w.rec.regionLabel) e.labels.add(w.rec.regionLabel);
      if (w.rec.regionCode) e.codes.add(normalizeRegionCode(w.rec.regionCode));
    }
    if (list.length > 1 && target) {
      const m = merged.get(target.id) ?? new Set<string>();
      m.add(list.map((w) => formatUnit(w.unit!)).join(" + "));
      merged.set(target.id, m);
    }
  }
  const rows = sortSsbRows(out);
  const firstIgnored = [...ignored.values()][0];
  if (rows.length === 0 && firstIgnored) throw new InputError(`${firstIgnored.message} (rows for ${yearList(firstIgnored.yearSet)})`);
  if (rows.length === 0) throw new InputError(`${file}: expected at least one data cell, got none`);

  if (dropped > 0) notes.push(`${dropped} rader utenfor sin periode er utelatt fordi en annen etikett for samme sted dekker det året.`);
  if (assumedKilde) notes.push('Kilde "Framskriving ÅÅÅÅ" er lest som hovedalternativet (MMMM) i framskrivingen fra det året.');
  if (noContents) {
    notes.push(
      options.alternative
        ? `Fila sier ikke om tallene er registrert befolkning eller framskriving; lest som ${options.alternative} (valgt).`
        : "Fila sier ikke om tallene er registrert befolkning eller framskriving; lest som registrert befolkning (velg --alternative og --round hvis de er en framskriving).",
    );
  }
  if (noRegion) notes.push("Fila har ingen region; radene har tom regionkode.");
  const places: SsbPlaceSummary[] = [];
  for (const [pkey, src] of sources) {
    const units = [...src.values()];
    const { code, name, target } = placeOf.get(pkey)!;
    places.push({
      code,
      name,
      kind: target ? target.level : "unknown",
      history: target ? lineage(history, target).map((u) => ({ code: u.code, name: u.name, from: u.from, to: u.to })) : [],
      labels: [...new Set(units.flatMap((u) => [...u.labels]))],
      fileCodes: [...new Set(units.flatMap((u) => [...u.codes]))],
      sources: units.filter((u) => u.unit).map((u) => formatUnit(u.unit!)),
      rows: placeRows.get(pkey) ?? 0,
    });
  }
  const placeList = places.sort(
    (a, b) => (a.code === "" ? 1 : 0) - (b.code === "" ? 1 : 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.name < b.name ? -1 : 1),
  );
  const unknownPlaces = placeList.filter((p) => p.kind === "unknown" && p.name !== "" && p.code === "").map((p) => p.name);
  if (unknownPlaces.length > 0) notes.push(`Ukjente stedsnavn (uten kode, regionkoden er tom): ${unknownPlaces.join(", ")}.`);
  const unknownCodes = placeList.filter((p) => p.kind === "unknown" && p.code !== "").map((p) => `${p.code}${p.name ? ` ${p.name}` : ""}`);
  if (unknownCodes.length > 0) notes.push(`Koder som ikke er i kodehistorikken (beholdt som i fila): ${unknownCodes.join(", ")}.`);
  const zeroCodes = raw.records.some((r) => /^0{2,}$/.test(r.regionCode.trim()));
  if (zeroCodes) notes.push('Regionkoden "00" (hele landet) er skrevet som "0".');
  for (const [id, parts] of merged) {
    const t = history.units.find((u) => u.id === id)!;
    notes.push(`Summert til grensene i ${borderYear}: ${[...parts].join("; ")} → ${t.code} ${t.name}.`);
  }
  const ignoredList: SsbIgnoredPlace[] = [...ignored.values()].map(({ yearSet, ...e }) => ({ ...e, years: yearList(yearSet) }));
  for (const e of ignoredList) notes.push(`Utelatt (${e.years}): ${e.note}.`);
  const report: SsbImportReport = {
    file,
    format: raw.format,
    variant: raw.variant,
    places: placeList,
    unknownPlaces,
    borderYear,
    ignored: ignoredList,
    droppedOutsideEra: dropped,
    notes,
    ...summariseSsbRows(rows),
  };
  return { rows, report };
}
