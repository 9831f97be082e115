import { fail } from "../coverage/rates";
import type { ProfileName, StaircaseSums } from "./types";

/** Units to build or convert on a step in a period (first year … last year, inclusive), and what they cost. */
export interface BuildNeedRow {
  profile: ProfileName;
  step: string;
  period: string;
  firstYear: number;
  lastYear: number;
  /** Units needed beyond today's stock and what earlier periods built (never negative). */
  build: number;
  /** Cumulative units built from the base year to the end of the period. */
  cumulative: number;
  unit: "units";
  /** Investment = units built × the step's investment per unit (kroner of `investmentPriceYear`; 0 without one). */
  investmentNok: number;
  /** The state grant = investment × the step's grant share. */
  grantNok: number;
  /** Investment − grant: what the municipality pays. */
  netInvestmentNok: number;
  /** Price year of the investment (null: the step has no investment per unit). */
  investmentPriceYear: number | null;
}

/**
 * The build/convert need per step and period: cumulative need by year y = max(0, highest
 * need in any year up to y − stock); the need of a period is its increase. Units are
 * never torn down (a later fall in need leaves a surplus, seen as a negative gap in the
 * totals). Periods end in the given years (default: every year divisible by 5 after the
 * base year, and the end year), the first starting the year after the base year. With an
 * investment per unit on a step (`steps[i].investment`): investment = units built × per
 * unit, grant = investment × grant share, net = investment − grant, per period.
 *
 * @example buildNeed(projectStaircase(input, pop), [2030, 2040]).filter((r) => r.profile === "alternative")
 */
export function buildNeed(result: StaircaseSums, periodEnds?: readonly number[]): BuildNeedRow[] {
  let ends = periodEnds ? [...periodEnds] : [];
  if (!periodEnds) {
    for (let y = result.baseYear + 1; y <= result.endYear; y++) if (y % 5 === 0 || y === result.endYear) ends.push(y);
  }
  ends = ends.sort((a, b) => a - b);
  ends.forEach((y) => {
    if (!(y > result.baseYear && y <= result.endYear))
      fail("housing.periods", `period end years after the base year ${result.baseYear} and up to ${result.endYear}`, y);
  });
  const Y = result.endYear - result.baseYear + 1;
  const S = result.steps.length;
  const out: BuildNeedRow[] = [];
  (["today", "alternative"] as ProfileName[]).forEach((profile, pr) => {
    result.steps.forEach((s, k) => {
      const need = (y: number) => result.sums[((pr * Y + y - result.baseYear) * S + k) * 4 + 1];
      const inv = s.investment;
      let maxNeed = -Infinity;
      let prevCum = 0;
      let prevEnd = result.baseYear;
      let y = result.baseYear;
      for (const end of ends) {
        for (; y <= end; y++) maxNeed = Math.max(maxNeed, need(y));
        const cumulative = Math.max(0, maxNeed - s.stock);
        const build = cumulative - prevCum;
        const investmentNok = inv ? build * inv.perUnit : 0;
        const grantNok = inv ? investmentNok * (inv.grantShare ?? 0) : 0;
        out.push({
          profile,
          step: s.id,
          period: `${prevEnd + 1}-${end}`,
          firstYear: prevEnd + 1,
          lastYear: end,
          build,
          cumulative,
          unit: "units",
          investmentNok,
          grantNok,
          netInvestmentNok: investmentNok - grantNok,
          investmentPriceYear: inv ? inv.priceYear : null,
        });
        prevCum = cumulative;
        prevEnd = end;
      }
    });
  });
  return out;
}
