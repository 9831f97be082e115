import { fail } from "../coverage/rates";
import type { ProfileName, StaircaseResult } from "./types";

/** Units to build or convert on a step in a period (first year … last year, inclusive). */
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
}

/**
 * The build/convert need per step and period: cumulative need by year y = max(0, highest
 * need in any year up to y − stock); the need of a period is its increase. Units are
 * never torn down (a later fall in need leaves a surplus, seen as a negative gap in the
 * totals). Periods end in the given years (default: every year divisible by 5 after the
 * base year, and the end year), the first starting the year after the base year.
 */
export function buildNeed(result: StaircaseResult, periodEnds?: readonly number[]): BuildNeedRow[] {
  let ends = periodEnds ? [...periodEnds] : [];
  if (!periodEnds) {
    for (let y = result.baseYear + 1; y <= result.endYear; y++) if (y % 5 === 0 || y === result.endYear) ends.push(y);
  }
  ends = ends.sort((a, b) => a - b);
  ends.forEach((y) => {
    if (!(y > result.baseYear && y <= result.endYear))
      fail("housing.periods", `period end years after the base year ${result.baseYear} and up to ${result.endYear}`, y);
  });
  const out: BuildNeedRow[] = [];
  for (const profile of ["today", "alternative"] as ProfileName[]) {
    for (const s of result.steps) {
      const need = new Map<number, number>();
      for (const t of result.totals) if (t.profile === profile && t.step === s.id) need.set(t.year, t.dwellings);
      let maxNeed = -Infinity;
      let prevCum = 0;
      let prevEnd = result.baseYear;
      let y = result.baseYear;
      for (const end of ends) {
        for (; y <= end; y++) maxNeed = Math.max(maxNeed, need.get(y)!);
        const cumulative = Math.max(0, maxNeed - s.stock);
        out.push({
          profile,
          step: s.id,
          period: `${prevEnd + 1}-${end}`,
          firstYear: prevEnd + 1,
          lastYear: end,
          build: cumulative - prevCum,
          cumulative,
          unit: "units",
        });
        prevCum = cumulative;
        prevEnd = end;
      }
    }
  }
  return out;
}
