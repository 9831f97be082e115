import type { StaircaseSteps } from "../effort/compare";
import { InputError } from "../errors";
import type { CsvTable } from "./csv";

/**
 * A staircase read back from a run's innsatstrapp.csv (table `step` rows: cost, share,
 * recipients, cost_per_recipient, arsverk; the `total` row total_given when the total was
 * given, else the sum of the step costs). `file` names the table in messages.
 */
export function staircaseFromRunTable(t: CsvTable, file: string): StaircaseSteps {
  const need = ["table", "staircase", "step", "step_name", "measure", "value"];
  const missing = need.filter((c) => !t.header.includes(c));
  if (missing.length) throw new InputError(`${file}: expected the columns of innsatstrapp.csv (${need.join(",")}), got ${t.header.join(",")}`);
  const at = (r: string[], c: string) => r[t.header.indexOf(c)] ?? "";
  const steps = new Map<number, StaircaseSteps["steps"][number] & { [k: string]: unknown }>();
  let name = "";
  let given: number | null = null;
  t.rows.forEach((r, k) => {
    name ||= at(r, "staircase");
    const value = Number(at(r, "value"));
    if (!Number.isFinite(value)) throw new InputError(`${file}: line ${t.lines[k]}, field "value": expected a number, got "${at(r, "value")}"`);
    if (at(r, "table") === "total" && at(r, "measure") === "total_given") given = value;
    if (at(r, "table") !== "step") return;
    const n = Number(at(r, "step"));
    let s = steps.get(n);
    if (!s) steps.set(n, (s = { step: n, name: at(r, "step_name"), costNok: null, share: null, recipients: null, costPerRecipientNok: null, arsverk: null }));
    const field = { cost: "costNok", share: "share", recipients: "recipients", cost_per_recipient: "costPerRecipientNok", arsverk: "arsverk" }[
      at(r, "measure")
    ];
    if (field) s[field] = value;
  });
  const list = [...steps.values()].sort((a, b) => a.step - b.step);
  return { name, totalCostNok: given ?? list.reduce((t, s) => t + (s.costNok ?? 0), 0), steps: list };
}
