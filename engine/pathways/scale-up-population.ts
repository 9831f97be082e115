import { aggregateBands, parseBands } from "../population/bands";
import { projectionYear, type Projection } from "../population/project";
import type { BandPopulationSeries } from "./scale-up-build";

/** The bands the scale-up projects the population in. */
export const SCALE_UP_BANDS = "0-69,70-74,75-79,80-84,85-89,90+";

/**
 * A projection as the scale-up reads it: 1 January of `firstYear`…`lastYear` in the
 * scale-up's bands, both sexes and the male share (½ in an empty band).
 */
export function scaleUpSeries(p: Projection, firstYear: number, lastYear: number): BandPopulationSeries {
  const bands = parseBands(SCALE_UP_BANDS);
  const Y = lastYear - firstYear + 1;
  const total = new Float64Array(Y * bands.length);
  const maleShare = new Float64Array(Y * bands.length);
  for (let y = 0; y < Y; y++) {
    const grid = projectionYear(p, firstYear + y);
    const m = aggregateBands(grid, bands, "male");
    const b = aggregateBands(grid, bands, "both");
    for (let i = 0; i < bands.length; i++) {
      total[y * bands.length + i] = b[i];
      maleShare[y * bands.length + i] = b[i] > 0 ? m[i] / b[i] : 0.5;
    }
  }
  return { firstYear, lastYear, bands: bands.map((b) => b.label), total, maleShare };
}
