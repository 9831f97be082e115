import { describe, expect, it } from "vitest";
import { lineQuantity } from "../../engine/calculator/package";
import { parsePackage } from "../../engine/io/package-file";

const line = { service: "Dag-aktivitetstilbud", variant: "bemanningsfaktor 0.3", quantityPerWeek: 16.5 };

describe("packageSchema (through parsePackage)", () => {
  it("accepts the issue's example", () => {
    const p = parsePackage({ alternatives: [{ name: "Alt. 1", lines: [line] }] }, "p.json");
    expect(p.alternatives[0].lines[0].quantityPerWeek).toBe(16.5);
  });
  it("refuses a negative quantity, naming the field path (bad input)", () => {
    expect(() => parsePackage({ alternatives: [{ lines: [line, { ...line, quantityPerWeek: -3 }] }] }, "p.json")).toThrow(
      "p.json: alternatives[0].lines[1].quantityPerWeek: expected a non-negative number, got -3",
    );
  });
  it("refuses more than three alternatives and unknown fields", () => {
    const alt = { lines: [line] };
    expect(() => parsePackage({ alternatives: [alt, alt, alt, alt] }, "p.json")).toThrow("p.json: alternatives: expected one to three alternatives, got 4");
    expect(() => parsePackage({ alternatives: [{ lines: [{ ...line, hours: 3 }] }] }, "p.json")).toThrow(
      /p.json: alternatives\[0\].lines\[0\].hours: expected no such key .*, got the unknown key "hours"/,
    );
  });
});

describe("lineQuantity", () => {
  it("needs exactly one of quantityPerWeek and places", () => {
    expect(lineQuantity(line, "l")).toEqual({ kind: "perWeek", value: 16.5 });
    expect(() => lineQuantity({ service: "x" }, "l")).toThrow('l: expected exactly one of "quantityPerWeek" and "places", got neither');
    expect(() => lineQuantity({ service: "x", quantityPerWeek: 1, places: 1 }, "l")).toThrow(/got both/);
  });
  it("refuses a negative quantity also when the schema was bypassed", () => {
    expect(() => lineQuantity({ service: "x", quantityPerWeek: -1 }, "l")).toThrow('l, field "quantityPerWeek": expected a non-negative number, got -1');
  });
});
