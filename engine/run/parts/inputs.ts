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
 * values, in which file) or values changed from the template without their source, or null
 * when every value is the municipality's own with its source.
 *
 * @example templateNote([{ kind: "rates", file: "dekningsgrader.csv", absolute: "/x", values: 2, template: ["institusjon 90+"], unsourced: [] }])
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
  const unsourced = inputs.filter((i) => i.unsourced.length > 0).map((i) => `${i.file}: ${i.unsourced.join(", ")}`);
  const out: string[] = [];
  if (parts.length)
    out.push(
      `Malverdier: ${listNo(parts)} er ennå malens nasjonale eller illustrative verdier, ikke kommunens egne. ` +
        `Skriv inn kommunens tall i CSV-filene og kilden i kolonnen «kilde» (rader der kilden begynner med MALVERDI, regnes som malverdier).`,
    );
  if (unsourced.length)
    out.push(
      `Endret uten kilde: ${listNo(unsourced)} er endret fra malen, men kolonnen «kilde» begynner fortsatt med MALVERDI; skriv kilden for kommunens tall.`,
    );
  return out.length ? out.join(" ") : null;
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
      value: `${i.values} ${KIND_NO[i.kind].values}, ${i.template.length === 0 ? "ingen malverdier" : `${i.template.length} av dem malverdier`}${i.unsourced.length ? `, ${i.unsourced.length} endret uten kilde` : ""}`,
      source: "kommunens CSV-fil (trappa init)",
    })),
    sources: inputs.map((i) => ({ role: KIND_NO[i.kind].role, path: i.absolute })),
    notes: note ? [note] : [],
  };
}
