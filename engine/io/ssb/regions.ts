import { type Era, findUnit, formatLineage, lineage, mapToBorders, normalizeRegionCode } from "../../ssb/borders";
import { type RegionLevel, unitsIn } from "../../ssb/code-history";
import { loadCodeHistory } from "./code-history";
import type { CodePeriod } from "./report";

export { normalizeRegionCode, splitRegionCell, stripEra, type Era } from "../../ssb/borders";
export type { CodePeriod } from "./report";

/** A place at the newest borders: its code and name, its kind and the units whose land it holds. */
export interface Place {
  code: string;
  name: string;
  kind: RegionLevel;
  history: CodePeriod[];
}

/**
 * Every place (country, counties, municipalities) at the borders of `borderYear` (default:
 * the newest in the embedded code history, 2024), each with its lineage.
 *
 * @example ssbPlaces().find((p) => p.code === "3911")!.history.map((h) => h.code) // ["0722", "0723", "0729", "3811", "3911"]
 */
export function ssbPlaces(borderYear?: number): Place[] {
  const h = loadCodeHistory();
  const year = borderYear ?? h.newestYear;
  return (["country", "county", "municipality"] as const).flatMap((level) =>
    unitsIn(h, year, level).map((u) => ({
      code: u.code,
      name: u.name,
      kind: u.level,
      history: lineage(h, u).map((x) => ({ code: x.code, name: x.name, from: x.from, to: x.to })),
    })),
  );
}

/** A region cell resolved to a place at the newest borders. */
export interface ResolvedRegion {
  /** Code of the place at the border year; the file's code if the place is not known; "" if unknown or split. */
  code: string;
  /** Name without era suffix. */
  name: string;
  /** The years the file's label stands for (null: no era in the label). */
  era: Era | null;
  /** The place, if known and whole at the border year. */
  place: Place | undefined;
  /** The code as the file gives it (normalised), "" if none. */
  fileCode: string;
}

/**
 * Resolves a region given by code and/or label, whose figures are on the borders of `year`
 * (default: the newest), to its place at the borders of `borderYear` (default: the newest):
 * "Skien (-2019)" (0806), "Skien (2020-2023)" (3807) and "Skien" (4003) are one region
 * "4003"; "Sauherad" is part of "4020" Midt-Telemark. An unknown code is kept as given
 * (with its leading zeros); an unknown name, or a place split before the border year, gets
 * code "".
 *
 * @example resolveRegion("0729", "").code // "3911"
 */
export function resolveRegion(code: string, label: string, year?: number, borderYear?: number): ResolvedRegion {
  const h = loadCodeHistory();
  const border = borderYear ?? h.newestYear;
  const fileCode = code ? normalizeRegionCode(code) : "";
  const lk = findUnit(h, code, label, year ?? border);
  if (!lk.unit) return { code: lk.ambiguous ? "" : fileCode, name: lk.name, era: lk.era, place: undefined, fileCode };
  const m = mapToBorders(h, lk.unit, border);
  if (m.kind === "split") return { code: "", name: lk.unit.name, era: lk.era, place: undefined, fileCode };
  const t = m.target;
  const place: Place = {
    code: t.code,
    name: t.name,
    kind: t.level,
    history: lineage(h, t).map((x) => ({ code: x.code, name: x.name, from: x.from, to: x.to })),
  };
  return { code: t.code, name: t.name, era: lk.era, place, fileCode };
}

/** Formats a code history as "0722 Nøtterøy + 0723 Tjøme (–2017), 0729 (2018–2019), 3811 (2020–2023), 3911 (2024–)". */
export function formatHistory(history: readonly CodePeriod[]): string {
  return formatLineage(history);
}
