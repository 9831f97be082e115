import { InputError } from "../errors";
import { arsverkNeeded, HOURS_PER_ARSVERK } from "./fte";

/** A housing profile: per age band, the share of residents on each housing step. */
export type HousingProfile = Record<string, Record<string, number>>;

/**
 * "Flere brukere med omfattende hjemmetjenester": a share of the residents on the higher
 * housing steps (institution, 24-h housing) in the chosen bands live at home instead, with
 * extensive home services of `hoursPerWeek` hours a week.
 */
export interface HomeServiceShift {
  name: string;
  /** Share of the residents on each from-step that moves (0-1). */
  share: number;
  fromSteps: string[];
  /** The housing step of living at home with home services. */
  toStep: string;
  /** Bands the shift applies to (default every band of the profile). */
  bands?: string[];
  /** Hours decided per week for each user who moves (for the årsverk they need at home). */
  hoursPerWeek: number;
  /** Where the shift was given, for messages. */
  where?: string;
}

/** The shifted profile, the share moved per band, and the årsverk one moved user needs at home. */
export interface ShiftedProfile {
  profile: HousingProfile;
  moved: Array<{ band: string; share: number }>;
  /** Årsverk per moved user at home: hours × 52 ÷ direct share ÷ hours per årsverk. */
  arsverkPerUser: number;
}

/**
 * Applies the shift to a housing profile (today's) and returns the profile that results,
 * e.g. as the housing staircase's alternative profile: in each chosen band `share` of each
 * from-step's residents move to the to-step (shares of the band still sum as before).
 * Errors (InputError): unknown steps or bands, a share outside [0, 1].
 *
 * @example shiftProfile({ "90+": { hjem: 0.6, inst: 0.4 } }, { name: "x", share: 0.25, fromSteps: ["inst"], toStep: "hjem", hoursPerWeek: 20 }, 0.6).profile["90+"] // { hjem: 0.7, inst: 0.3 }
 */
export function shiftProfile(today: HousingProfile, shift: HomeServiceShift, directShare = 0.6, hoursPerArsverk = HOURS_PER_ARSVERK): ShiftedProfile {
  const where = shift.where ?? "shift";
  if (!(shift.share >= 0 && shift.share <= 1)) throw new InputError(`${where}, field "share": expected a share between 0 and 1, got ${shift.share}`);
  const bands = shift.bands ?? Object.keys(today);
  const profile: HousingProfile = {};
  for (const [band, steps] of Object.entries(today)) profile[band] = { ...steps };
  const moved: ShiftedProfile["moved"] = [];
  bands.forEach((band, k) => {
    const p = profile[band];
    if (!p) throw new InputError(`${where}, field "bands[${k}]": expected one of the profile's bands ${Object.keys(today).join(", ")}, got "${band}"`);
    if (!(shift.toStep in p)) throw new InputError(`${where}, field "toStep": expected one of the steps ${Object.keys(p).join(", ")}, got "${shift.toStep}"`);
    let m = 0;
    shift.fromSteps.forEach((s, j) => {
      if (!(s in p)) throw new InputError(`${where}, field "fromSteps[${j}]": expected one of the steps ${Object.keys(p).join(", ")}, got "${s}"`);
      const x = p[s] * shift.share;
      p[s] -= x;
      m += x;
    });
    p[shift.toStep] += m;
    moved.push({ band, share: m });
  });
  return { profile, moved, arsverkPerUser: arsverkNeeded(shift.hoursPerWeek, directShare, hoursPerArsverk) };
}
