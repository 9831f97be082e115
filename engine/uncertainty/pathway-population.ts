import { aggregateBands, parseBands } from "../population/bands";
import { projectionYear, type Projection } from "../population/project";
import type { BandPopulationSeries } from "../pathways/scale-up-build";
import { SCALE_UP_BANDS } from "../pathways/scale-up-population";

const BANDS = parseBands(SCALE_UP_BANDS);

/**
 * A projection (one replicate's drawn population) as the scale-up reads it: 1 January of
 * `firstYear`…`lastYear` in the scale-up's bands (0-69, 70-74, …, 90+), both sexes and the
 * male share (½ in an empty band), as scaleUpPopulation gives it for a deterministic run.
 */
export function scaleUpSeries(p: Projection, firstYear: number, lastYear: number): BandPopulationSeries {
  const Y = lastYear - firstYear + 1;
  const B = BANDS.length;
  const total = new Float64Array(Y * B);
  const maleShare = new Float64Array(Y * B);
  for (let y = 0; y < Y; y++) {
    const grid = projectionYear(p, firstYear + y);
    const m = aggregateBands(grid, BANDS, "male");
    const b = aggregateBands(grid, BANDS, "both");
    for (let i = 0; i < B; i++) { total[y * B + i] = b[i]; maleShare[y * B + i] = b[i] > 0 ? m[i] / b[i] : 0.5; }
  }
  return { firstYear, lastYear, bands: BANDS.map((b) => b.label), total, maleShare };
}
