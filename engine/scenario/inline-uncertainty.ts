import { z } from "zod";

/**
 * Uncertainty declared next to a value in a scenario file (the `uncertainty` part keeps the
 * defaults). Three forms, each read as the plain value by every other part of the engine:
 *
 * - a number with an interval: `{ "value": 1.224, "low": 1.1, "high": 1.35 }` for årsverk
 *   per unit; money adds `priceYear` (`{ "value": 1200000, "priceYear": 2024, "low":
 *   1000000, "high": 1400000 }`); `shape` "triangular" (default; low and high the ends),
 *   "uniform", or "lognormal" with `level` (a split log-normal with the value as median and
 *   low-high exactly its central interval at that level, default 0.95, e.g. a published
 *   confidence interval);
 * - a coverage rate with the count behind it: `{ "value": 0.014, "count": 12 }` (12 users:
 *   read as 12 of 12 ÷ 0.014 residents) or `{ "value": 0.014, "sampleSize": 850 }` (850
 *   residents), drawn from the Beta posterior (Jeffreys) of that count;
 * - a share of the alternative housing profile with an interval: `{ "value": 0.158, "low":
 *   0.1, "high": 0.2, "absorbedBy": "eget-hjem" }` (the change is taken from or given to
 *   `absorbedBy`, default the band's first step).
 */
const shape = z.enum(["triangular", "uniform", "lognormal"]);
const level = z.number().gt(0, "expected a level above 0 and below 1").lt(1, "expected a level above 0 and below 1");

type Bounds = { value: number; low: number; high: number; shape?: string; level?: number };

/** Issues are phrased as what was expected; the field's own value is what was found. */
function boundsIssues(d: Bounds, ctx: z.RefinementCtx): void {
  if (!(d.low <= d.high)) ctx.addIssue({ code: "custom", path: ["low"], input: d.low, message: `a low bound at most the high bound ${d.high}` });
  else if (!(d.low <= d.value && d.value <= d.high))
    ctx.addIssue({ code: "custom", path: ["value"], input: d.value, message: `a value between low ${d.low} and high ${d.high}` });
  if (d.level !== undefined && d.shape !== "lognormal")
    ctx.addIssue({ code: "custom", path: ["level"], input: d.level, message: 'a level only with shape "lognormal"' });
  if (d.shape === "lognormal" && !(d.low > 0))
    ctx.addIssue({ code: "custom", path: ["low"], input: d.low, message: "a positive low bound for a log-normal interval" });
}

/** `{ value, low, high, shape?, level? }`. */
export const declaredNumberSchema = z
  .strictObject({ value: z.number(), low: z.number(), high: z.number(), shape: shape.optional(), level: level.optional() })
  .superRefine(boundsIssues);

/** A number, or a number with its interval (read as the number). */
export const numberWithUncertainty = z.union([z.number(), declaredNumberSchema.transform((d) => d.value)]);

/** Money per unit and year in kroner of a price year, optionally with an interval: `{ "value": 1200000, "priceYear": 2024, "low": …, "high": … }`. */
export const moneyWithUncertainty = z
  .strictObject({
    value: z.number(),
    priceYear: z.number().int(),
    low: z.number().optional(),
    high: z.number().optional(),
    shape: shape.optional(),
    level: level.optional(),
  })
  .superRefine((d, ctx) => {
    const given = [d.low, d.high].filter((x) => x !== undefined).length;
    if (given === 1)
      ctx.addIssue({ code: "custom", path: [d.low === undefined ? "low" : "high"], input: undefined, message: "both low and high (an interval)" });
    if (given === 0 && (d.shape !== undefined || d.level !== undefined))
      ctx.addIssue({ code: "custom", path: ["low"], input: undefined, message: "low and high with shape or level" });
    if (given === 2) boundsIssues(d as Bounds, ctx);
  })
  .transform((d) => ({ value: d.value, priceYear: d.priceYear }));

/** `{ value, count }` or `{ value, sampleSize }`. */
export const declaredRateSchema = z
  .strictObject({ value: z.number(), count: z.number().positive().optional(), sampleSize: z.number().positive().optional() })
  .superRefine((d, ctx) => {
    if ((d.count === undefined) === (d.sampleSize === undefined))
      ctx.addIssue({
        code: "custom",
        path: ["count"],
        input: d.count,
        message: "exactly one of count (users behind the rate) and sampleSize (residents behind it)",
      });
    if (d.count !== undefined && !(d.value > 0 && d.value <= 1))
      ctx.addIssue({ code: "custom", path: ["value"], input: d.value, message: "a rate above 0 and at most 1 with a count behind it" });
  });

/** A rate, or a rate with the count behind it (read as the rate). */
export const rateWithUncertainty = z.union([z.number(), declaredRateSchema.transform((d) => d.value)]);

/** `{ value, low, high, shape?, level?, absorbedBy? }` with 0 ≤ low ≤ value ≤ high ≤ 1. */
export const declaredShareSchema = z
  .strictObject({
    value: z.number(),
    low: z.number().min(0),
    high: z.number().max(1),
    shape: shape.optional(),
    level: level.optional(),
    absorbedBy: z.string().optional(),
  })
  .superRefine(boundsIssues);

/** A share, or a share with its interval (read as the share). */
export const shareWithUncertainty = z.union([z.number(), declaredShareSchema.transform((d) => d.value)]);

/** An interval declared inline, with the path of the field that declares it. */
export interface DeclaredInterval {
  field: string;
  low: number;
  high: number;
  shape?: "triangular" | "uniform" | "lognormal";
  level?: number;
}

/** Every inline declaration of a scenario's coverage and housing parts. */
export interface InlineDeclarations {
  /** Per service or step id. */
  unitCosts: Record<string, DeclaredInterval[]>;
  arsverkPerUnit: Record<string, DeclaredInterval[]>;
  /** Residents behind a rate, per service id and band (count ÷ rate, or sampleSize). */
  rateSampleSize: Record<string, Record<string, number>>;
  /** Intervals on shares of the alternative profile. */
  alternativeShares: Array<DeclaredInterval & { band: string; step: string; absorbedBy?: string }>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const interval = (field: string, d: Record<string, unknown>): DeclaredInterval => ({
  field,
  low: d.low as number,
  high: d.high as number,
  shape: d.shape as DeclaredInterval["shape"],
  level: d.level as number | undefined,
});

/**
 * The inline declarations of a scenario's raw `coverage` and `housing` parts (JSON that
 * passed the schema), each with the path of its field, e.g.
 * `coverage.services[0].unitCost`.
 */
export function inlineDeclarations(coverage: unknown, housing: unknown): InlineDeclarations {
  const out: InlineDeclarations = { unitCosts: {}, arsverkPerUnit: {}, rateSampleSize: {}, alternativeShares: [] };
  const add = (r: Record<string, DeclaredInterval[]>, id: string, d: DeclaredInterval) => {
    (r[id] ??= []).push(d);
  };
  const parts: Array<[string, unknown, string, string]> = [
    ["coverage.services", isObject(coverage) ? coverage.services : undefined, "unitCost", "id"],
    ["housing.steps", isObject(housing) ? housing.steps : undefined, "costPerUnit", "id"],
  ];
  for (const [where, list, money] of parts) {
    if (!Array.isArray(list)) continue;
    list.forEach((x: unknown, i: number) => {
      if (!isObject(x) || typeof x.id !== "string") return;
      const m = x[money];
      if (isObject(m) && typeof m.low === "number") add(out.unitCosts, x.id, interval(`${where}[${i}].${money}`, m));
      if (isObject(x.arsverkPerUnit)) add(out.arsverkPerUnit, x.id, interval(`${where}[${i}].arsverkPerUnit`, x.arsverkPerUnit));
      if (where === "coverage.services" && isObject(x.rates)) {
        for (const [band, r] of Object.entries(x.rates)) {
          if (!isObject(r)) continue;
          const n = typeof r.sampleSize === "number" ? r.sampleSize : (r.count as number) / (r.value as number);
          (out.rateSampleSize[x.id] ??= {})[band] = n;
        }
      }
    });
  }
  const alt = isObject(housing) && isObject(housing.profiles) && isObject(housing.profiles.alternative) ? housing.profiles.alternative : {};
  for (const [band, shares] of Object.entries(alt)) {
    if (!isObject(shares)) continue;
    for (const [step, v] of Object.entries(shares)) {
      if (isObject(v))
        out.alternativeShares.push({
          ...interval(`housing.profiles.alternative["${band}"]["${step}"]`, v),
          band,
          step,
          absorbedBy: v.absorbedBy as string | undefined,
        });
    }
  }
  return out;
}
