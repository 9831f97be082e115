import { z } from "zod";

/**
 * The `withoutServices` part: a series of the share of residents aged 80+ without care
 * services over time for the municipality and comparison regions (CSV: `region` and one
 * column per year, shares as fractions or "39 %"; a path relative to the scenario file,
 * e.g. ../data/without-services/faerder-2013-2023.csv). `municipality` names the row the report
 * highlights (default the file's `# municipality:`, else the first row).
 */
export const withoutServicesSpecSchema = z.strictObject({
  file: z.string().min(1),
  municipality: z.string().min(1).optional(),
  source: z.string().optional(),
});

export type WithoutServicesSpec = z.infer<typeof withoutServicesSpecSchema>;
