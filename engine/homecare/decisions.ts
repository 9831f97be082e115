import { InputError } from "../errors";

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
  const byPerson = new Map<string, { r: Recipient; units: Map<string, number>; first: string }>();
  decisions.forEach((d, k) => {
    const where = d.where ?? `decisions[${k}]`;
    if (!d.personId.trim()) throw new InputError(`${where}, field "person_id": expected a person or anonymous id, got ""`);
    if (!(Number.isInteger(d.age) && d.age >= 0 && d.age <= 120))
      throw new InputError(`${where}, field "age": expected a whole age from 0 to 120, got ${d.age}`);
    if (!(Number.isFinite(d.hoursPerWeek) && d.hoursPerWeek >= 0))
      throw new InputError(`${where}, field "hours_per_week": expected a non-negative number of hours, got ${d.hoursPerWeek}`);
    const seen = byPerson.get(d.personId);
    if (!seen) {
      byPerson.set(d.personId, {
        r: { personId: d.personId, age: d.age, unit: d.unit, hoursPerWeek: d.hoursPerWeek, decisions: 1 },
        units: new Map([[d.unit, d.hoursPerWeek]]),
        first: where,
      });
      return;
    }
    if (seen.r.age !== d.age) {
      throw new InputError(`${where}, field "age": expected the age ${seen.r.age} given for person "${d.personId}" at ${seen.first}, got ${d.age}`);
    }
    seen.r.hoursPerWeek += d.hoursPerWeek;
    seen.r.decisions += 1;
    seen.units.set(d.unit, (seen.units.get(d.unit) ?? 0) + d.hoursPerWeek);
  });
  return [...byPerson.values()].map(({ r, units }) => {
    let best = r.unit;
    for (const [u, h] of units) if (h > (units.get(best) ?? 0)) best = u;
    return { ...r, unit: best };
  });
}
