/**
 * `personas.transitionShare` (the «Hva om?» panel's share of new cases on the proactive
 * pathway) in the uncertainty replicates: the transition's net cost is linear in the share,
 * so every percentile of the yearly saving at share ½ is half the one at share 1 (the same
 * draws), and the break-even year does not move.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../engine/io/scenario-file";
import { runScenario } from "../../engine/run/run";

function variant(patch: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "trappa-share-"));
  const file = join(dir, "v.json");
  writeFileSync(file, JSON.stringify({ extends: resolve("scenarios/default.json"), ...patch }));
  return file;
}

describe("personas.transitionShare in the uncertainty run", () => {
  it("halves every percentile of the yearly saving at share ½; the break-even year stays", () => {
    const full = runScenario(loadScenarioFile("scenarios/default.json"), { replicates: 2, uncertainty: 8 }).uncertainty!.scaleUp!;
    const half = runScenario(loadScenarioFile(variant({ personas: { transitionShare: 0.5 } })), { replicates: 2, uncertainty: 8 }).uncertainty!.scaleUp!;
    full.saving.stats.forEach((row, k) =>
      row.forEach((v, t) => {
        expect(half.saving.stats[k][t]).toBeCloseTo(v / 2, 0); // kroner, rounded in the table to whole kroner at most
      }),
    );
    expect(Math.abs(half.saving.stats[1][half.years.length - 1])).toBeGreaterThan(1e6);
    expect(half.breakEven.stats).toEqual(full.breakEven.stats);
  });
});
