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
import { resolveRegion, type Era, type ResolvedRegion } from "./regions";
import { summariseSsbRows, type SsbFormat, type SsbImportReport, type SsbPlaceSummary } from "./report";
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
}

interface Work extends SsbRow {
  era: Era | null;
  rec: RawRecord;
}

function inEra(era: Era | null, year: number): boolean {
  return era === null || ((era.from === null || year >= era.from) && (era.to === null || year <= era.to));
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
  const regions = new Map<string, ResolvedRegion>();
  const readings = new Map<string, AlternativeReading>();
  const years = new Map<string, number>();
  const sexes = new Map<string, SsbSex>();
  const ages = new Map<string, string>();
  const places = new Map<string, SsbPlaceSummary>();
  let assumedKilde = false;
  let noContents = false;
  let noRegion = false;
  const work: Work[] = [];
  for (const rec of raw.records) {
    const rkey = `${rec.regionCode}\t${rec.regionLabel}`;
    let reg = regions.get(rkey);
    if (!reg) {
      reg = resolveRegion(rec.regionCode, rec.regionLabel);
      regions.set(rkey, reg);
    }
    if (!rec.regionCode && !rec.regionLabel) noRegion = true;
    const pkey = reg.code || `?${reg.name}`;
    let ps = places.get(pkey);
    if (!ps) {
      ps = {
        code: reg.code,
        name: reg.name,
        kind: reg.place ? reg.place.kind : "unknown",
        history: reg.place ? reg.place.history : [],
        labels: [],
        fileCodes: [],
        rows: 0,
      };
      places.set(pkey, ps);
    }
    ps.rows++;
    if (rec.regionLabel && ps.labels.indexOf(rec.regionLabel) < 0) ps.labels.push(rec.regionLabel);
    if (reg.fileCode && ps.fileCodes.indexOf(reg.fileCode) < 0) ps.fileCodes.push(reg.fileCode);

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
    work.push({
      region: reg.code,
      regionName: reg.name,
      table: rec.table,
      round,
      alternative,
      year,
      sex,
      age,
      value: rec.value,
      status: rec.status,
      era: reg.era,
      rec,
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

  // One row per cell; era labels of one place that overlap keep the row inside its era.
  const seen = new Map<string, number>();
  const keep: Array<Work | null> = [];
  let dropped = 0;
  for (const w of work) {
    const key = `${w.region || `?${w.regionName}`}|${w.table}|${w.round}|${w.alternative}|${w.year}|${w.sex}|${w.age}`;
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, keep.length);
      keep.push(w);
      continue;
    }
    const old = keep[at]!;
    const oldIn = inEra(old.era, w.year);
    const newIn = inEra(w.era, w.year);
    if (oldIn && !newIn) {
      dropped++;
      continue;
    }
    if (newIn && !oldIn) {
      keep[at] = w;
      dropped++;
      continue;
    }
    if (old.value === w.value && old.status === w.status && (old.rec.regionLabel !== w.rec.regionLabel || old.rec.regionCode !== w.rec.regionCode)) {
      dropped++;
      continue;
    }
    throw new InputError(
      `${raw.where(w.rec, "value")}: expected one value per place, table, round, alternative, year, sex and age, ` +
        `got a second value for ${w.regionName || "(no region)"}${w.region ? ` (${w.region})` : ""} ${w.alternative ?? "registered"} ${w.year} ${w.sex} ${w.age} ` +
        `(the first is at ${old.rec.line > 0 ? `line ${old.rec.line}` : "an earlier cell"})`,
    );
  }
  const rows = sortSsbRows(
    keep
      .filter((w): w is Work => w !== null)
      .map((w) => ({
        region: w.region,
        regionName: w.regionName,
        table: w.table,
        round: w.round,
        alternative: w.alternative,
        year: w.year,
        sex: w.sex,
        age: w.age,
        value: w.value,
        status: w.status,
      })),
  );
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
  const placeList = Array.from(places.values()).sort(
    (a, b) => (a.code === "" ? 1 : 0) - (b.code === "" ? 1 : 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.name < b.name ? -1 : 1),
  );
  const unknownPlaces = placeList.filter((p) => p.code === "" && p.name !== "").map((p) => p.name);
  if (unknownPlaces.length > 0) notes.push(`Ukjente stedsnavn (uten kode, regionkoden er tom): ${unknownPlaces.join(", ")}.`);
  const zeroCodes = Array.from(regions.keys()).some((k) => /^0{2,}\t/.test(k));
  if (zeroCodes) notes.push('Regionkoden "00" (hele landet) er skrevet som "0".');
  const report: SsbImportReport = {
    file,
    format: raw.format,
    variant: raw.variant,
    places: placeList,
    unknownPlaces,
    droppedOutsideEra: dropped,
    notes,
    ...summariseSsbRows(rows),
  };
  return { rows, report };
}
