import type { FormattedTable } from "./calculator";
import { formatNumber, formatPercent } from "./format";
import type { TimelineRow } from "../pathways/deterministic";
import type { PersonaModel } from "../pathways/model";
import type { PersonaSummaryRow } from "../pathways/persona-results";
import type { PublishedComparison } from "../pathways/published";
import type { ScaleUpRow } from "../pathways/scale-up-results";

const MEASURE_LABELS: Record<string, string> = {
  lifetime_cost_nok: "Livstidskostnad (kr)",
  staff_hours: "Personaltimer",
  fte: "Årsverk",
  investment_nok: "Investering (kr)",
  years_in_phase: "År i fasen",
  onset_age: "Alder ved start",
  death_age: "Alder ved død",
  new_cases: "Nye tilfeller",
  persons: "Personer i fasen",
  cost_nok: "Kostnad (kr)",
  total_cost_nok: "Kostnad inkl. investering (kr)",
  net_cost_nok: "Netto merkostnad (kr)",
  cumulative_net_cost_nok: "Akkumulert netto (kr)",
  break_even_year: "Balanseår",
};

/** The Norwegian label of a measure. */
export function measureLabel(m: string): string {
  return MEASURE_LABELS[m] ?? m;
}

function decimalsFor(measure: string): number {
  return measure === "fte" || measure === "years_in_phase" || measure.endsWith("_age") || measure === "persons" ? 1 : 0;
}

/** The deterministic timeline as a table: one row per age, cost and staff hours per pathway. */
export function timelineTable(model: PersonaModel, rows: readonly TimelineRow[]): FormattedTable {
  const ages = [...new Set(rows.map((r) => r.age))];
  const at = new Map(rows.map((r) => [`${r.pathway}:${r.age}`, r]));
  return {
    title: `${model.name}: kostnad (kr per år, ${model.catalogue.priceYear ?? ""}-kr) og personaltimer per alder`,
    header: ["Alder", ...model.pathways.map((p) => `${p.name} kr`), ...model.pathways.map((p) => `${p.name} timer`)],
    rows: ages.map((a) => [
      String(a),
      ...model.pathways.map((p) => formatNumber(at.get(`${p.id}:${a}`)!.costNok)),
      ...model.pathways.map((p) => formatNumber(at.get(`${p.id}:${a}`)!.staffHours)),
    ]),
  };
}

/** The phases of each pathway: ages, annual cost and hours, and whether priced from the catalogue or published. */
export function phaseTable(model: PersonaModel): FormattedTable {
  return {
    title: "Faser",
    header: ["Forløp", "Fase", "Alder", "Kr per år", "Timer per år", "Grunnlag"],
    rows: model.pathways.flatMap((p) =>
      p.phases.map((ph) => [
        p.name,
        ph.name.length > 48 ? `${ph.name.slice(0, 47)}…` : ph.name,
        `${formatNumber(ph.startAge, 0)}–${formatNumber(ph.endAge, 0)}`,
        formatNumber(ph.annualCostNok),
        formatNumber(ph.annualStaffHours),
        ph.basis === "published" ? "publisert tall" : "prisliste",
      ]),
    ),
  };
}

/** Deviations from the published table per age, and the totals with how the published ones arise. */
export function publishedTables(model: PersonaModel, c: PublishedComparison): FormattedTable[] {
  const ages = [...new Set(c.rows.map((r) => r.age))];
  const at = new Map(c.rows.map((r) => [`${r.pathway}:${r.age}`, r]));
  const pct = (x: number | null) => (x === null ? "–" : formatPercent(x, 2));
  const name = (id: string) => model.pathways.find((p) => p.id === id)?.name ?? id;
  return [
    {
      title: "Avvik fra publisert tabell (modell avrundet til hele kroner og timer ÷ publisert − 1)",
      header: ["Alder", ...model.pathways.map((p) => `${p.name} kr`), ...model.pathways.map((p) => `${p.name} timer`)],
      rows: ages.map((a) => [
        String(a),
        ...model.pathways.map((p) => pct(at.get(`${p.id}:${a}`)!.costDeviation)),
        ...model.pathways.map((p) => pct(at.get(`${p.id}:${a}`)!.hoursDeviation)),
      ]),
    },
    {
      title: `Summer: modellen med hver alder én gang, og summert slik tabellen er publisert${c.duplicateAges.length ? ` (alder ${c.duplicateAges.join(", ")} står to ganger der)` : ""}`,
      header: [
        "Forløp",
        "Modell kr",
        "Årsverk",
        "Som publisert kr",
        "Publisert kr",
        "Modell timer",
        "Som publisert timer",
        "Publisert timer",
        "Investering kr",
      ],
      rows: c.totals.map((t) => [
        name(t.pathway),
        formatNumber(t.costNok),
        formatNumber(t.staffHours / model.catalogue.hoursPerFte, 1),
        formatNumber(t.costAsPublishedNok),
        formatNumber(t.publishedCostNok),
        formatNumber(t.staffHours),
        formatNumber(t.staffHoursAsPublished),
        formatNumber(t.publishedStaffHours),
        formatNumber(t.publishedInvestmentNok),
      ]),
    },
  ];
}

/** The persona Monte Carlo summary as a table. */
export function personaSummaryTable(model: PersonaModel, rows: readonly PersonaSummaryRow[]): FormattedTable {
  const name = (id: string) => {
    const parts = id.split("-");
    const n = (x: string) => model.pathways.find((p) => p.id === x)?.name ?? x;
    return parts.length === 2 && model.pathways.some((p) => p.id === parts[0]) ? `${n(parts[0])} − ${n(parts[1])}` : n(id);
  };
  const r0 = rows[0];
  return {
    title: `${model.name}: Monte Carlo, ${formatNumber(r0?.replicates ?? 0)} simulerte personer, frø ${r0?.seed ?? ""}`,
    header: ["Forløp", "Mål", "Fase", "Gjennomsnitt", "Std.feil", "P5", "P50", "P95"],
    rows: rows.map((r) => {
      const d = decimalsFor(r.measure);
      return [
        name(r.pathway),
        measureLabel(r.measure),
        r.phase,
        formatNumber(r.mean, d),
        formatNumber(r.se, d === 0 ? 0 : 2),
        formatNumber(r.p5, d),
        formatNumber(r.p50, d),
        formatNumber(r.p95, d),
      ];
    }),
  };
}

/** The scale-up summary as a table (persons per phase left out; see the CSV). */
export function scaleUpTable(rows: readonly ScaleUpRow[]): FormattedTable {
  const keep = rows.filter((r) => r.measure !== "persons" && r.measure !== "investment_nok" && r.measure !== "cost_nok");
  const r0 = rows[0];
  return {
    title: `Oppskalering: ${formatNumber(r0?.replicates ?? 0)} replikater, frø ${r0?.seed ?? ""} (mill. kr der beløp)`,
    header: ["Scenario", "År", "Mål", "Gjennomsnitt", "P5", "P50", "P95"],
    rows: keep.map((r) => {
      const money = r.unit === "kr";
      const f = (x: number) =>
        money
          ? formatNumber(x / 1e6, 1)
          : r.measure === "break_even_year"
            ? x.toFixed(1).replace(".", ",").replace(/,0$/, "")
            : formatNumber(x, decimalsFor(r.measure));
      return [r.scenario, String(r.year), measureLabel(r.measure), f(r.mean), f(r.p5), f(r.p50), f(r.p95)];
    }),
  };
}
