import { describe, expect, it } from "vitest";
import { parseNumberText } from "../../engine/io/number-text";
import { LIMITS, limitText } from "../../engine/limits";

describe("parseNumberText: numbers as Norwegian files and Excel write them", () => {
  it("reads decimal commas and points, and groups of three digits with space, no-break or narrow no-break space", () => {
    expect(parseNumberText("5454")).toBe(5454);
    expect(parseNumberText("5454,5")).toBe(5454.5);
    expect(parseNumberText("5454.5")).toBe(5454.5);
    expect(parseNumberText("27 501")).toBe(27501);
    expect(parseNumberText("27\u00a0501,25")).toBe(27501.25);
    expect(parseNumberText("1\u202f234\u202f567")).toBe(1234567);
    expect(parseNumberText("−1 234,50")).toBe(-1234.5);
    expect(parseNumberText("1,5e3")).toBe(1500);
    expect(parseNumberText("  ")).toBeUndefined();
  });

  it("refuses what is not one number (NaN), never reading part of it", () => {
    for (const t of ["1.234,5", "1,234.5", "5 45 4", "12 %", "Infinity", "1e", "abc", "1 2", "--1"]) expect(parseNumberText(t)).toBeNaN();
    // a comma is a decimal mark, never a thousands separator
    expect(parseNumberText("1,234")).toBe(1.234);
  });

  it("limits are written the Norwegian way in messages", () => {
    expect(limitText(LIMITS.persons)).toBe("100 000 000");
    expect(limitText(LIMITS.anyNumber)).toBe("10^12");
    expect(limitText(LIMITS.workers)).toBe("256");
  });
});
