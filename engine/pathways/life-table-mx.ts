import type { NationalAssumptions } from "../population/assumptions";
import type { MortalityBase } from "../population/model";
import { scaledMx } from "../population/mortality";
import { pathValue } from "../population/path";

/**
 * The period death rates (ages 0…130) of one sex in one year under SSB's middle
 * life-expectancy path (letter M): the engine's mortality shape scaled so that e0 meets
 * the path's value for that year, with the same Lee-Carter improvement loadings as the
 * population projection.
 *
 * @example periodMx(base, assumptions, "male", 2024) // { mx, e0: 81.6… }
 */
export function periodMx(
  base: MortalityBase,
  assumptions: NationalAssumptions,
  sex: "male" | "female",
  year: number,
): { mx: Float64Array; e0: number; label: string } {
  const e0 = pathValue(assumptions.lifeExpectancy[sex].M, year, `lifeExpectancy.${sex}.M`);
  const mx = Float64Array.from(scaledMx(base[sex], e0, sex === "male" ? base.maleImprovement : base.femaleImprovement));
  const label = `SSB MMMM ${year}, ${sex === "male" ? "menn" : "kvinner"} (e0 ${e0.toFixed(2).replace(".", ",")} år)`;
  return { mx, e0, label };
}
