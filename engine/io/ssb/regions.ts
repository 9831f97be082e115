import { COUNTRY_ALIASES, REGION_TABLE } from "./region-table";

/** One code of a place and the years it was in use (null: open end). */
export interface CodePeriod {
  code: string;
  from: number | null;
  to: number | null;
}

/** A place SSB publishes: its current code and name, its kind and its code history. */
export interface Place {
  code: string;
  name: string;
  kind: "country" | "county" | "municipality";
  history: CodePeriod[];
}

/** Years of an era suffix: "(2020-2023)" → {from: 2020, to: 2023}, "(-2019)" → {from: null, to: 2019}. */
export interface Era {
  from: number | null;
  to: number | null;
}

const KINDS = { c: "country", f: "county", k: "municipality" } as const;

function parseHistory(spec: string): CodePeriod[] {
  return spec.split(" ").map((part) => {
    const [code, years] = part.split(":");
    if (years === undefined) return { code, from: null, to: null };
    const [a, b] = years.split("-");
    return { code, from: a ? Number(a) : null, to: b ? Number(b) : null };
  });
}

/** Every place in the committed table (see region-table.ts). */
export const PLACES: readonly Place[] = REGION_TABLE.map(([name, kind, spec]) => {
  const history = parseHistory(spec);
  return { code: history[history.length - 1].code, name, kind: KINDS[kind], history };
});

const byCode = new Map<string, { place: Place; period: CodePeriod }>();
const byName = new Map<string, Place>();
for (const place of PLACES) {
  for (const period of place.history) if (!byCode.has(period.code)) byCode.set(period.code, { place, period });
  const key = place.name.toLowerCase();
  if (!byName.has(key)) byName.set(key, place); // "Oslo": the municipality comes before the county
}
for (const alias of COUNTRY_ALIASES) byName.set(alias, byName.get("hele landet")!);

/** Normalises a region code: drops a "K-"/"F-" prefix; "00" (whole country) → "0". */
export function normalizeRegionCode(code: string): string {
  const c = code.trim().replace(/^[KF]-/i, "");
  return /^0+$/.test(c) ? "0" : c;
}

/**
 * Splits a region cell into code and label: "0301 Oslo - Oslove" → {code "0301", label
 * "Oslo - Oslove"}, "K-3807 Skien (2020-2023)" → {"3807", "Skien (2020-2023)"}, "0301" →
 * {"0301", ""}, "Skien" → {"", "Skien"}. The code keeps its leading zeros.
 */
export function splitRegionCell(text: string): { code: string; label: string } {
  const t = text.trim();
  const m = /^((?:[KF]-)?\d{1,4})(?:\s+(.*))?$/i.exec(t);
  if (m) return { code: m[1], label: (m[2] ?? "").trim() };
  return { code: "", label: t };
}

/** Splits an era suffix off a label: "Porsgrunn (2020-2023)" → {name "Porsgrunn", era {2020, 2023}}. */
export function stripEra(label: string): { name: string; era: Era | null } {
  const m = /^(.*?)\s*\((\d{4})?\s*[-–]\s*(\d{4})?\)\s*$/.exec(label.trim());
  if (!m || (m[2] === undefined && m[3] === undefined)) return { name: label.trim(), era: null };
  return { name: m[1], era: { from: m[2] ? Number(m[2]) : null, to: m[3] ? Number(m[3]) : null } };
}

/** The place a code belongs to (current or former), with the period of that code. */
export function placeByCode(code: string): { place: Place; period: CodePeriod } | undefined {
  return byCode.get(normalizeRegionCode(code));
}

/**
 * The place a name belongs to ("Skien", "Oslo - Oslove", "Hele landet"), case-insensitive;
 * a name in two languages ("Troms - Romsa") is looked up by its first part as well.
 */
export function placeByName(name: string): Place | undefined {
  const key = name.trim().replace(/\s+/g, " ").toLowerCase();
  return byName.get(key) ?? byName.get(key.split(" - ")[0]);
}

/** A region cell resolved to a place. */
export interface ResolvedRegion {
  /** Current code of the place; the file's code if the place is not in the table; "" if unknown. */
  code: string;
  /** Name without era suffix. */
  name: string;
  /** The years the file's label or code stands for (null: no era known). */
  era: Era | null;
  /** The place from the table, if known. */
  place: Place | undefined;
  /** The code as the file gives it (normalised), "" if none. */
  fileCode: string;
}

/**
 * Resolves a region given by code and/or label. A known code (current or former) or a known
 * name maps to the place's current code, so "Skien (-2019)" (0806), "Skien (2020-2023)"
 * (3807) and "Skien" (4003) are one region "4003". An unknown code is kept as given (with
 * its leading zeros); an unknown name without code gets code "".
 */
export function resolveRegion(code: string, label: string): ResolvedRegion {
  const fileCode = code ? normalizeRegionCode(code) : "";
  const { name: rawName, era: labelEra } = stripEra(label);
  if (fileCode) {
    const hit = byCode.get(fileCode);
    if (hit) {
      const era = labelEra ?? (hit.period.from === null && hit.period.to === null ? null : { from: hit.period.from, to: hit.period.to });
      return { code: hit.place.code, name: hit.place.name, era, place: hit.place, fileCode };
    }
    return { code: fileCode, name: rawName, era: labelEra, place: undefined, fileCode };
  }
  const place = placeByName(rawName);
  if (place) return { code: place.code, name: place.name, era: labelEra, place, fileCode };
  return { code: "", name: rawName, era: labelEra, place: undefined, fileCode };
}

/** Formats a code history as "0806 (–2019), 3807 (2020–2023), 4003 (2024–)". */
export function formatHistory(history: readonly CodePeriod[]): string {
  return history.map((p) => (p.from === null && p.to === null ? p.code : `${p.code} (${p.from ?? ""}–${p.to ?? ""})`)).join(", ");
}
