/** Weeks per year used to turn weekly quantities into annual figures (the consultants' convention). */
export const WEEKS_PER_YEAR = 52;

/**
 * The unit a catalogue price is quoted in. All but `per place per year` are priced per
 * week: a package gives a quantity per week and the annual cost is price × quantity × 52.
 * `per hour` covers group services too: their staffing factor is a catalogue column.
 */
export type PriceUnit = "per hour" | "per unit per week" | "per place per year" | "per call-out" | "per day" | "per event" | "per visit";

/** What a unit means: weekly or yearly basis, whether staff hours follow, Norwegian labels. */
export interface UnitInfo {
  /** "week": quantity per week, annual = × 52; "year": quantity is places, annual = × 1. */
  basis: "week" | "year";
  /** How staff hours are derived: from hours per week, from hours per place per year, or not at all. */
  staffHours: "hours" | "places" | "none";
  /** English unit of the quantity for tidy output, e.g. "hours per week". */
  quantityUnit: string;
  /** Norwegian label of the quantity, e.g. "timer per uke". */
  quantityLabel: string;
  /** Norwegian label of the price, e.g. "kr per time". */
  priceLabel: string;
}

const INFO: Record<PriceUnit, UnitInfo> = {
  "per hour": { quantityUnit: "hours per week", basis: "week", staffHours: "hours", quantityLabel: "timer per uke", priceLabel: "kr per time" },
  "per unit per week": {
    quantityUnit: "units per week",
    basis: "week",
    staffHours: "none",
    quantityLabel: "enheter per uke",
    priceLabel: "kr per enhet per uke",
  },
  "per place per year": { quantityUnit: "places", basis: "year", staffHours: "places", quantityLabel: "plasser", priceLabel: "kr per plass per år" },
  "per call-out": {
    quantityUnit: "call-outs per week",
    basis: "week",
    staffHours: "none",
    quantityLabel: "utrykninger per uke",
    priceLabel: "kr per utrykning",
  },
  "per day": { quantityUnit: "days per week", basis: "week", staffHours: "none", quantityLabel: "døgn per uke", priceLabel: "kr per døgn" },
  "per event": { quantityUnit: "events per week", basis: "week", staffHours: "none", quantityLabel: "hendelser per uke", priceLabel: "kr per hendelse" },
  "per visit": { quantityUnit: "visits per week", basis: "week", staffHours: "none", quantityLabel: "tilsyn per uke", priceLabel: "kr per tilsyn" },
};

/** Accepted spellings of each unit (lower case), including the source catalogues' "per week". */
const ALIASES: Record<string, PriceUnit> = {
  "per hour": "per hour",
  "per hour at staffing factor": "per hour",
  "per hour at a staffing factor": "per hour",
  "per unit per week": "per unit per week",
  "per week": "per unit per week",
  "per place per year": "per place per year",
  "per call-out": "per call-out",
  "per callout": "per call-out",
  "per day": "per day",
  "per event": "per event",
  "per visit": "per visit",
};

/** The units a catalogue may use, in display order. */
export const PRICE_UNITS = Object.keys(INFO) as PriceUnit[];

/** Meaning and labels of a price unit. */
export function unitInfo(unit: PriceUnit): UnitInfo {
  return INFO[unit];
}

/**
 * Reads a unit as written in a catalogue ("per hour", "per week", …; case-insensitive);
 * undefined when it is none of the known units or their aliases.
 */
export function parsePriceUnit(text: string): PriceUnit | undefined {
  return ALIASES[text.trim().toLowerCase().replace(/\s+/g, " ")];
}
