import { describe, expect, it } from "vitest";
import { capture } from "./capture";
import { main } from "../../engine/cli";
import { projectRoot } from "../../engine/root";

const pkg = `${projectRoot()}/scenarios/calculator/johs-alternativer.json`;

describe("trappa calc", () => {
  it("prints JSON in the issue's shape (exit 0)", async () => {
    const io = capture();
    expect(await main(["calc", pkg, "--prices", "oslo-nordstrand-2023-11", "--format", "json"])).toBe(0);
    const j = JSON.parse(io.out());
    expect(j.alternatives.map((a: any) => a.name)).toEqual(["Normal (81 år)", "Proaktiv (70-79 år)", "Reaktiv (76-78 år)"]);
    expect(j.alternatives[0].annualCostNok).toBe(371735);
    expect(j.affordable[0].quantity).toHaveLength(3);
  });
  it("prints a Norwegian table", async () => {
    const io = capture();
    expect(await main(["calc", pkg, "--prices", "oslo-nordstrand-2023-11"])).toBe(0);
    expect(io.out()).toContain("Hvor mye har vi råd til");
    expect(io.out()).toContain("371\u00a0735");
  });
  it("exits 2 on bad input and 2 on usage errors", async () => {
    const io = capture();
    expect(await main(["calc", pkg, "--prices", "finnes-ikke"])).toBe(2);
    expect(io.err()).toMatch(/feil i inndata: finnes-ikke: expected a price catalogue file/);
    expect(await main(["calc", pkg])).toBe(2);
    expect(await main(["calc", pkg, "--prices", "generic-2021", "--format", "xml"])).toBe(2);
  });
});
