import { beforeAll, describe, expect, it } from "vitest";
import { loadCoverageHousingScenario } from "../../engine/io/coverage-housing-scenario";
import { councilSummary } from "../../engine/housing/council-summary";
import { parseBands } from "../../engine/population/bands";
import { prepareUncertainty } from "../../engine/run/uncertainty-setup";
import { runCoverageHousingScenario } from "../../engine/run/coverage-housing";
import { centralParameters } from "../../engine/uncertainty/draws";
import { replicateRow } from "../../engine/uncertainty/evaluate";
import { FIGURE_KEYS } from "../../engine/uncertainty/figures";
import { replicateLayout } from "../../engine/uncertainty/layout";
import { resolveUncertainty } from "../../engine/uncertainty/parameters";
import { bandTotals, projectReplicate } from "../../engine/uncertainty/population";
import { centralRow, runReplicateBlock } from "../../engine/uncertainty/replicates";
import { runUncertainty } from "../../engine/uncertainty/result";
import type { UncertaintySetup } from "../../engine/uncertainty/setup";

let setup: UncertaintySetup;
beforeAll(() => {
  const s = loadCoverageHousingScenario("scenarios/default.json");
  const prepared = prepareUncertainty(s, resolveUncertainty(undefined, s));
  setup = { ...prepared, tableBands: parseBands("plan"), groups: parseBands("0-79,80+").slice(1) };
});

describe("runReplicateBlock(setup, seed, from, to)", () => {
  it("gives each replicate the same row however the replicates are split into blocks", () => {
    const whole = runReplicateBlock(setup, 3, 0, 6);
    const parts = [runReplicateBlock(setup, 3, 0, 2), runReplicateBlock(setup, 3, 2, 5), runReplicateBlock(setup, 3, 5, 6)];
    const joined = new Float64Array(whole.length);
    let at = 0;
    for (const p of parts) {
      joined.set(p, at);
      at += p.length;
    }
    expect(Array.from(joined)).toEqual(Array.from(whole));
  });

  it("holds the council summary rounded as printed and unrounded (the figures, as runUncertainty reads them), and the population projectReplicate draws", () => {
    const l = replicateLayout(setup);
    const rows = runReplicateBlock(setup, 9, 0, 3);
    const r = runUncertainty(setup, { replicates: 3, seed: 9 });
    const key = "cost_reduction_alt_profile";
    for (let i = 0; i < 3; i++) {
      const rounded = rows[i * l.stride + l.summaryAt + l.summaryKeys.indexOf(key)];
      const unrounded = rows[i * l.stride + l.figuresAt + FIGURE_KEYS.indexOf(key)];
      expect(unrounded).toBe(r.figures[key][i]);
      expect(Math.abs(rounded - unrounded)).toBeLessThanOrEqual(0.1 + 1e-9);
      expect(rounded).toBe(Number(rounded.toFixed(1)));
    }
    const cols = l.columns.length;
    expect(l.columns).toEqual(["0-17", "18-49", "50-66", "67-79", "80-89", "90+", "80+"]);
    for (let i = 0; i < 3; i++) {
      bandTotals(projectReplicate(setup.population, 9, i), l.columnBands).forEach((year, t) =>
        year.forEach((v, k) => expect(rows[i * l.stride + t * cols + k]).toBe(v)),
      );
    }
  });

  it("at the central parameters gives the deterministic council summary, rounded and unrounded; a reused row gives the same numbers", () => {
    const det = runCoverageHousingScenario(setup.scenario!).housing!;
    const l = replicateLayout(setup);
    const c = centralRow(setup);
    councilSummary(det, { round: true }).rows.forEach((r, k) => expect(c[l.summaryAt + k], r.key).toBe(r.value));
    councilSummary(det, { round: false }).rows.forEach((r, k) => expect(c[l.figuresAt + k], r.key).toBe(r.value));
    const reused = runReplicateBlock(setup, 9, 0, 1);
    replicateRow(setup, centralParameters(setup), reused);
    expect(Array.from(reused)).toEqual(Array.from(c));
  });
});
