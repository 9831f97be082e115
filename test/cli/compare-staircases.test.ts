/**
 * `trappa compare` of two staircases step by step: two scenario files with an effort part
 * (test/effort/fixtures: 2023 and 2024 of a made-up municipality), their run folders, and
 * two shipped staircases. Expected differences are the fixtures' inputs subtracted by hand.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../engine/io/csv";
import { trappa } from "./run-cli";

const A = "test/effort/fixtures/trapp-2023.json";
const B = "test/effort/fixtures/trapp-2024.json";
const root = mkdtempSync(join(tmpdir(), "trappa-compare-trapp-"));

beforeAll(async () => {
  expect((await trappa(["run", A, "--out", join(root, "a")])).code).toBe(0);
  expect((await trappa(["run", B, "--out", join(root, "b")])).code).toBe(0);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function byKey(csv: string): Map<string, { a: string; b: string; d: string }> {
  return new Map(parseCsv(csv).rows.map((r) => [`${r[0]}:${r[3]}`, { a: r[4], b: r[5], d: r[6] }]));
}

describe("trappa compare A B: two staircases step by step", () => {
  it("two scenario files: cost, share (points), recipients and årsverk differences per step and in total", async () => {
    const r = await trappa(["compare", A, B, "--format", "csv"]);
    expect(r.code).toBe(0);
    const m = byKey(r.stdout);
    expect(m.get("1:cost")).toEqual({ a: "300000000", b: "320000000", d: "20000000" });
    expect(Number(m.get("1:share")!.d)).toBeCloseTo(320 / 1100 - 0.3, 10); // −0,91 percentage point
    expect(m.get("11:cost")!.d).toBe("-10000000");
    expect(m.get("11:recipients")).toEqual({ a: "200", b: "190", d: "-10" });
    expect(m.get("11:arsverk")!.d).toBe("-5");
    expect(m.get("4:arsverk")!.d).toBe("2");
    expect(m.get("7:cost")!.d).toBe("0");
    expect(m.get("total:cost")).toEqual({ a: "1000000000", b: "1100000000", d: "100000000" });
    expect(m.get("total:arsverk")!.d).toBe("-3"); // 410,5 → 407,5
  });

  it("the same from the two run folders (innsatstrapp.csv read back), and the folders' table shows the steps", async () => {
    const files = byKey((await trappa(["compare", A, B, "--format", "csv"])).stdout);
    const r = await trappa(["compare", join(root, "a"), join(root, "b")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Innsatstrapp trinn for trinn");
    expect(r.stdout).toMatch(/11 Langtidsopphold i sykehjem og helsehus\s+250,0\s+240,0\s+−10,0\s+25,0\s+21,8\s+−3,2/);
    const folders = await trappa(["compare", join(root, "a"), "test/effort/fixtures/trapp-2024.json", "--format", "csv"]);
    expect(byKey(folders.stdout)).toEqual(files);
  });

  it("two shipped staircases of different municipalities, matched on step number", async () => {
    const m = byKey((await trappa(["compare", "asker-2020", "faerder-2024", "--format", "csv"])).stdout);
    expect(m.get("7:cost")).toEqual({ a: "282000000", b: "133000000", d: "-149000000" });
    expect(m.get("13:cost")).toEqual({ a: "24200000", b: "", d: "" }); // Færder has 12 steps
  });

  it("a folder without innsatstrapp.csv is an error naming it", async () => {
    const r = await trappa(["compare", "test", "asker-2020"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/test: expected a run folder with innsatstrapp\.csv/);
  });
});
