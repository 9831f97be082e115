import { InputError } from "../errors";
import { AGE_LIMITS, type BandCount, countBands, HOURS_LIMITS } from "./bands";
import { type Decision, recipientsFromDecisions } from "./decisions";
import { arsverkNeeded, HOURS_PER_ARSVERK } from "./fte";

/** A reference value of årsverk per 100 users (another municipality, a KOSTRA group). */
export interface Reference {
  name: string;
  arsverkPer100Users: number;
}

/** Everything a home-service analysis needs, already read from files. */
export interface HomeServiceInput {
  name: string;
  decisions: Decision[];
  /** Share of staff time that is direct time with users (default 0.6). */
  directShare?: number;
  /** Staff hours per årsverk and year (default 1 595). */
  hoursPerArsverk?: number;
  /** Årsverk the home services have today: in total, or per unit. */
  arsverk?: number | Record<string, number>;
  references?: Reference[];
  /** Weekly hours from which a user counts as having extensive services (default 15). */
  extensiveHours?: number;
  /** Where the settings were given, for messages. */
  where?: string;
}

/** One unit (district): recipients, hours decided per week, årsverk needed at the direct-time share, and today's årsverk if given. */
export interface UnitResult {
  unit: string;
  recipients: number;
  hoursPerWeek: number;
  arsverkNeeded: number;
  arsverk: number | null;
}

/** The analysis: recipients by weekly hours and by age, årsverk per unit, årsverk per 100 users beside references. */
export interface HomeServiceResult {
  name: string;
  directShare: number;
  hoursPerArsverk: number;
  extensiveHours: number;
  recipients: number;
  decisions: number;
  hoursPerWeek: number;
  byHours: BandCount[];
  byAge: BandCount[];
  /** Recipients with at least `extensiveHours` a week: count and share. */
  extensive: { count: number; share: number };
  units: UnitResult[];
  total: UnitResult;
  /** Today's årsverk per 100 recipients (null without årsverk), the needed årsverk per 100 and the references. */
  per100: { arsverk: number | null; needed: number; references: Reference[] };
}

/**
 * Analyses a list of home-service decisions: recipients (decisions of one person summed)
 * by hours decided per week (under 1, 1-2.5, 2.5-5, 5-10, 10-15, 15+) and by age (under
 * 67, 67-74, 75-79, 80-84, 85-89, 90+), with cumulative shares; per unit the hours and
 * the årsverk needed at the direct-time share (hours × 52 ÷ share ÷ hours per årsverk);
 * and årsverk per 100 recipients (today's, when given) beside the reference values.
 * Errors (InputError): no decisions, a direct-time share outside (0, 1], årsverk for a
 * unit with no decisions.
 *
 * @example analyseHomeServices({ name: "x", decisions }).byHours[0].share // share under 1 hour a week
 */
export function analyseHomeServices(input: HomeServiceInput): HomeServiceResult {
  const where = input.where ?? input.name;
  const directShare = input.directShare ?? 0.6;
  const hoursPerArsverk = input.hoursPerArsverk ?? HOURS_PER_ARSVERK;
  const extensiveHours = input.extensiveHours ?? 15;
  if (!(directShare > 0 && directShare <= 1)) throw new InputError(`${where}, field "directShare": expected a share above 0 and at most 1, got ${directShare}`);
  if (!(hoursPerArsverk > 0)) throw new InputError(`${where}, field "hoursPerArsverk": expected a positive number of hours, got ${hoursPerArsverk}`);
  if (input.decisions.length === 0) throw new InputError(`${where}: expected at least one decision, got none`);
  const recipients = recipientsFromDecisions(input.decisions);
  const unitNames = [...new Set(recipients.map((r) => r.unit))].sort((a, b) => a.localeCompare(b, "nb"));
  const given = input.arsverk;
  if (given !== undefined && typeof given === "object") {
    for (const u of Object.keys(given)) {
      if (!unitNames.includes(u)) throw new InputError(`${where}, field "arsverk.${u}": expected one of the units ${unitNames.join(", ")}, got "${u}"`);
    }
  }
  const unitOf = (name: string, rs: typeof recipients, arsverk: number | null): UnitResult => {
    const hours = rs.reduce((t, r) => t + r.hoursPerWeek, 0);
    return { unit: name, recipients: rs.length, hoursPerWeek: hours, arsverkNeeded: arsverkNeeded(hours, directShare, hoursPerArsverk), arsverk };
  };
  const units = unitNames.map((u) =>
    unitOf(
      u,
      recipients.filter((r) => r.unit === u),
      typeof given === "object" ? (given[u] ?? null) : null,
    ),
  );
  const totalArsverk = given === undefined ? null : typeof given === "number" ? given : Object.values(given).reduce((t, x) => t + x, 0);
  const total = unitOf("I alt", recipients, totalArsverk);
  const n = recipients.length;
  const extensive = recipients.filter((r) => r.hoursPerWeek >= extensiveHours).length;
  return {
    name: input.name,
    directShare,
    hoursPerArsverk,
    extensiveHours,
    recipients: n,
    decisions: input.decisions.length,
    hoursPerWeek: total.hoursPerWeek,
    byHours: countBands(
      recipients.map((r) => r.hoursPerWeek),
      HOURS_LIMITS,
      "t",
    ),
    byAge: countBands(
      recipients.map((r) => r.age),
      AGE_LIMITS,
      "år",
      true,
    ),
    extensive: { count: extensive, share: extensive / n },
    units,
    total,
    per100: { arsverk: totalArsverk === null ? null : (totalArsverk / n) * 100, needed: (total.arsverkNeeded / n) * 100, references: input.references ?? [] },
  };
}
