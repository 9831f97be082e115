import { parseBand, parseBands, type AgeBand } from "../population/bands";
import { OPEN_AGE } from "../population/grid";

/**
 * A full band set (ages 0…105+, no gaps) containing every band in `labels`: gaps are
 * filled with bands of their own ("0-66" below "67-79"), and an open band is added on top
 * if none is named. Used to run the population with the bands coverage and housing need.
 * Overlapping labels (e.g. "80-89" and "80-84") throw an InputError naming them.
 *
 * @example neededBands(["67-79", "80-84", "85-89", "90+"]) // ["0-66", "67-79", "80-84", "85-89", "90+"]
 */
export function neededBands(labels: readonly string[], where = "bands"): string[] {
  const seen = new Map<string, AgeBand>();
  for (const l of labels) {
    const b = parseBand(l, `${where}: "${l}"`);
    seen.set(b.label, b);
  }
  const sorted = Array.from(seen.values()).sort((a, b) => a.from - b.from || a.to - b.to);
  const out: string[] = [];
  let next = 0;
  for (const b of sorted) {
    if (b.from > next) out.push(b.from - 1 === next ? `${next}` : `${next}-${b.from - 1}`);
    out.push(b.label);
    next = Math.max(next, b.to + 1);
  }
  if (next <= OPEN_AGE) out.push(`${next}+`);
  parseBands(out, where); // throws on overlaps
  return out;
}
