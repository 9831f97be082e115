import type { InputFileSummary, InputKind } from "../../scenario/inputs";
import type { PartOutput } from "../result-table";

/** What each input file holds, in Norwegian: the values counted and the file's role. */
const KIND_NO: Record<InputKind, { values: string; role: string }> = {
  rates: { values: "dekningsgrader", role: "inndata: dekningsgrader" },
  staffing: { values: "rader med årsverk og kostnad per enhet", role: "inndata: årsverk og kostnader" },
  housingProfile: { values: "aldersgrupper i dagens boligprofil", role: "inndata: dagens boligprofil" },
};

function listNo(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} og ${items[items.length - 1]}`;
}

/**
 * The note a run's report opens with while input CSVs still hold template values (which
 * values, in which file), or null when every value is the municipality's own.
 *
 * @example templateNote([{ kind: "rates", file: "dekningsgrader.csv", absolute: "/x", values: 2, template: ["institusjon 90+"] }])
 *   // "Malverdier: 1 av 2 dekningsgrader (dekningsgrader.csv: institusjon 90+) er ennå malens …"
 */
export function templateNote(inputs: readonly InputFileSummary[]): string | null {
  const parts = inputs
    .filter((i) => i.template.length > 0)
    .map((i) =>
      i.template.length === i.values
        ? `alle ${i.values} ${KIND_NO[i.kind].values} (${i.file})`
        : `${i.template.length} av ${i.values} ${KIND_NO[i.kind].values} (${i.file}: ${i.template.join(", ")})`,
    );
  if (parts.length === 0) return null;
  return (
    `Malverdier: ${listNo(parts)} er ennå malens nasjonale eller illustrative verdier, ikke kommunens egne. ` +
    `Skriv inn kommunens tall i CSV-filene og kilden i kolonnen «kilde» (rader der kilden begynner med MALVERDI, regnes som malverdier).`
  );
}

/**
 * The input files of a run (scenario `inputs`, written by `trappa init`): each as a data
 * source and an assumption row (values and how many are still template values), and the
 * template note. Empty for a scenario without input files.
 */
export function inputsPart(inputs: readonly InputFileSummary[]): PartOutput {
  const note = templateNote(inputs);
  return {
    tables: [],
    assumptions: inputs.map((i) => ({
      part: "Inndata",
      item: i.file,
      value: `${i.values} ${KIND_NO[i.kind].values}, ${i.template.length === 0 ? "ingen malverdier" : `${i.template.length} av dem malverdier`}`,
      source: "kommunens CSV-fil (trappa init)",
    })),
    sources: inputs.map((i) => ({ role: KIND_NO[i.kind].role, path: i.absolute })),
    notes: note ? [note] : [],
  };
}
