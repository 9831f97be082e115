import type { FlatPathways } from "./flat";

/** The per-person draws the layout needs (see PersonDraw). */
export interface LayoutDraw {
  z: Float64Array;
  uEnter: Float64Array;
  ez: Float64Array;
  ezSigma: number;
}

/**
 * Lays out pathway `p`'s phases for one person between onset and death (any time scale:
 * ages or calendar years), into start[k] and end[k]. Phase k's drawn length is
 * nominal × e^(σ z[k]) (log-normal with the timeline's length as median); a phase with
 * uEnter[k] ≥ its enter probability does not happen and its length goes to the phase before
 * (the first phase's to the next). Then
 * - "scaled": the lengths are stretched to fill onset…death exactly (a shorter life moves
 *   faster through the same phases);
 * - "absolute": the phases last their drawn years from onset; death cuts the pathway
 *   short, and the last phase that happens lasts until death.
 * A phase that does not happen gets start = end. With z = 0 and every phase entered, the
 * layout is the published timeline shifted to the onset (and, scaled, stretched to death).
 */
export function layoutPhases(
  f: FlatPathways,
  p: number,
  onset: number,
  death: number,
  draw: LayoutDraw,
  timing: "scaled" | "absolute",
  len: Float64Array,
  start: Float64Array,
  end: Float64Array,
): void {
  const { z, uEnter, ez, ezSigma } = draw;
  const n = f.phases[p];
  const at = f.first[p];
  let total = 0;
  let lastEntered = -1;
  let carry = 0;
  for (let k = 0; k < n; k++) {
    const s = f.sigma[at + k];
    const d = s === 0 ? f.nominal[at + k] : f.nominal[at + k] * (s === ezSigma ? ez[k] : Math.exp(s * z[k]));
    total += d;
    if (uEnter[k] < f.enter[at + k]) {
      len[k] = d + carry;
      carry = 0;
      lastEntered = k;
    } else {
      len[k] = 0;
      if (lastEntered >= 0) len[lastEntered] += d;
      else carry += d;
    }
  }
  if (carry > 0) {
    // No phase happened: the time goes to the last phase.
    len[n - 1] = carry;
    lastEntered = n - 1;
  }
  let t = onset;
  if (timing === "scaled") {
    const g = total > 0 ? (death - onset) / total : 0;
    for (let k = 0; k < n; k++) {
      start[k] = t;
      t = k === lastEntered ? death : t + len[k] * g;
      end[k] = t;
    }
    return;
  }
  for (let k = 0; k < n; k++) {
    const s = Math.min(t, death);
    let e = t + len[k];
    if (k === lastEntered || e > death) e = death;
    start[k] = s;
    end[k] = Math.max(e, s);
    t = end[k];
  }
}
