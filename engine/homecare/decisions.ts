import { InputError } from "../errors";
import { aq } from "../table/arquero";

/** One decision (vedtak) on home services as a municipality exports it. */
export interface Decision {
  /** Person or anonymous id: decisions with the same id belong to one recipient. */
  personId: string;
  /** Age in whole years. */
  age: number;
  /** District, zone or unit that delivers the service. */
  unit: string;
  service: string;
  /** Hours decided per week. */
  hoursPerWeek: number;
  /** Where the decision was given (file and line), for messages. */
  where?: string;
}

/** One recipient: the sum of their decisions' hours per week, their age and the unit with most of their hours. */
export interface Recipient {
  personId: string;
  age: number;
  unit: string;
  hoursPerWeek: number;
  decisions: number;
}

/**
 * Gathers decisions into recipients: hours per week summed over each person's decisions
 * (a person with home nursing and practical help is one recipient), the unit that delivers
 * most of their hours (the first on a tie). Ages must be whole years 0-120 and hours
 * non-negative (InputError naming the decision); a person whose decisions give two ages
 * throws.
 *
 * @example recipientsFromDecisions([{ personId: "1", age: 80, unit: "Nord", service: "HS", hoursPerWeek: 1.5 }, { personId: "1", age: 80, unit: "Nord", service: "PB", hoursPerWeek: 1 }])[0].hoursPerWeek // 2.5
 */
export function recipientsFromDecisions(decisions: readonly Decision[]): Recipient[] {
  const firstSeen = new Map<string, { age: number; where: string }>();
  decisions.forEach((d, k) => {
    const where = d.where ?? `decisions[${k}]`;
    if (!d.personId.trim()) throw new InputError(`${where}, field "person_id": expected a person or anonymous id, got ""`);
    if (!(Number.isInteger(d.age) && d.age >= 0 && d.age <= 120))
      throw new InputError(`${where}, field "age": expected a whole age from 0 to 120, got ${d.age}`);
    if (!(Number.isFinite(d.hoursPerWeek) && d.hoursPerWeek >= 0))
      throw new InputError(`${where}, field "hours_per_week": expected a non-negative number of hours, got ${d.hoursPerWeek}`);
    const seen = firstSeen.get(d.personId);
    if (!seen) firstSeen.set(d.personId, { age: d.age, where });
    else if (seen.age !== d.age) {
      throw new InputError(`${where}, field "age": expected the age ${seen.age} given for person "${d.personId}" at ${seen.where}, got ${d.age}`);
    }
  });
  if (decisions.length === 0) return [];
  const t = aq.table({
    personId: decisions.map((d) => d.personId),
    age: decisions.map((d) => d.age),
    unit: decisions.map((d) => d.unit),
    hoursPerWeek: decisions.map((d) => d.hoursPerWeek),
  });
  // Per person and unit (units in the order first met): the unit with most hours, the first on a tie.
  const best = new Map<string, { unit: string; hours: number }>();
  for (const u of t
    .groupby("personId", "unit")
    .rollup({ hours: aq.op.sum("hoursPerWeek") })
    .objects() as Array<{ personId: string; unit: string; hours: number }>) {
    const b = best.get(u.personId);
    if (!b || u.hours > b.hours) best.set(u.personId, u);
  }
  return (
    t
      .groupby("personId")
      .rollup({ age: aq.op.any("age"), hoursPerWeek: aq.op.sum("hoursPerWeek"), decisions: aq.op.count() })
      .objects() as Array<Omit<Recipient, "unit">>
  ).map((r) => ({ personId: r.personId, age: r.age, unit: best.get(r.personId)!.unit, hoursPerWeek: r.hoursPerWeek, decisions: r.decisions }));
}
