import { InputError } from "../errors";
import type { PathwaySpec, PersonaFile } from "../scenario/personas";

/** Where a phase lies on the published timeline: ages [startAge, endAge). */
export interface PhaseSpan {
  startAge: number;
  endAge: number;
}

const EPS = 1e-9;

/**
 * Places a pathway's phases on the timeline, in order: each starts at `startAge`, or
 * `startAfterYears` after the previous phase started, or where the previous one ends; each
 * lasts `durationYears` or up to the next phase's start; the last lasts until the person's
 * death age. The first phase must start at the person's start age. A gap between phases, an
 * overlap, a phase that starts before the previous one or a timeline that does not end at
 * death is an InputError naming `file`, the field path, what was expected and what was found.
 *
 * @example resolvePathwayTimeline(johs, johs.pathways[0], 0, "johs.json") // [{startAge: 70, endAge: 73}, …]
 */
export function resolvePathwayTimeline(persona: Pick<PersonaFile, "person">, pathway: PathwaySpec, index: number, file: string): PhaseSpan[] {
  const { startAge: personStart, deathAge } = persona.person;
  const at = (k: number) => `${file}: pathways[${index}].phases[${k}]`;
  if (!(deathAge > personStart)) {
    throw new InputError(`${file}: person.deathAge: expected an age after the start age ${personStart}, got ${deathAge}`);
  }
  const spans: PhaseSpan[] = [];
  let prevStart = NaN;
  let prevEnd: number | undefined;
  pathway.phases.forEach((ph, k) => {
    let start: number | undefined;
    if (ph.startAge !== undefined) start = ph.startAge;
    if (ph.startAfterYears !== undefined) {
      if (k === 0)
        throw new InputError(
          `${at(k)}.startAfterYears: expected no "startAfterYears" on the first phase (it starts at the person's start age), got ${ph.startAfterYears}`,
        );
      const s = prevStart + ph.startAfterYears;
      if (start !== undefined && Math.abs(start - s) > EPS) {
        throw new InputError(
          `${at(k)}: expected "startAge" and "startAfterYears" to agree, got age ${start} and ${ph.startAfterYears} years after the previous start (age ${s})`,
        );
      }
      start = s;
    }
    if (k === 0) {
      start ??= personStart;
      if (Math.abs(start - personStart) > EPS) {
        throw new InputError(`${at(k)}.startAge: expected the first phase to start at the person's start age ${personStart}, got ${start}`);
      }
    } else {
      if (start === undefined) start = prevEnd;
      if (start === undefined) {
        throw new InputError(`${at(k)}: expected "startAge", "startAfterYears" or a "durationYears" on the phase before, got none of them`);
      }
      if (prevEnd !== undefined) {
        if (start > prevEnd + EPS) {
          throw new InputError(
            `${at(k)}.startAge: expected the phase to start where the previous one ends (age ${prevEnd}), got ${start}: a gap of ${round(start - prevEnd)} years`,
          );
        }
        if (start < prevEnd - EPS) {
          throw new InputError(
            `${at(k)}.startAge: expected the phase to start where the previous one ends (age ${prevEnd}), got ${start}: the phases overlap by ${round(prevEnd - start)} years`,
          );
        }
      } else if (start < prevStart - EPS) {
        throw new InputError(`${at(k)}.startAge: expected a start at or after the previous phase's start (age ${prevStart}), got ${start}: the phases overlap`);
      }
      spans[k - 1].endAge = start;
    }
    const end = ph.durationYears !== undefined ? start + ph.durationYears : undefined;
    spans.push({ startAge: start, endAge: end ?? NaN });
    prevStart = start;
    prevEnd = end;
  });
  const last = spans[spans.length - 1];
  const k = spans.length - 1;
  if (Number.isNaN(last.endAge)) last.endAge = deathAge;
  else if (last.endAge < deathAge - EPS) {
    throw new InputError(
      `${at(k)}.durationYears: expected the last phase to last until death at ${deathAge}, got an end at ${last.endAge}: a gap of ${round(deathAge - last.endAge)} years`,
    );
  } else if (last.endAge > deathAge + EPS) {
    throw new InputError(
      `${at(k)}.durationYears: expected the last phase to end at death (age ${deathAge}), got an end at ${last.endAge}: it overlaps death by ${round(last.endAge - deathAge)} years`,
    );
  }
  if (last.startAge > deathAge + EPS) {
    throw new InputError(`${at(k)}.startAge: expected a start before death at ${deathAge}, got ${last.startAge}`);
  }
  return spans;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
