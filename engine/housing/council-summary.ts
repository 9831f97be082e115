import { fail } from "../coverage/rates";
import { buildNeed } from "./build-need";
import type { RegisteredCalibration, StaircaseSums } from "./types";

/** The keys of the council summary, in the order it is printed. */
export const COUNCIL_SUMMARY_KEYS = [
  "staff_base",
  "staff_growth_today_profile",
  "staff_change_alt_profile",
  "staff_need_target_alt_profile",
  "staff_change_base_to_target_alt_profile",
  "employees_alt_profile",
  "cost_increase_today_profile",
  "cost_reduction_alt_profile",
  "cost_increase_after_alt_profile",
  "cost_reduction_share",
  "dwellings_more_than_today",
  "units_higher_steps_today",
] as const;

/** Keys the council summary adds when a step has an investment per unit (after the others; not in the uncertainty replicates). */
export const INVESTMENT_SUMMARY_KEYS = ["investment_alt_profile", "investment_grant_alt_profile", "investment_net_alt_profile"] as const;

export type CouncilSummaryKey = (typeof COUNCIL_SUMMARY_KEYS)[number] | (typeof INVESTMENT_SUMMARY_KEYS)[number];

/** One row of the council summary: key, Norwegian label, value, unit, and whether the figure is registered or modelled. */
export interface CouncilSummaryRow {
  key: CouncilSummaryKey;
  label: string;
  value: number;
  unit: string;
  /** "registrert": the registered base's own figure; "modellert": computed by the model (from the registered base when there is one). */
  basis: "registrert" | "modellert";
}

/** The council summary table with the years, position size and price year it is for. */
export interface CouncilSummary {
  baseYear: number;
  targetYear: number;
  positionSize: number;
  priceYear: number;
  rows: CouncilSummaryRow[];
  /** The registered base the staircase was calibrated to (absent: every figure is modelled). */
  registered?: RegisteredCalibration;
  /** Year of the population the base figures are matched in (the base year, or the registered base's calibration year). */
  dataBaseYear: number;
  /** The unrounded totals the rows are built from (årsverk, kroner, units). */
  totals: {
    staffBase: number;
    staffTargetToday: number;
    staffTargetAlt: number;
    costBase: number;
    costTargetToday: number;
    costTargetAlt: number;
    dwellingsBase: number;
    dwellingsTargetAlt: number;
    unitsHigherStepsToday: number;
  };
}

export interface CouncilSummaryOptions {
  /** Target year (default: the result's target year, the alternative path's). */
  targetYear?: number;
  /** Base year (default: the result's base year). */
  baseYear?: number;
  /** Average position size (default: the result's, 0.67 unless set). */
  positionSize?: number;
  /**
   * Round as printed (default true): årsverk to 0.1, money to 0.1 mill. kr, dwellings and
   * employees to whole numbers, the share to 0.0001. The differences are taken of the
   * rounded totals, so the printed rows add up exactly. false: unrounded values.
   */
  round?: boolean;
}

/**
 * The council summary (DOMAIN.md, "Council summary format") for a base and a target year:
 * staff_base = årsverk in the base year (today's profile);
 * staff_growth_today_profile = årsverk in the target year with today's profile − base;
 * staff_change_alt_profile = årsverk in the target year with the alternative − with today's (negative = saved);
 * staff_need_target_alt_profile = base + growth + change;
 * staff_change_base_to_target_alt_profile = growth + change;
 * employees_alt_profile = that change ÷ position size (persons);
 * cost_increase_today_profile = cost in the target year with today's profile − base (mill. kr of the price year);
 * cost_reduction_alt_profile = cost with today's − with the alternative profile in the target year;
 * cost_increase_after_alt_profile = increase with today's profile − reduction;
 * cost_reduction_share = reduction ÷ cost in the target year with today's profile (a fraction);
 * dwellings_more_than_today = dwellings used in the target year (alternative) − in the base year (today's), all steps;
 * units_higher_steps_today = today's stock on the higher steps (steps marked `higher`, default all but the first).
 *
 * @example councilSummary(projectStaircase(input, pop), { targetYear: 2040 }).rows[0] // { key: "staff_base", ... }
 */
export function councilSummary(result: StaircaseSums, options: CouncilSummaryOptions = {}): CouncilSummary {
  const reg = options.baseYear === undefined ? result.registered : undefined;
  // With a registered base, the summary starts from its year (matched in the calibration year when it lies before the projection).
  const labelBaseYear = reg ? reg.year : (options.baseYear ?? result.baseYear);
  const baseYear = reg ? reg.calibrationYear : (options.baseYear ?? result.baseYear);
  const targetYear = options.targetYear ?? result.targetYear;
  const positionSize = options.positionSize ?? result.positionSize;
  const round = options.round ?? true;
  if (baseYear < result.baseYear || baseYear > result.endYear) fail("summary base year", `a year from ${result.baseYear} to ${result.endYear}`, baseYear);
  if (targetYear < baseYear) fail("summary target year", `a year at or after the base year ${baseYear}`, targetYear);
  if (targetYear > result.endYear) fail("summary target year", `a year up to the projection's last year ${result.endYear}`, targetYear);
  if (!(positionSize > 0 && positionSize <= 1)) fail("summary position size", "a position size above 0 and at most 1", positionSize);
  // Sums over steps, in step order, of the staircase's totals (StaircaseSums.sums).
  const steps = result.steps.length;
  const years = result.endYear - result.baseYear + 1;
  const sum = (profile: "today" | "alternative", year: number, f: "arsverk" | "cost" | "dwellings") => {
    const o = ((profile === "today" ? 0 : 1) * years + year - result.baseYear) * steps * 4 + (f === "dwellings" ? 1 : f === "arsverk" ? 2 : 3);
    let s = 0;
    for (let k = 0; k < steps; k++) s += result.sums[o + 4 * k];
    return s;
  };
  const anyHigher = result.steps.some((s) => s.higher !== undefined);
  const higher = result.steps.filter((s, i) => (anyHigher ? s.higher === true : i > 0));
  const totals = {
    staffBase: sum("today", baseYear, "arsverk"),
    staffTargetToday: sum("today", targetYear, "arsverk"),
    staffTargetAlt: sum("alternative", targetYear, "arsverk"),
    costBase: sum("today", baseYear, "cost"),
    costTargetToday: sum("today", targetYear, "cost"),
    costTargetAlt: sum("alternative", targetYear, "cost"),
    dwellingsBase: sum("today", baseYear, "dwellings"),
    dwellingsTargetAlt: sum("alternative", targetYear, "dwellings"),
    unitsHigherStepsToday: higher.reduce((s, x) => s + x.stock, 0),
  };
  // Work in integer ticks (0.1 årsverk, 0.1 mill. kr, 1 unit) so that rounded rows add up exactly.
  const tick = (x: number, perUnit: number) => (round ? Math.round(x * perUnit) : x * perUnit);
  const S = 10; // ticks per årsverk
  const M = 10 / 1e6; // ticks per krone (0.1 mill. kr)
  const sB = tick(totals.staffBase, S),
    sT = tick(totals.staffTargetToday, S),
    sA = tick(totals.staffTargetAlt, S);
  const cB = tick(totals.costBase, M),
    cT = tick(totals.costTargetToday, M),
    cA = tick(totals.costTargetAlt, M);
  const dB = tick(totals.dwellingsBase, 1),
    dA = tick(totals.dwellingsTargetAlt, 1);
  const staffChange = (sA - sB) / S;
  const employees = staffChange / positionSize;
  const share = cT !== 0 ? (cT - cA) / cT : 0;
  const r = (x: number, d: number) => (round ? Number(x.toFixed(d)) : x);
  const money = `mill. ${result.priceYear}-kr`;
  // The position size in the row label as whole per cent ("67 %", no-break space as report/format.ts writes it).
  const p = `${Math.round(positionSize * 100)}\u00a0%`;
  // Without a registered base the labels are as they always were; with one, each label says whether its figure is registered or modelled.
  const tag = (label: string, basis: CouncilSummaryRow["basis"]) => (reg ? `${label} (${basis})` : label);
  const registeredKeys = new Set<CouncilSummaryKey>([
    ...(reg?.arsverk != null ? (["staff_base"] as const) : []),
    ...(reg && Object.keys(reg.units).length > 0 ? (["units_higher_steps_today"] as const) : []),
  ]);
  const row = (key: CouncilSummaryKey, label: string, value: number, unit: string): CouncilSummaryRow => {
    const basis = registeredKeys.has(key) ? "registrert" : "modellert";
    return { key, label: tag(label, basis), value, unit, basis };
  };
  const rows: CouncilSummaryRow[] = [
    row("staff_base", reg ? `Bemanning ${labelBaseYear}` : `Bemanning i dag (${baseYear})`, sB / S, "årsverk"),
    row("staff_growth_today_profile", `Vekst i behov for årsverk til ${targetYear} med dagens profil`, (sT - sB) / S, "årsverk"),
    row("staff_change_alt_profile", `Endring med alternativ profil (negativ = spart)`, (sA - sT) / S, "årsverk"),
    row("staff_need_target_alt_profile", `Beregnet behov i ${targetYear} med alternativ profil`, sA / S, "årsverk"),
    row("staff_change_base_to_target_alt_profile", `Beregnet endring ${labelBaseYear}–${targetYear} med alternativ profil`, staffChange, "årsverk"),
    row("employees_alt_profile", `Antall ansatte ved gjennomsnittlig stillingsstørrelse ${p}`, r(employees, 0), "personer"),
    row("cost_increase_today_profile", `Kostnadsøkning i ${targetYear} med dagens profil`, (cT - cB) / (M * 1e6), money),
    row("cost_reduction_alt_profile", `Kostnadsreduksjon med alternativ profil`, (cT - cA) / (M * 1e6), money),
    row("cost_increase_after_alt_profile", `Kostnadsøkning etter alternativ profil`, (cA - cB) / (M * 1e6), money),
    row("cost_reduction_share", `Reduksjon i omsorgskostnader med alternativ profil`, r(share, 4), "andel"),
    row("dwellings_more_than_today", `Flere boliger i bruk enn i dag (${targetYear}, alternativ profil)`, dA - dB, "boliger"),
    row("units_higher_steps_today", `Enheter på de høyere trinnene i dag`, r(totals.unitsHigherStepsToday, 0), "enheter"),
  ];
  const investing = result.steps.filter((x) => x.investment);
  if (investing.length > 0 && targetYear > result.baseYear) {
    // Investment in new or converted units from the base year to the target year with the alternative profile (buildNeed, one period).
    const need = buildNeed(result, [targetYear]).filter((x) => x.profile === "alternative");
    const sumOf = (f: "investmentNok" | "grantNok") => need.reduce((a, x) => a + x[f], 0);
    const gross = tick(sumOf("investmentNok"), M),
      grant = tick(sumOf("grantNok"), M);
    const iMoney = `mill. ${investing[0].investment!.priceYear}-kr`;
    rows.push(
      row(
        "investment_alt_profile",
        `Investering i nye og ombygde enheter ${result.baseYear + 1}–${targetYear} med alternativ profil`,
        gross / (M * 1e6),
        iMoney,
      ),
      row("investment_grant_alt_profile", `Herav statlig investeringstilskudd (Husbanken)`, grant / (M * 1e6), iMoney),
      row("investment_net_alt_profile", `Kommunens investering etter tilskudd`, (gross - grant) / (M * 1e6), iMoney),
    );
  }
  return {
    baseYear: labelBaseYear,
    dataBaseYear: baseYear,
    targetYear,
    positionSize,
    priceYear: result.priceYear,
    rows,
    totals,
    ...(reg ? { registered: reg } : {}),
  };
}
