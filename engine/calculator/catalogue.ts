import { InputError } from "../errors";
import { closestMatches, normaliseName } from "./closest";
import { unitInfo, type PriceUnit } from "./units";

/** One price in a catalogue: a service variant, its unit and what it takes of staff time. */
export interface PriceEntry {
  /** The effort-staircase step the service belongs to, in the catalogue's numbering (optional). */
  step?: number;
  service: string;
  /** The variant ("ambulerende dag/kveld", "bemanningsfaktor 0.3"); "" when the service has none. */
  variant: string;
  unit: PriceUnit;
  /** Price in kroner per unit (price year of the catalogue). */
  priceNok: number;
  /** Share of paid staff time that is direct user time, in (0, 1]; undefined when not known (no staff hours then). */
  directTimeShare?: number;
  /** Staff per participant for hourly services (0.3 = one staff per 3.3 participants); 1 when not given. */
  staffingFactor?: number;
  /** Staff hours per place per year, for `per place per year` units; undefined when not known. */
  hoursPerPlaceYear?: number;
  /** Where the figure comes from (free text, e.g. "catalogue" or "derived from the Johs persona table"). */
  source?: string;
  /** 1-based line in the catalogue file, for messages. */
  line?: number;
}

/** A versioned price catalogue: one municipality, one date, one price year. */
export interface PriceCatalogue {
  name: string;
  municipality?: string;
  /** Version or date of the catalogue, e.g. "2023-11". */
  version?: string;
  /** The year whose kroner the prices are in. */
  priceYear?: number;
  /** Staff hours per årsverk (full-time equivalent); about 1 595 reproduces the Johs persona. */
  hoursPerFte: number;
  /** The file the catalogue was read from, for messages. */
  file?: string;
  entries: PriceEntry[];
}

function where(cat: { file?: string; name: string }, line?: number): string {
  const f = cat.file ?? cat.name;
  return line !== undefined ? `${f}: line ${line}` : f;
}

/**
 * Checks a catalogue and returns it: at least one entry, a positive number of hours per
 * årsverk, non-negative prices, direct-time shares in (0, 1], positive staffing factors,
 * and no service/variant twice (names compared case- and space-insensitively).
 * Throws InputError naming the file and line.
 */
export function buildCatalogue(catalogue: PriceCatalogue): PriceCatalogue {
  if (!(catalogue.hoursPerFte > 0)) {
    throw new InputError(`${where(catalogue)}: hours_per_fte: expected a positive number of staff hours per årsverk, got ${catalogue.hoursPerFte}`);
  }
  if (catalogue.entries.length === 0) throw new InputError(`${where(catalogue)}: expected at least one price, got none`);
  const seen = new Map<string, PriceEntry>();
  for (const e of catalogue.entries) {
    const at = where(catalogue, e.line);
    if (!e.service.trim()) throw new InputError(`${at}, field "service": expected a service name, got ""`);
    if (!(e.priceNok >= 0)) throw new InputError(`${at}, field "price_nok": expected a non-negative number, got ${e.priceNok}`);
    if (e.directTimeShare !== undefined && !(e.directTimeShare > 0 && e.directTimeShare <= 1)) {
      throw new InputError(`${at}, field "direct_time_share": expected a share in (0, 1], got ${e.directTimeShare}`);
    }
    if (e.staffingFactor !== undefined && !(e.staffingFactor > 0)) {
      throw new InputError(`${at}, field "staffing_factor": expected a positive number, got ${e.staffingFactor}`);
    }
    if (e.hoursPerPlaceYear !== undefined && !(e.hoursPerPlaceYear >= 0)) {
      throw new InputError(`${at}, field "hours_per_place_year": expected a non-negative number, got ${e.hoursPerPlaceYear}`);
    }
    if (e.hoursPerPlaceYear !== undefined && unitInfo(e.unit).staffHours !== "places") {
      throw new InputError(`${at}, field "hours_per_place_year": expected it only for unit "per place per year", got it for "${e.unit}"`);
    }
    const key = `${normaliseName(e.service)}\u0000${normaliseName(e.variant)}`;
    const prev = seen.get(key);
    if (prev) {
      throw new InputError(
        `${at}: expected each service/variant once, got "${e.service}" / "${e.variant}" again` +
          (prev.line !== undefined ? ` (first on line ${prev.line})` : ""),
      );
    }
    seen.set(key, e);
  }
  return catalogue;
}

/** The distinct service names of a catalogue, in catalogue order. */
export function catalogueServices(catalogue: PriceCatalogue): string[] {
  return Array.from(new Set(catalogue.entries.map((e) => e.service)));
}

/**
 * The catalogue entry for a service and variant (case- and space-insensitive). Without a
 * variant, a service with exactly one variant matches it. An unknown service or variant
 * throws InputError naming it, `where` it was asked for and the closest matches.
 *
 * @example findPrice(nordstrand, "GPS", "per unit", "pakke.json: alternatives[0].lines[2]").priceNok // 81
 */
export function findPrice(catalogue: PriceCatalogue, service: string, variant: string | undefined, where: string): PriceEntry {
  const s = normaliseName(service);
  const ofService = catalogue.entries.filter((e) => normaliseName(e.service) === s);
  const cat = catalogue.file ?? catalogue.name;
  if (ofService.length === 0) {
    const near = closestMatches(service, catalogueServices(catalogue), 3);
    throw new InputError(
      `${where}, field "service": expected a service in the price catalogue ${cat}, got "${service}"; closest matches: ${near.map((n) => `"${n}"`).join(", ")}`,
    );
  }
  if (variant === undefined) {
    if (ofService.length === 1) return ofService[0];
    throw new InputError(
      `${where}, field "variant": expected one of the variants of "${ofService[0].service}" (${ofService.map((e) => `"${e.variant}"`).join(", ")}), got no variant`,
    );
  }
  const v = normaliseName(variant);
  const hit = ofService.find((e) => normaliseName(e.variant) === v);
  if (hit) return hit;
  const near = closestMatches(
    variant,
    ofService.map((e) => e.variant),
    3,
  );
  throw new InputError(
    `${where}, field "variant": expected a variant of "${ofService[0].service}" in the price catalogue ${cat}, got "${variant}"; closest matches: ${near.map((n) => `"${n}"`).join(", ")}`,
  );
}

/** "Tjeneste, variant" (the variant left out when blank). */
export function serviceLabel(service: string, variant: string): string {
  return variant ? `${service}, ${variant}` : service;
}
