import { describe, expect, it } from "vitest";
import { buildStepSet, formatStepNumbers, requireStep } from "../../engine/effort/steps";
import { InputError } from "../../engine/errors";

const steps = (n: number) => Array.from({ length: n }, (_, i) => ({ step: i + 1, name: `Trinn ${i + 1}`, description: "", category: "" }));

describe("buildStepSet", () => {
  it("orders steps and refuses a step number twice", () => {
    const set = buildStepSet("X", [steps(3)[2], steps(3)[0], steps(3)[1]]);
    expect(set.steps.map((s) => s.step)).toEqual([1, 2, 3]);
    expect(() => buildStepSet("X", [...steps(3), { step: 2, name: "igjen", description: "", category: "" }], "x.csv", [2, 3, 4, 5])).toThrow(
      'x.csv: line 5, field "step": expected each step number once, got 2 again (first at x.csv: line 3)',
    );
  });
});

describe("requireStep", () => {
  it("names a step that does not exist and the set's steps (bad input)", () => {
    const set = buildStepSet("Asker 2020", steps(13));
    expect(requireStep(set, 13, "k").name).toBe("Trinn 13");
    expect(() => requireStep(set, 14, 'keys.csv: line 5, field "step"')).toThrow(InputError);
    expect(() => requireStep(set, 14, 'keys.csv: line 5, field "step"')).toThrow(
      'keys.csv: line 5, field "step": expected one of the steps 1-13 of Asker 2020, got 14',
    );
  });
});

describe("formatStepNumbers", () => {
  it("writes runs", () => {
    expect(formatStepNumbers([10, 7, 8, 1, 2, 3])).toBe("1-3, 7-8, 10");
  });
});
