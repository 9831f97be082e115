import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../engine/io/scenario-file";
import { runScenario } from "../../engine/run/run";
import { prepareScenarioUncertainty } from "../../engine/run/uncertainty-setup";
import { replicateLayout } from "../../engine/uncertainty/layout";
import { runReplicates, runUncertaintyAsync } from "../../engine/uncertainty/parallel";
import { runReplicateBlock } from "../../engine/uncertainty/replicates";
import { runUncertainty } from "../../engine/uncertainty/result";

const base = loadScenarioFile("scenarios/default.json");

describe("runReplicates: one worker pool (engine/parallel)", () => {
  it("gives the same rows, to the bit, on one thread and on two workers (blocks of 25; population, summary, series, scale-up and figures)", async () => {
    const { setup } = prepareScenarioUncertainty(base);
    const one = await runReplicates(setup, 2040, 30, 1);
    const two = await runReplicates(setup, 2040, 30, 2);
    const l = replicateLayout(setup);
    expect(two.length).toBe(30 * l.stride);
    expect(Buffer.from(two.buffer).equals(Buffer.from(one.buffer))).toBe(true);
    // and a block is the same rows however it is cut.
    expect(Array.from(runReplicateBlock(setup, 2040, 26, 28))).toEqual(Array.from(one.subarray(26 * l.stride, 28 * l.stride)));
    // another seed gives other rows (the comparison can fail).
    expect(Array.from(await runReplicates(setup, 7, 2, 1))).not.toEqual(Array.from(one.subarray(0, 2 * l.stride)));
  }, 60_000);

  it("gives trappa sensitivity's replicates the same figures and percentiles on one thread and on two workers", async () => {
    const { setup } = prepareScenarioUncertainty(base);
    const one = runUncertainty(setup, { replicates: 30 });
    const two = await runUncertaintyAsync(setup, { replicates: 30, workers: 2 });
    for (const k of one.keys) expect(Array.from(two.figures[k]), k).toEqual(Array.from(one.figures[k]));
    expect(two.summary).toEqual(one.summary);
    expect(two.decomposition).toEqual(one.decomposition);
    expect(one.keys).toContain("scaleup_saving_target_year");
  }, 60_000);
});

describe("trappa run --uncertainty and trappa sensitivity: the same draws and evaluation for the same seed", () => {
  it("give the same scale-up saving and break-even year percentiles, and the council summary within its rounding", () => {
    const run = runScenario(base, { uncertainty: 12 }).uncertainty!;
    const sens = runUncertainty(prepareScenarioUncertainty(base).setup, { replicates: 12 });
    expect(run.seed).toBe(sens.seed);
    const su = run.scaleUp!;
    const last = su.years.length - 1;
    const saving = sens.summary.scaleup_saving_target_year;
    [saving.low, saving.median, saving.high].forEach((v, k) => expect(su.saving.stats[k][last]).toBeCloseTo(v * 1e6, 0));
    const be = sens.summary.scaleup_break_even_year;
    expect(su.breakEven.stats).toEqual([be.low, be.median, be.high].map((v) => expect.closeTo(v, 6)));
    // The run builds each replicate's summary from totals rounded to 0.1 mill. kr (so that its rows add up): a difference of two such totals is within 0.1.
    const red = run.summary.find((r) => r.key === "cost_reduction_alt_profile")!;
    const s = sens.summary.cost_reduction_alt_profile;
    [s.low, s.median, s.high].forEach((v, k) => expect(Math.abs(red.stats[k] - v)).toBeLessThanOrEqual(0.1 + 1e-9));
    // Another seed gives other draws (the comparison can fail).
    const other = runUncertainty(prepareScenarioUncertainty(base, { seed: 7 }).setup, { replicates: 12 });
    expect(other.summary.scaleup_saving_target_year.median).not.toBeCloseTo(saving.median, 3);
  }, 60_000);
});
