import { InputError } from "../errors";
import { GRID_SIZE, N_AGES, OPEN_AGE } from "./grid";

/** An age band: single years `from`…`to` inclusive; `to` = 105 and `open` for "90+". */
export interface AgeBand {
  label: string;
  from: number;
  to: number;
  open: boolean;
}

/** Named band sets planners use. */
export const BAND_SETS: Readonly<Record<string, string>> = {
  /** The planning bands of Færder and most municipal plans. */
  plan: "0-17,18-49,50-66,67-79,80-89,90+",
  /** The consultants' bands for older people's services (Ålesund). */
  eldre: "0-66,67-79,80-84,85-89,90+",
  /** SSB's functional age groups. */
  ssb: "0,1-5,6-12,13-15,16-19,20-44,45-66,67-79,80-89,90+",
  /** Five-year groups 0-4 … 85-89, 90+. */
  "5-aar": "0-4,5-9,10-14,15-19,20-24,25-29,30-34,35-39,40-44,45-49,50-54,55-59,60-64,65-69,70-74,75-79,80-84,85-89,90+",
};

/** Parses one band label: "80-89", "80–89", "7", "90+", "90 år eller eldre", "80-89 år". */
export function parseBand(text: string, where = "band"): AgeBand {
  const t = text
    .trim()
    .replace(/\s*år\b/g, "")
    .replace(/\s+/g, " ")
    .replace("–", "-");
  let m = /^(\d{1,3})\s*(\+| eller eldre| og over)$/.exec(t);
  if (m) {
    const from = Number(m[1]);
    if (from > OPEN_AGE) throw new InputError(`${where}: expected an open band starting at 105 or below, got "${text}"`);
    return { label: `${from}+`, from, to: OPEN_AGE, open: true };
  }
  m = /^(\d{1,3})\s*-\s*(\d{1,3})$/.exec(t);
  if (m) {
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (to < from) throw new InputError(`${where}: expected a band with from ≤ to, got "${text}"`);
    if (to >= OPEN_AGE) throw new InputError(`${where}: expected a closed band ending below 105 (write "${from}+" for an open band), got "${text}"`);
    return { label: `${from}-${to}`, from, to, open: false };
  }
  m = /^(\d{1,3})$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    if (a > OPEN_AGE) throw new InputError(`${where}: expected an age 0-105, got "${text}"`);
    return { label: `${a}`, from: a, to: a, open: a === OPEN_AGE };
  }
  throw new InputError(`${where}: expected an age band such as "0-17", "67" or "90+", got "${text}"`);
}

/**
 * Parses and validates a band set: a named set (plan, eldre, ssb, 5-aar) or a comma
 * list. The bands must be in order, neither overlap nor leave gaps, start at 0 and end
 * with an open band, so that they cover every age 0…105+ exactly once.
 */
export function parseBands(spec: string | readonly string[], where = "bands"): AgeBand[] {
  const list = typeof spec === "string" ? (BAND_SETS[spec.trim()] ?? spec).split(",") : spec;
  const bands = list.map((b, i) => parseBand(b, `${where}[${i}]`));
  if (bands.length === 0) throw new InputError(`${where}: expected at least one band, got none`);
  let next = 0;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i];
    if (b.from < next) {
      throw new InputError(`${where}: expected bands that do not overlap, got "${bands[i - 1].label}" and "${b.label}" both covering age ${b.from}`);
    }
    if (b.from > next) {
      throw new InputError(
        `${where}: expected bands without gaps, got no band for age${b.from - next > 1 ? "s" : ""} ${next}${b.from - next > 1 ? `-${b.from - 1}` : ""} (before "${b.label}")`,
      );
    }
    next = b.to + 1;
    if (b.open && i < bands.length - 1) {
      throw new InputError(`${where}: expected the open band "${b.label}" to be the last one, got "${bands[i + 1].label}" after it`);
    }
  }
  const last = bands[bands.length - 1];
  if (!last.open) {
    throw new InputError(`${where}: expected bands that cover all ages up to 105+ (end with an open band such as "90+"), got last band "${last.label}"`);
  }
  return bands;
}

/** Sums a one-year grid (or one sex, offset 0 / 106) into bands. */
export function aggregateSex(grid: ArrayLike<number>, offset: number, bands: readonly AgeBand[]): Float64Array {
  const out = new Float64Array(bands.length);
  for (let i = 0; i < bands.length; i++) {
    let s = 0;
    for (let a = bands[i].from; a <= bands[i].to; a++) s += grid[offset + a];
    out[i] = s;
  }
  return out;
}

/** Band totals of a one-year grid: `both` sexes together, or one of them. */
export function aggregateBands(grid: ArrayLike<number>, bands: readonly AgeBand[], sex: "both" | "male" | "female" = "both"): Float64Array {
  if (grid.length !== GRID_SIZE) throw new Error(`aggregateBands requires a grid of ${GRID_SIZE} cells, got ${grid.length}`);
  if (sex === "male") return aggregateSex(grid, 0, bands);
  if (sex === "female") return aggregateSex(grid, N_AGES, bands);
  const m = aggregateSex(grid, 0, bands);
  const f = aggregateSex(grid, N_AGES, bands);
  for (let i = 0; i < m.length; i++) m[i] += f[i];
  return m;
}
