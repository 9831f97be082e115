import { fail, fieldKey, requireBand } from "../coverage/rates";
import type { BandPopulation } from "../coverage/population";
import type { HousingProfile } from "./types";

/** Tolerance for shares summing to 1. */
export const SHARE_TOLERANCE = 1e-6;

/**
 * A housing profile checked and laid out for the staircase's inner loop: `shares[b × steps
 * + s]` for band `bands[b]` and step `stepIds[s]` (0 for a step the band does not name), and
 * `has[b]` = 1 where the profile names the band.
 */
export interface ProfileShares {
  shares: Float64Array;
  has: Uint8Array;
}

/**
 * Checks a housing profile and lays it out over `bands` (the staircase's housed bands).
 * Each band of the profile must be one the population has, each step one of `stepIds`,
 * each share 0…1, and a band's shares must sum to 1 (± 1e-6), unless `normalise` is set:
 * then they are divided by their sum. Errors name the field: `housing.profiles.today["80-84"]:
 * expected shares summing to 1, got 1.1`. A band of the profile outside `bands` is checked
 * but not laid out.
 *
 * @example profileShares({ "90+": { hjem: 0.6, bolig: 0.4 } }, ["hjem", "bolig"], ["90+"], pop, "housing.profiles.today").shares // [0.6, 0.4]
 */
export function profileShares(
  profile: HousingProfile,
  stepIds: readonly string[],
  bands: readonly string[],
  pop: Pick<BandPopulation, "bands">,
  where: string,
  normalise = false,
): ProfileShares {
  const S = stepIds.length;
  const out: ProfileShares = { shares: new Float64Array(bands.length * S), has: new Uint8Array(bands.length) };
  for (const band in profile) {
    const shares = profile[band];
    const w = `${where}${fieldKey(band)}`;
    requireBand(pop, band, w);
    let sum = 0;
    for (const step in shares) {
      const share = shares[step];
      if (!stepIds.includes(step)) fail(`${w}${fieldKey(step)}`, `a step that exists (${stepIds.join(", ")})`, step);
      if (typeof share !== "number" || !Number.isFinite(share) || share < 0 || share > 1) fail(`${w}${fieldKey(step)}`, "a share between 0 and 1", share);
      sum += share;
    }
    if (normalise) {
      if (!(sum > 0)) fail(w, "shares with a positive sum to normalise", sum);
    } else if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
      fail(w, "shares summing to 1 (or set normaliseShares)", Number(sum.toPrecision(12)));
    }
    const b = bands.indexOf(band);
    if (b < 0) continue;
    out.has[b] = 1;
    for (let s = 0; s < S; s++) out.shares[b * S + s] = (shares[stepIds[s]] ?? 0) / (normalise ? sum : 1);
  }
  return out;
}
