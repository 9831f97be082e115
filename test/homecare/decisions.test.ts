import { describe, expect, it } from "vitest";
import { type Decision, recipientsFromDecisions } from "../../engine/homecare/decisions";
import { InputError } from "../../engine/errors";

const d = (personId: string, age: number, unit: string, hoursPerWeek: number, service = "HS"): Decision => ({ personId, age, unit, service, hoursPerWeek });

describe("recipientsFromDecisions: decisions gathered per person (hand-made)", () => {
  it("sums each person's hours and counts their decisions, persons in the order first met", () => {
    const r = recipientsFromDecisions([d("7", 82, "Nord", 2), d("3", 90, "Sør", 1), d("7", 82, "Sør", 3), d("7", 82, "Nord", 1.5, "PB")]);
    expect(r).toEqual([
      // Nord 2 + 1.5 = 3.5 h beats Sør 3 h
      { personId: "7", age: 82, unit: "Nord", hoursPerWeek: 6.5, decisions: 3 },
      { personId: "3", age: 90, unit: "Sør", hoursPerWeek: 1, decisions: 1 },
    ]);
  });

  it("a tie of units goes to the unit met first; a unit with more hours later wins", () => {
    expect(recipientsFromDecisions([d("1", 70, "Øst", 2), d("1", 70, "Vest", 2)])[0].unit).toBe("Øst");
    expect(recipientsFromDecisions([d("1", 70, "Øst", 2), d("1", 70, "Vest", 2.5)])[0].unit).toBe("Vest");
    expect(recipientsFromDecisions([])).toEqual([]);
  });

  it("refuses two ages for one person, naming both decisions", () => {
    const two = [
      { ...d("9", 80, "Nord", 1), where: "vedtak.csv: line 2" },
      { ...d("9", 81, "Nord", 1), where: "vedtak.csv: line 5" },
    ];
    expect(() => recipientsFromDecisions(two)).toThrow(InputError);
    expect(() => recipientsFromDecisions(two)).toThrow(
      'vedtak.csv: line 5, field "age": expected the age 80 given for person "9" at vedtak.csv: line 2, got 81',
    );
  });
});
