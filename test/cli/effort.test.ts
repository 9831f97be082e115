import { describe, expect, it } from "vitest";
import { capture } from "./capture";
import { main } from "../../engine/cli";
import { projectRoot } from "../../engine/root";

const dir = `${projectRoot()}/scenarios/effort/eksempel`;

describe("trappa effort", () => {
  it("prints the Asker staircase and warns about its inconsistent steps", async () => {
    const io = capture();
    expect(await main(["effort", "asker"])).toBe(0);
    expect(io.out()).toContain("1\u00a0813,5");
    expect(io.err().match(/advarsel/g)).toHaveLength(3);
  });
  it("allocates accounts given as options and writes tidy CSV", async () => {
    const io = capture();
    expect(await main(["effort", "alver", "--accounts", `${dir}/regnskap.csv`, "--keys", `${dir}/nokler.csv`, "--format", "csv"])).toBe(0);
    const lines = io.out().trim().split("\n");
    expect(lines[0]).toBe("table,staircase,step,step_name,user_group,cost_centre,shift,measure,value,unit,price_year");
    expect(lines).toContain("unallocated,Alver 2021,,,,1990,,unallocated_no_key,1500000,NOK per year,2021");
  });
  it("exits 2 when --accounts comes without --keys, 1 on bad input", async () => {
    capture();
    expect(await main(["effort", "alver", "--accounts", `${dir}/regnskap.csv`])).toBe(2);
    expect(await main(["effort", "finnes-ikke"])).toBe(2);
  });
});
