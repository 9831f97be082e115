import { UsageError } from "../../errors";
import { findUnit, formatUnit, mapToBorders, normalizeRegionCode } from "../../ssb/borders";
import { loadCodeHistory } from "./code-history";
import { type Place, resolveRegion } from "./regions";

/** A place a user named, at the newest borders, and how the name or code led there. */
export interface FoundPlace {
  place: Place;
  /** Norwegian note when the name or code given is a former one ("0822 Sauherad er nå en del av 4020 Midt-Telemark"); "" otherwise. */
  note: string;
}

/**
 * Finds the place a user names by municipality number or name, today's or a former one,
 * through the code history (data/ssb, 2000-2024): "4003", "Skien", "skien", "0806" (Skien
 * before 2020) and "3807" are all 4003 Skien; "Sauherad" is part of 4020 Midt-Telemark. A
 * county ("40") or the country ("0") is found too. Throws a Norwegian UsageError naming
 * what was expected and what was given when the code history does not know the name, when
 * it names several places ("Herøy") or when the place was split.
 *
 * @example findPlace("0806").place.code // "4003"
 */
export function findPlace(text: string): FoundPlace {
  const given = text.trim();
  const isCode = /^\d{1,4}$/.test(given);
  // A spreadsheet drops the leading zero of "0301": three digits are a municipality's four.
  const code = /^\d{3}$/.test(given) ? `0${given}` : given;
  const h = loadCodeHistory();
  const r = isCode ? resolveRegion(code, "") : resolveRegion("", given);
  const expected = "forventet et kommunenummer (f.eks. 4003) eller et kommunenavn (f.eks. Skien), også et tidligere";
  if (!r.place) {
    const lk = isCode ? findUnit(h, code, "", h.newestYear) : findUnit(h, "", given, h.newestYear);
    if (lk.ambiguous) {
      const names = lk.candidates.map((u) => formatUnit(u)).join(", ");
      throw new UsageError(`«${given}» kan være flere steder (${names}): forventet ett av kommunenumrene, fikk «${given}»`);
    }
    if (lk.unit) {
      const m = mapToBorders(h, lk.unit, h.newestYear);
      const parts = m.kind === "split" ? m.targets.map((u) => `${u.code} ${u.name}`).join(", ") : "";
      throw new UsageError(`${formatUnit(lk.unit)} er delt mellom ${parts}: ${expected} med dagens grenser, fikk «${given}»`);
    }
    throw new UsageError(`fant ikke «${given}» i SSBs kodeliste for kommuner og fylker 2000–${h.newestYear} (data/ssb): ${expected}, fikk «${given}»`);
  }
  const p = r.place;
  const sameCode = isCode && normalizeRegionCode(code) === p.code;
  const sameName = !isCode && given.toLowerCase() === p.name.toLowerCase();
  const note = sameCode || sameName ? "" : `«${given}» er i dag ${p.code} ${p.name} (${p.history.map((x) => x.code).join(" → ")}).`;
  return { place: p, note };
}
