import { z } from "zod";
import type { Path } from "./path";
import { InputError } from "../errors";

/**
 * National assumptions behind SSB's alternatives. Each component has named paths, one per
 * letter (L low, M middle, H high, 0 zero, or any letter a scenario adds); an alternative
 * code has four letters choosing fertility, life expectancy, internal migration and
 * immigration, in that order (MMMM, LLML, …).
 */
const path = z.record(z.string().regex(/^\d{4}$/, "a four-digit year"), z.number());
const letters = <T extends z.ZodTypeAny>(t: T) => z.record(z.string().length(1, "one letter"), t);

export const nationalAssumptionsSchema = z.strictObject({
  source: z.string().optional(),
  /** Boys per girl at birth. */
  sexRatioAtBirth: z.number().min(0.9).max(1.2),
  /** Gamma schedule of the mother's age at birth (years), or weights by age 15-49. */
  fertilitySchedule: z.union([
    z.strictObject({ meanAge: z.number().min(20).max(40), sd: z.number().positive().max(12) }),
    z.strictObject({ weights: z.record(z.string(), z.number().nonnegative()) }),
  ]),
  /** Total fertility rate paths (children per woman). */
  fertility: letters(path),
  /** Period life expectancy at birth (years), per sex. */
  lifeExpectancy: z.strictObject({ male: letters(path), female: letters(path) }),
  /** Multiplier on a place's own (internal) net migration: M = 1, 0 = none. */
  internalMigration: letters(z.number().nonnegative()),
  /** National net immigration (persons per year). */
  immigration: letters(path),
  /** National population on 1 January (persons), to set a place's default immigration share. */
  nationalPopulation: path,
  /** Alternative codes and their names. */
  alternatives: z.record(z.string().regex(/^[A-Za-z0-9]{4}$/, "a four-letter code"), z.string()),
});

export type NationalAssumptions = z.infer<typeof nationalAssumptionsSchema>;

export interface AlternativeLetters {
  code: string;
  fertility: string;
  lifeExpectancy: string;
  internalMigration: string;
  immigration: string;
}

/** The nine municipal alternatives SSB publishes. */
export const SSB_ALTERNATIVES = ["MMMM", "LLML", "HHMH", "MMML", "MMMH", "LHML", "HLMH", "MMM0", "MM00"] as const;

/**
 * Splits an alternative code into its four letters and checks that each names a path in
 * the assumptions. Throws an error listing the known codes if it does not.
 */
export function alternativeLetters(assumptions: NationalAssumptions, code: string): AlternativeLetters {
  const known = Object.keys(assumptions.alternatives);
  const fail = (why: string) => new InputError(`unknown alternative ${JSON.stringify(code)}: ${why}; known alternatives: ${known.join(", ")}`);
  if (!/^[A-Za-z0-9]{4}$/.test(code)) throw fail("expected four letters such as MMMM");
  const [f, e, i, m] = code.split("");
  if (!(f in assumptions.fertility)) throw fail(`no fertility path "${f}"`);
  if (!(e in assumptions.lifeExpectancy.male) || !(e in assumptions.lifeExpectancy.female)) throw fail(`no life-expectancy path "${e}"`);
  if (!(i in assumptions.internalMigration)) throw fail(`no internal-migration level "${i}"`);
  if (!(m in assumptions.immigration)) throw fail(`no immigration path "${m}"`);
  return { code, fertility: f, lifeExpectancy: e, internalMigration: i, immigration: m };
}

/** The paths of one alternative. */
export function alternativePaths(
  assumptions: NationalAssumptions,
  code: string,
): {
  tfr: Path;
  e0Male: Path;
  e0Female: Path;
  internal: number;
  immigration: Path;
} {
  const l = alternativeLetters(assumptions, code);
  return {
    tfr: assumptions.fertility[l.fertility],
    e0Male: assumptions.lifeExpectancy.male[l.lifeExpectancy],
    e0Female: assumptions.lifeExpectancy.female[l.lifeExpectancy],
    internal: assumptions.internalMigration[l.internalMigration],
    immigration: assumptions.immigration[l.immigration],
  };
}
