import type { PriceCatalogue } from "../calculator/catalogue";
import type { CoverageInput } from "../coverage/types";
import type { HousingInput } from "../housing/types";
import { formatNumber, formatPercent } from "./format";
import type { PopulationScenario } from "../scenario/population";
import type { AssumptionRow } from "../run/result-table";
import type { RunResult } from "../run/run";

const kr = (v: number, py: number) => `${formatNumber(v)} kr (${py}-kr)`;

function rates(r: Record<string, number> | undefined, unit: string): string {
  if (!r) return "";
  return Object.entries(r)
    .map(([b, v]) => `${b}: ${unit === "hours" ? formatNumber(v, 2) : formatPercent(v, 2)}`)
    .join("; ");
}

/** The population part's assumptions (file, alternatives, calibration, flows). */
export function populationAssumptions(p: PopulationScenario, file: string, names: Record<string, string>): AssumptionRow[] {
  const rows: AssumptionRow[] = [
    { part: "Befolkning", item: "Befolkningsfil", value: file, source: "SSB; se data/README.md" },
    {
      part: "Befolkning",
      item: "Alternativer",
      value: p.alternatives.map((a) => `${a} (${names[a] ?? a})`).join(", "),
      source: "SSBs forutsetninger 2024 (data/ssb-2024-assumptions.json)",
    },
    { part: "Befolkning", item: "Kalibrering", value: p.calibrate ? "tilpasset SSBs MMMM i filens senere år" : "ingen", source: "scenarioet" },
    { part: "Befolkning", item: "Siste år", value: String(p.endYear), source: "scenarioet" },
  ];
  for (const f of p.flows)
    rows.push({
      part: "Befolkning",
      item: `Ekstra flytting: ${f.label}`,
      value: `${f.ages} år, ${Object.entries(f.perYear)
        .map(([y, n]) => `${y}: ${formatNumber(n)}`)
        .join("; ")}`,
      source: "scenarioet",
    });
  return rows;
}

/** Services (rates, årsverk and cost per unit, source) and alternatives of the coverage part. */
export function coverageAssumptions(c: CoverageInput): AssumptionRow[] {
  const rows: AssumptionRow[] = [];
  for (const s of c.services) {
    const what = s.rates
      ? `dekningsgrad ${rates(s.rates, s.unit)}`
      : `antall ${Object.entries(s.counts ?? {})
          .map(([b, v]) => `${b}: ${formatNumber(v)}`)
          .join("; ")}`;
    rows.push({
      part: "Dekningsgrader",
      item: s.name,
      value: `${what}; ${formatNumber(s.arsverkPerUnit, 3)} årsverk og ${kr(s.unitCost.value, s.unitCost.priceYear)} per enhet og år`,
      source: s.source ?? "",
    });
  }
  for (const a of c.alternatives ?? []) rows.push({ part: "Dekningsgrader", item: `Alternativ: ${a.name}`, value: a.description ?? "", source: "scenarioet" });
  if (c.positionSize !== undefined)
    rows.push({ part: "Dekningsgrader", item: "Stillingsstørrelse", value: formatPercent(c.positionSize, 0), source: "scenarioet" });
  return rows;
}

/** Steps (årsverk, cost, source), profiles' path and position size of the housing part. */
export function housingAssumptions(h: HousingInput): AssumptionRow[] {
  const rows: AssumptionRow[] = h.steps.map((s) => ({
    part: "Boligtrapp",
    item: s.name,
    value: `${formatNumber(s.arsverkPerUnit, 3)} årsverk og ${kr(s.costPerUnit.value, s.costPerUnit.priceYear)} per enhet og år${s.stock != null ? `; beholdning ${formatNumber(s.stock)}` : "; beholdning: basisårets behov"}`,
    source: s.source ?? "",
  }));
  const shape = h.path.shape === "linear" ? "lineært" : "langs en S-kurve";
  rows.push({
    part: "Boligtrapp",
    item: "Vei til alternativ profil",
    value: `${shape} fra ${h.path.startYear ?? h.baseYear ?? "basisåret"} til ${h.path.targetYear}`,
    source: "scenarioet",
  });
  rows.push({ part: "Boligtrapp", item: "Stillingsstørrelse", value: formatPercent(h.positionSize ?? 0.67, 0), source: "scenarioet" });
  return rows;
}

/** The price catalogue used by the prices part. */
export function catalogueAssumptions(c: PriceCatalogue, packages: string[]): AssumptionRow[] {
  return [
    {
      part: "Ressurskalkulator",
      item: "Priskatalog",
      value: `${c.name}${c.version ? `, versjon ${c.version}` : ""}${c.priceYear ? `, ${c.priceYear}-kr` : ""}; ${formatNumber(c.hoursPerFte)} timer per årsverk`,
      source: c.municipality ?? "",
    },
    ...packages.map((p) => ({ part: "Ressurskalkulator", item: "Tjenestepakke", value: p, source: "scenarioet" })),
  ];
}

/**
 * Every assumption of a run as the report and the workbook list them: the population,
 * coverage, housing and price catalogue as the resolved scenario gives them, then what the
 * parts added (personas, uncertainty, seed and replicates).
 */
export function runAssumptions(result: RunResult): AssumptionRow[] {
  const ch = result.coverageHousing;
  const rows: AssumptionRow[] = [];
  if (result.population) rows.push(...populationAssumptions(result.resolved.population, result.population.file, result.population.names));
  if (ch?.coverage && ch.scenario.coverage) rows.push(...coverageAssumptions(ch.scenario.coverage));
  if (ch?.housing && ch.scenario.housing) rows.push(...housingAssumptions(ch.scenario.housing));
  if (result.catalogue) rows.push(...catalogueAssumptions(result.catalogue, result.resolved.scenario.prices?.packages ?? []));
  return [...rows, ...result.assumptions];
}
