import { type CodeHistory, inForce, type RegionUnit, nameKeys, unitsIn } from "./code-history";

/** Years of an era suffix: "(2020-2023)" → {from: 2020, to: 2023}, "(-2019)" → {from: null, to: 2019}. */
export interface Era {
  from: number | null;
  to: number | null;
}

/** Normalises a region code: drops a "K-"/"F-" prefix; "00" (whole country) → "0". */
export function normalizeRegionCode(code: string): string {
  const c = code.trim().replace(/^[KF]-/i, "");
  return /^0+$/.test(c) ? "0" : c;
}

/**
 * Splits a region cell into code and label: "0301 Oslo - Oslove" → {code "0301", label
 * "Oslo - Oslove"}, "K-3807 Skien (2020-2023)" → {"K-3807", "Skien (2020-2023)"}, "0301" →
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

/** What a region cell was found to be. */
export interface UnitLookup {
  /** The unit, when exactly one territory fits. */
  unit: RegionUnit | undefined;
  /** Every unit the code or name could mean (before the era and the year chose). */
  candidates: RegionUnit[];
  /** True when several different territories fit equally well (a name such as "Bø" in 2016). */
  ambiguous: boolean;
  /** The name without era suffix. */
  name: string;
  /** The era the label gives, if any. */
  era: Era | null;
}

function overlaps(u: RegionUnit, era: Era): boolean {
  return (era.from === null || u.to === null || u.to >= era.from) && (era.to === null || u.from === null || u.from <= era.to);
}

function distance(u: RegionUnit, year: number): number {
  if (u.from !== null && year < u.from) return u.from - year;
  if (u.to !== null && year > u.to) return year - u.to;
  return 0;
}

const LEVEL_ORDER: Record<RegionUnit["level"], number> = { municipality: 0, county: 1, country: 2 };

/** One unit per territory among `units` (a municipality before a county with the same land, as Oslo). */
function distinctTerritories(units: readonly RegionUnit[]): RegionUnit[] {
  const byLand = new Map<string, RegionUnit>();
  for (const u of [...units].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level])) {
    const key = u.atoms.join(" ");
    if (!byLand.has(key)) byLand.set(key, u);
  }
  return [...byLand.values()];
}

/**
 * Finds the unit a region cell stands for: by its code (current or former) or else its
 * name ("Skien", "Bø (Telemark)", "Snåsa" of "Snåase - Snåsa"), narrowed by the label's era
 * ("Skien (-2019)") and then by `year`, the year whose borders the figures are on (the
 * round of a projection, the year of a registered figure): the unit in force in that year,
 * else the nearest in time. Names of two places ("Bø" in 2016: Telemark and Nordland) are
 * ambiguous; a code or name the history does not know gives no unit.
 *
 * @example findUnit(history, "", "Skien (2020-2023)", 2020).unit?.code // "3807"
 * @example findUnit(history, "1103", "", 2016).unit?.id // "1103:-2019" (Stavanger before Finnøy and Rennesøy joined)
 */
export function findUnit(history: CodeHistory, code: string, label: string, year: number): UnitLookup {
  const { name, era } = stripEra(label);
  const fileCode = code ? normalizeRegionCode(code) : "";
  let candidates: RegionUnit[] = [];
  if (fileCode) candidates = [...(history.byCode.get(fileCode) ?? [])];
  else {
    for (const key of nameKeys(name)) {
      const hit = history.byName.get(key);
      if (hit) {
        candidates = [...hit];
        break;
      }
    }
  }
  const none = { unit: undefined, candidates, ambiguous: false, name, era };
  if (candidates.length === 0) return none;
  const inEra = era ? candidates.filter((u) => overlaps(u, era)) : candidates;
  if (inEra.length === 0) return none;
  const valid = inEra.filter((u) => inForce(u, year));
  let pool = valid;
  if (pool.length === 0) {
    const best = Math.min(...inEra.map((u) => distance(u, year)));
    pool = inEra.filter((u) => distance(u, year) === best);
  }
  const lands = distinctTerritories(pool);
  if (lands.length === 1) return { unit: lands[0], candidates, ambiguous: false, name, era };
  return { unit: undefined, candidates, ambiguous: true, name, era };
}

/** Where a unit's figures go at the borders of one year: one unit, or several (they cannot be summed). */
export type BorderMapping = { kind: "whole"; target: RegionUnit } | { kind: "split"; targets: RegionUnit[] };

const memo = new WeakMap<CodeHistory, Map<string, BorderMapping>>();

/**
 * The unit of `borderYear`'s borders (same level) that holds all of `unit`'s land: the
 * place its figures are summed into. A unit whose land lies in several units of that year
 * (Ålesund 1507 of 2020-2023 in 2024: Ålesund 1508 and Haram 1580; Midt-Telemark 4020 at
 * the borders of 2019) maps to all of them and cannot be summed.
 *
 * @example mapToBorders(history, unitOf("0822 Sauherad"), 2024) // { kind: "whole", target: 4020 Midt-Telemark }
 */
export function mapToBorders(history: CodeHistory, unit: RegionUnit, borderYear: number): BorderMapping {
  let cache = memo.get(history);
  if (!cache) memo.set(history, (cache = new Map()));
  const key = `${unit.id}@${borderYear}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const mine = new Set(unit.atoms);
  const targets = unitsIn(history, borderYear, unit.level).filter((t) => t.atoms.some((a) => mine.has(a)));
  const inside = targets.length === 1 && unit.atoms.every((a) => new Set(targets[0].atoms).has(a));
  const m: BorderMapping = inside ? { kind: "whole", target: targets[0] } : { kind: "split", targets };
  cache.set(key, m);
  return m;
}

/** The units of the same level whose land lies inside `unit`'s, oldest first: how the place came to be. */
export function lineage(history: CodeHistory, unit: RegionUnit): RegionUnit[] {
  const land = new Set(unit.atoms);
  return history.units
    .filter((u) => u.level === unit.level && u.atoms.every((a) => land.has(a)))
    .sort((a, b) => (a.from ?? -Infinity) - (b.from ?? -Infinity) || (a.to ?? Infinity) - (b.to ?? Infinity) || (a.code < b.code ? -1 : 1));
}

/** "(–2019)", "(2020–2023)", "(2024–)", or "" for a unit of every year. */
export function formatYears(u: { from: number | null; to: number | null }): string {
  return u.from === null && u.to === null ? "" : `(${u.from ?? ""}–${u.to ?? ""})`;
}

/** "0806 Skien (–2019)". */
export function formatUnit(u: RegionUnit): string {
  const years = formatYears(u);
  return `${u.code} ${u.name}${years ? ` ${years}` : ""}`;
}

/**
 * Formats a lineage as "0722 Nøtterøy + 0723 Tjøme (–2017), 0729 (2018–2019), 3811
 * (2020–2023), 3911 (2024–)": units of the same years joined by "+", named when several
 * or when the name differs from the last unit's.
 */
export function formatLineage(units: ReadonlyArray<{ code: string; name: string; from: number | null; to: number | null }>): string {
  const last = units[units.length - 1];
  const groups: Array<typeof units extends ReadonlyArray<infer T> ? T[] : never> = [];
  for (const u of units) {
    const g = groups[groups.length - 1];
    if (g && g[0].from === u.from && g[0].to === u.to) g.push(u);
    else groups.push([u]);
  }
  return groups
    .map((g) => {
      const names = g.map((u) => (g.length > 1 || u.name !== last?.name ? `${u.code} ${u.name}` : u.code)).join(" + ");
      const years = formatYears(g[0]);
      return years ? `${names} ${years}` : names;
    })
    .join(", ");
}

/** The units in force in `year` that hold some of `atoms` (to name land that is missing). */
export function unitsHolding(history: CodeHistory, atoms: readonly string[], year: number, level: RegionUnit["level"] = "municipality"): RegionUnit[] {
  const want = new Set(atoms);
  let units = unitsIn(history, year, level).filter((u) => u.atoms.some((a) => want.has(a)));
  if (units.length === 0) units = history.units.filter((u) => u.level === level && u.atoms.some((a) => want.has(a)));
  return units;
}

/**
 * Why a unit cannot be summed to the borders of `borderYear`, in English, for an error:
 * "1507 Ålesund (2020–2023) was split in 2024 into 1508 Ålesund and 1580 Haram".
 */
export function describeSplit(history: CodeHistory, unit: RegionUnit, targets: readonly RegionUnit[], borderYear: number): string {
  const names = targets.map((t) => `${t.code} ${t.name}`);
  const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names.join("");
  if (unit.to !== null && unit.to < borderYear) {
    const land = new Set(unit.atoms);
    for (let y = unit.to + 1; y <= borderYear; y++) {
      if (unitsIn(history, y, unit.level).filter((u) => u.atoms.some((a) => land.has(a))).length > 1) {
        return `${formatUnit(unit)} was split in ${y}; at the borders of ${borderYear} its land lies in ${list}`;
      }
    }
  }
  return `${formatUnit(unit)} lies in ${targets.length} places at the borders of ${borderYear}: ${list}`;
}
