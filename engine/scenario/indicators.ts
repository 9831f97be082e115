import { z } from "zod";
import { checkFormulaSyntax } from "./formula-syntax";

/**
 * The `indicators` part: a user's own key figures as formulas over the run's measures
 * (names in engine/formula/measures.ts), by name: `"årsverk per 1000 innbyggere 80+":
 * "arsverk / befolkning_80_pluss * 1000"`, or `{ "formula": …, "unit": …, "decimals": … }`.
 * The syntax and the allowed constructs are checked here, when the file is read; the names
 * when the run knows its bands and services (engine/run/indicators.ts).
 */
export const indicatorsSchema = z.record(
  z.string().min(1),
  z
    .union([z.string(), z.strictObject({ formula: z.string(), unit: z.string().optional(), decimals: z.number().int().min(0).max(6).optional() })])
    .superRefine((def, ctx) => (typeof def === "string" ? checkFormulaSyntax(def, ctx) : checkFormulaSyntax(def.formula, ctx, ["formula"]))),
);

export type Indicators = z.infer<typeof indicatorsSchema>;
