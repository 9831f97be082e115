import type { CouncilSummary } from "../housing/council-summary";
import { formatNumber } from "./format";

/**
 * One Norwegian paragraph saying which council-summary figures are registered and which
 * are modelled: without a registered base every figure is modelled (coverage × årsverk
 * per unit); with one, the base is the registered figures and the growth from it is
 * modelled with the profiles (and when the registered year lies before the projection,
 * that the growth between the two years is not modelled).
 */
export function summaryBasisNote(s: CouncilSummary): string {
  const r = s.registered;
  if (!r) {
    return (
      `Alle tallene i sammendraget er modellert: dagens bemanning og kostnad er beregnet som beboere × andel per trinn × årsverk og kostnad per enhet ` +
      `i ${s.dataBaseYear}, ikke registrerte tall. Et registrert grunnlag (housing.registeredBase) kan oppgis.`
    );
  }
  const parts: string[] = [];
  if (r.arsverk !== null) parts.push(`${formatNumber(r.arsverk, 1)} årsverk`);
  if (r.cost !== null) parts.push(`${formatNumber(r.cost / 1e6, 1)} mill. ${s.priceYear}-kr`);
  const units = Object.entries(r.units);
  if (units.length) parts.push(`enheter per trinn: ${units.map(([id, n]) => `${id} ${formatNumber(n)}`).join(", ")}`);
  const occ = Object.entries(r.occupancy);
  if (occ.length) parts.push(`beboere per enhet: ${occ.map(([id, n]) => `${id} ${formatNumber(n, 2)}`).join(", ")}`);
  let text = `Grunnlaget er registrert i ${r.year} (${parts.join("; ")})${r.source ? `, kilde: ${r.source}` : ""}. Veksten fra det til ${s.targetYear} er modellert med boligprofilene og befolkningsframskrivingen; rader merket «modellert» er beregnet, rader merket «registrert» er kommunens egne tall.`;
  if (r.calibrationYear !== r.year)
    text += ` Befolkningen starter i ${r.calibrationYear}, så det registrerte grunnlaget er lagt på ${r.calibrationYear}: endringen ${r.year}–${r.calibrationYear} er ikke modellert.`;
  return text;
}
