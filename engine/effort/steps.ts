import { InputError } from "../errors";

/** One step of an effort staircase (innsatstrapp). */
export interface Step {
  /** Step number; 1 is the lowest (least intervention). */
  step: number;
  name: string;
  description: string;
  /** The group of steps it belongs to, e.g. "Forebygging og tidlig innsats" ("" when none). */
  category: string;
  /** What a recipient on this step is counted as ("mottakere", "plasser", "innbyggere"; optional). */
  recipientUnit?: string;
}

/** A municipality's staircase: its steps in order. */
export interface StepSet {
  name: string;
  steps: Step[];
  /** The file it was read from, for messages. */
  file?: string;
}

/**
 * Checks and orders a step set: at least one step, whole non-negative step numbers, each
 * number once, a name for each. `lines` (optional, parallel to `steps`) locate errors.
 */
export function buildStepSet(name: string, steps: Step[], file?: string, lines?: number[]): StepSet {
  const at = (k: number) => `${file ?? name}${lines ? `: line ${lines[k]}` : `: steps[${k}]`}`;
  if (steps.length === 0) throw new InputError(`${file ?? name}: expected at least one step, got none`);
  const seen = new Map<number, number>();
  steps.forEach((s, k) => {
    if (!Number.isInteger(s.step) || s.step < 0) throw new InputError(`${at(k)}, field "step": expected a whole step number, got ${s.step}`);
    if (!s.name.trim()) throw new InputError(`${at(k)}, field "name": expected a step name, got ""`);
    const prev = seen.get(s.step);
    if (prev !== undefined) throw new InputError(`${at(k)}, field "step": expected each step number once, got ${s.step} again (first at ${at(prev)})`);
    seen.set(s.step, k);
  });
  return { name, file, steps: steps.slice().sort((a, b) => a.step - b.step) };
}

/** Step numbers as runs: [1, 2, 3, 7, 8, 10] → "1-3, 7-8, 10". */
export function formatStepNumbers(numbers: readonly number[]): string {
  const n = Array.from(new Set(numbers)).sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < n.length; ) {
    let j = i;
    while (j + 1 < n.length && n[j + 1] === n[j] + 1) j++;
    runs.push(j > i ? `${n[i]}-${n[j]}` : `${n[i]}`);
    i = j + 1;
  }
  return runs.join(", ");
}

/** The step numbers of a set as a readable range or list: "1-13" or "1-2, 4". */
export function stepRange(set: StepSet): string {
  return formatStepNumbers(set.steps.map((s) => s.step));
}

/**
 * The step with the given number; a step that does not exist throws InputError naming
 * `where` (file, line or field path) and the set's steps.
 *
 * @example requireStep(asker, 14, 'keys.csv: line 5, field "step"') // throws: expected one of the steps 1-13 of Asker 2020, got 14
 */
export function requireStep(set: StepSet, step: number, where: string): Step {
  const hit = set.steps.find((s) => s.step === step);
  if (!hit) throw new InputError(`${where}: expected one of the steps ${stepRange(set)} of ${set.name}, got ${step}`);
  return hit;
}
