import { describe, expect, it } from "vitest";
import { builtInStaircases, loadStaircase, parseAccountsCsv, parseKeysCsv, parseStaircaseCsv, readEffortFile } from "../../engine/io/effort-files";
import { projectRoot } from "../../engine/root";

describe("parseStaircaseCsv", () => {
  it("reads steps, figures (only rows with numbers) and settings", () => {
    const s = parseStaircaseCsv("# name: X\n# price_year: 2020\nstep,name,category,recipients,cost_nok\n1,A,K,,\n2,B,K,10,1 000\n", "s.csv");
    expect(s.name).toBe("X");
    expect(s.priceYear).toBe(2020);
    expect(s.stepSet.steps.map((x) => x.name)).toEqual(["A", "B"]);
    expect(s.figures).toEqual([{ step: 2, recipients: 10, costNok: 1000, pricePerRecipientNok: undefined, where: "s.csv: line 5" }]);
  });
  it("ships Færder's 12, Alver's 13 and Asker's 13 steps with names, descriptions and categories", () => {
    expect(builtInStaircases()).toEqual(["alver-2021", "asker-2020", "faerder-2024"]);
    const n = (name: string) => loadStaircase(name).stepSet.steps;
    expect(n("faerder")).toHaveLength(12);
    expect(n("alver")).toHaveLength(13);
    expect(n("asker")).toHaveLength(13);
    for (const name of ["faerder", "alver", "asker"]) expect(n(name).every((s) => s.name && s.description && s.category)).toBe(true);
  });
});

describe("parseAccountsCsv and parseKeysCsv", () => {
  it("read semicolon files with Norwegian numbers and percentage shares", () => {
    expect(parseAccountsCsv("cost_centre;name;amount_nok\n0120;Stab;-1 234,50\n", "a.csv")).toEqual([
      { costCentre: "0120", name: "Stab", amountNok: -1234.5, line: 2 },
    ]);
    expect(parseKeysCsv("cost_centre;step;user_group;share\n0120;;;100 %\n0121;4;PU over 18;0,25\n", "k.csv")).toEqual([
      { costCentre: "0120", step: null, userGroup: "", share: 1, line: 2 },
      { costCentre: "0121", step: 4, userGroup: "PU over 18", share: 0.25, line: 3 },
    ]);
  });
  it("name the line and field of a bad amount or share", () => {
    expect(() => parseAccountsCsv("cost_centre,amount_nok\n1,abc\n", "a.csv")).toThrow(
      'a.csv: line 2, field "amount_nok": expected an amount in kr, got "abc"',
    );
    expect(() => parseKeysCsv("cost_centre,step,share\n1,2,x\n", "k.csv")).toThrow(
      'k.csv: line 2, field "share": expected a share such as 0.25 or 25 %, got "x"',
    );
    expect(() => parseKeysCsv("cost_centre,step,share\n1,2.5,1\n", "k.csv")).toThrow(
      'k.csv: line 2, field "step": expected a whole step number or blank, got "2.5"',
    );
  });
});

describe("readEffortFile", () => {
  it("reads the example JSON with its accounts and keys relative to the file", () => {
    const input = readEffortFile(`${projectRoot()}/scenarios/effort/eksempel/eksempelkommune.json`);
    expect(input.stepSet.steps).toHaveLength(13);
    expect(input.accounts?.amounts).toHaveLength(29);
    expect(input.shifts).toHaveLength(2);
    expect(input.priceYear).toBe(2023);
  });
  it("needs both accounts and keys", () => {
    expect(() => readEffortFile("asker", { accounts: "a.csv" })).toThrow("expected both --accounts and --keys or neither, got only --accounts");
  });
});
