import { describe, expect, it } from "vitest";
import { InputError } from "../../engine/errors";
import { parsePersonaFile, personaFromSpec } from "../../engine/io/persona-file";
import { runPersonaMonteCarlo } from "../../engine/pathways/run";
import { JOHS_FILE, johs, johsSpec } from "./johs";

const F = "bad.json";
function broken(edit: (spec: any) => void): () => unknown {
  const raw = JSON.parse(JSON.stringify(johsSpec()));
  edit(raw);
  return () => personaFromSpec(parsePersonaFile(raw, F), JOHS_FILE.replace("johs.json", F));
}

describe("bad persona input", () => {
  it("a phase that references an unknown service: the calculator's error with closest matches", () => {
    const f = broken((s) => {
      s.pathways[0].phases[1].lines[0].service = "Helsetjeneste";
    });
    expect(f).toThrow(InputError);
    expect(f).toThrow(
      /bad\.json: pathways\[0\]\.phases\[1\]\.lines\[0\], field "service": expected a service in the price catalogue .*got "Helsetjeneste"; closest matches: "Helsetjenester"/,
    );
  });
  it("phases that leave a gap", () => {
    const f = broken((s) => {
      s.pathways[0].phases[2].startAge = 77;
      s.pathways[0].phases[1].durationYears = 3;
    });
    expect(f).toThrow(/pathways\[0\]\.phases\[2\]\.startAge: expected the phase to start where the previous one ends \(age 76\), got 77: a gap of 1 years/);
  });
  it("phases that overlap", () => {
    const f = broken((s) => {
      s.pathways[0].phases[1].durationYears = 4;
    });
    expect(f).toThrow(
      /pathways\[0\]\.phases\[2\]\.startAge: expected the phase to start where the previous one ends \(age 77\), got 76: the phases overlap by 1 years/,
    );
  });
  it("a last phase that ends before death, and a first that starts late", () => {
    expect(
      broken((s) => {
        s.pathways[0].phases[4].durationYears = 1;
      }),
    ).toThrow(/phases\[4\]\.durationYears: expected the last phase to last until death at 88, got an end at 87: a gap of 1 years/);
    expect(
      broken((s) => {
        s.pathways[2].phases[0].startAge = 71;
      }),
    ).toThrow(/pathways\[2\]\.phases\[0\]\.startAge: expected the first phase to start at the person's start age 70, got 71/);
  });
  it("a negative duration", () => {
    const f = broken((s) => {
      s.pathways[0].phases[0].durationYears = -3;
    });
    expect(f).toThrow(InputError);
    expect(f).toThrow(/bad\.json: pathways\[0\]\.phases\[0\]\.durationYears: expected a duration in years \(not negative\), got -3/);
  });
  it("a probability above 1", () => {
    const f = broken((s) => {
      s.pathways[0].phases[4].enterProbability = 1.2;
    });
    expect(f).toThrow(/bad\.json: pathways\[0\]\.phases\[4\]\.enterProbability: expected a probability between 0 and 1, got 1\.2/);
  });
  it("a phase with both or neither of lines and published", () => {
    expect(
      broken((s) => {
        delete s.pathways[0].phases[0].lines;
      }),
    ).toThrow(/phases\[0\]: expected exactly one of "lines" .* got neither/);
  });
  it("zero replicates", async () => {
    await expect(runPersonaMonteCarlo(johs(), { seed: 1, replicates: 0 })).rejects.toThrow(/--replicates: expected a whole number of replicates ≥ 1, got 0/);
  });
});
