import { fail, fieldKey, requireBand } from "../coverage/rates";
import type { BandPopulation } from "../coverage/population";
import type { HousingProfile } from "./types";

/** Tolerance for shares summing to 1. */
export const SHARE_TOLERANCE = 1e-6;

/**
 * Checks a housing profile and returns it as band → (step → share), every step present.
 * Each band must be one the population has, each step one of `stepIds`, each share 0…1,
 * and a band's shares must sum to 1 (± 1e-6), unless `normalise` is set: then they are
 * divided by their sum. Errors name the field: `housing.profiles.today["80-84"]:
 * expected shares summing to 1, got 1.1`.
 */
export function checkProfile(
  profile: HousingProfile,
  stepIds: readonly string[],
  pop: BandPopulation,
  where: string,
  normalise = false,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [band, shares] of Object.entries(profile)) {
    const w = `${where}${fieldKey(band)}`;
    requireBand(pop, band, w);
    let sum = 0;
    for (const [step, share] of Object.entries(shares)) {
      if (!stepIds.includes(step)) fail(`${w}${fieldKey(step)}`, `a step that exists (${stepIds.join(", ")})`, step);
      if (typeof share !== "number" || !Number.isFinite(share) || share < 0 || share > 1) fail(`${w}${fieldKey(step)}`, "a share between 0 and 1", share);
      sum += share;
    }
    if (normalise) {
      if (!(sum > 0)) fail(w, "shares with a positive sum to normalise", sum);
    } else if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
      fail(w, "shares summing to 1 (or set normaliseShares)", Number(sum.toPrecision(12)));
    }
    const m = new Map<string, number>();
    for (const id of stepIds) m.set(id, (shares[id] ?? 0) / (normalise ? sum : 1));
    out.set(band, m);
  }
  return out;
}

/**
 * The profile a share `progress` (0…1) of the way from `today` to `alternative`:
 * share = today + (alternative − today) × progress, per band and step. Bands only in
 * `today` keep their shares. Shares still sum to 1.
 */
export function blendProfiles(
  today: Map<string, Map<string, number>>,
  alternative: Map<string, Map<string, number>>,
  progress: number,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [band, shares] of today) {
    const alt = alternative.get(band);
    const m = new Map<string, number>();
    for (const [step, s] of shares) m.set(step, alt ? s + (alt.get(step)! - s) * progress : s);
    out.set(band, m);
  }
  return out;
}
