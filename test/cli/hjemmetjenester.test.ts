import { describe, expect, it } from "vitest";
import { parseCsv } from "../../engine/io/csv";
import { trappa } from "./run-cli";

describe("trappa hjemmetjenester FIL", () => {
  it("has Norwegian help", async () => {
    const r = await trappa(["help", "hjemmetjenester"]);
    expect(r.stdout).toMatch(/vedtaksliste/);
    expect(r.stdout).toMatch(/direkte/);
  });

  it("the decision list alone (CSV) with flags: the tables in Norwegian", async () => {
    const r = await trappa(["hjemmetjenester", "scenarios/hjemmetjenester/vedtak.csv", "--arsverk", "21,6", "--reference", "KOSTRA-gruppe=3,9"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1–2,5 t\s+102\s+17,0\s%\s+49,0\s%/);
    expect(r.stdout).toMatch(/Kommunen: årsverk i dag \(oppgitt\)\s+3,6/);
    expect(r.stdout).toMatch(/KOSTRA-gruppe\s+3,9/);
  });

  it("--format csv: tidy rows with the published shares", async () => {
    const r = await trappa(["hjemmetjenester", "scenarios/hjemmetjenester/eksempel.json", "--format", "csv"]);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout).rows;
    const get = (table: string, group: string, measure: string) => Number(rows.find((x) => x[0] === table && x[2] === group && x[3] === measure)![4]);
    expect(get("hours", "under 1 t", "cumulative_share")).toBeCloseTo(0.32, 12);
    expect(get("age", "67–74 år", "cumulative_share")).toBeCloseTo(0.29, 12);
    expect(get("per_100_users", "Referansegruppen (rapporten), høy", "reference_arsverk_per_100_users")).toBe(4.4);
  });

  it("a bad --direct-share is a usage error (exit 2)", async () => {
    const r = await trappa(["hjemmetjenester", "scenarios/hjemmetjenester/vedtak.csv", "--direct-share", "1.5"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--direct-share: forventet en andel over 0 og høyst 1/);
  });
});
