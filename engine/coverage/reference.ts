import type { BandMatrix } from "./population";
import type { ServiceDef } from "./types";

/** The numbers of alternativ 0 laid out over services and the population's bands: rate `rates[s × bands + b]` where `has` is 1, årsverk and cost per unit per service. */
export interface ReferenceNumbers {
  bands: readonly string[];
  rates: Float64Array;
  has: Uint8Array;
  arsverkPerUnit: Float64Array;
  unitCost: Float64Array;
}

/** The measures of a reference cell, in the order they lie in referenceCells' output. */
export const REFERENCE_MEASURES = ["volume", "arsverk", "cost"] as const;

/**
 * Lays out today's rates (`rateOf(s, band)`, undefined where service s has none),
 * årsverk and unit cost of each service over the population's `bands`. Takes the values
 * as they are: check them first (validateCoverage).
 */
export function referenceNumbers(
  services: ReadonlyArray<Pick<ServiceDef, "arsverkPerUnit" | "unitCost">>,
  bands: readonly string[],
  rateOf: (s: number, band: string) => number | undefined,
): ReferenceNumbers {
  const B = bands.length;
  const n: ReferenceNumbers = {
    bands,
    rates: new Float64Array(services.length * B),
    has: new Uint8Array(services.length * B),
    arsverkPerUnit: Float64Array.from(services, (s) => s.arsverkPerUnit),
    unitCost: Float64Array.from(services, (s) => s.unitCost.value),
  };
  services.forEach((_, s) => {
    bands.forEach((band, b) => {
      const r = rateOf(s, band);
      if (r === undefined) return;
      n.rates[s * B + b] = r;
      n.has[s * B + b] = 1;
    });
  });
  return n;
}

/**
 * Alternativ 0 (today's rates held constant) on a residents matrix, `baseYear`…`endYear`:
 * per year, service and band, volume = rate × residents (users, places or hours), årsverk
 * = volume × årsverk per unit, cost = volume × unit cost (kroner of its price year), at
 * `cells[((y × services + s) × bands + b) × 3 + measure]` (REFERENCE_MEASURES); 0 in a band
 * the service has no rate for. projectCoverage's alternativ 0 rows and the uncertainty
 * replicates both come from here.
 */
export function referenceCells(n: ReferenceNumbers, residents: BandMatrix, baseYear: number, endYear: number): Float64Array {
  const B = n.bands.length;
  const S = n.arsverkPerUnit.length;
  if (residents.bands.length !== B) throw new Error(`referenceCells requires residents in ${B} bands, got ${residents.bands.length}`);
  if (residents.firstYear > baseYear || residents.lastYear < endYear)
    throw new Error(`referenceCells requires residents ${baseYear}-${endYear}, got ${residents.firstYear}-${residents.lastYear}`);
  const Y = endYear - baseYear + 1;
  const at = baseYear - residents.firstYear;
  const cells = new Float64Array(Y * S * B * 3);
  for (let y = 0; y < Y; y++) {
    const row = (y + at) * B;
    for (let s = 0; s < S; s++) {
      const apu = n.arsverkPerUnit[s];
      const cost = n.unitCost[s];
      for (let b = 0; b < B; b++) {
        if (n.has[s * B + b] !== 1) continue;
        const volume = n.rates[s * B + b] * residents.values[row + b];
        const o = ((y * S + s) * B + b) * 3;
        cells[o] = volume;
        cells[o + 1] = volume * apu;
        cells[o + 2] = volume * cost;
      }
    }
  }
  return cells;
}
