/** The report's charts read the run's result tables (arquero): sums by hand over small tables. */
import { describe, expect, it } from "vitest";
import { coverageLinesFigure, housingLinesFigure, housingStepsFigure } from "../../engine/report/figures/run";
import { col, resultTable } from "../../engine/run/result-table";

const coverage = resultTable(
  "dekningsgrader",
  [col("alternative"), col("year", "year"), col("band"), col("service"), col("measure"), col("value", "value"), col("unit"), col("price_year", "year")],
  [
    ["alternativ 0", 2024, "67-79", "institusjon", "arsverk", 10, "årsverk", ""],
    ["alternativ 0", 2024, "80+", "institusjon", "arsverk", 20, "årsverk", ""],
    ["alternativ 0", 2024, "80+", "hjemmetjenester", "arsverk", 5, "årsverk", ""],
    ["alternativ 0", 2024, "80+", "institusjon", "cost", 1e6, "NOK", 2024],
    ["alternativ 0", 2025, "80+", "institusjon", "arsverk", 40, "årsverk", ""],
    ["alternativ 1", 2024, "80+", "institusjon", "arsverk", 1, "årsverk", ""],
    ["alternativ 1", 2025, "80+", "institusjon", "arsverk", 2, "årsverk", ""],
    ["alternativ 1", 2025, "80+", "institusjon", "users", 99, "brukere", ""],
  ],
).data;

const totals = resultTable(
  "boligtrapp-sum",
  [col("profile"), col("year", "year"), col("step"), col("measure"), col("value", "value"), col("unit"), col("price_year", "year")],
  [
    ["today", 2024, "hjemme", "residents", 100, "persons", ""],
    ["today", 2024, "sykehjem", "residents", 30, "persons", ""],
    ["today", 2024, "hjemme", "arsverk", 3, "årsverk", ""],
    ["today", 2024, "sykehjem", "arsverk", 9, "årsverk", ""],
    ["today", 2040, "hjemme", "residents", 150, "persons", ""],
    ["today", 2040, "sykehjem", "residents", 45, "persons", ""],
    ["alternative", 2024, "hjemme", "arsverk", 3, "årsverk", ""],
    ["alternative", 2040, "hjemme", "residents", 170, "persons", ""],
    ["alternative", 2040, "sykehjem", "residents", 25, "persons", ""],
    ["alternative", 2040, "hjemme", "cost", 2e6, "NOK", 2024],
  ],
).data;

describe("coverageLinesFigure(dekningsgrader table)", () => {
  it("sums årsverk over bands and services per alternative and year, one line per alternative", () => {
    const f = coverageLinesFigure(coverage, "arsverk", "t");
    expect(f.data.map((l) => [l.name, l.x, l.y])).toEqual([
      ["alternativ 0", [2024, 2025], [35, 40]],
      ["alternativ 1", [2024, 2025], [1, 2]],
    ]);
  });

  it("gives cost in mill. kr of the table's price year", () => {
    const f = coverageLinesFigure(coverage, "cost", "t");
    expect(f.data.map((l) => [l.name, l.y])).toEqual([["alternativ 0", [1]]]);
    expect(JSON.stringify(f.layout)).toContain("Mill. 2024-kr");
  });
});

describe("housingLinesFigure and housingStepsFigure(boligtrapp-sum table)", () => {
  it("sums a measure over steps per profile and year", () => {
    const f = housingLinesFigure(totals, "arsverk", "t", 2024);
    expect(f.data.map((l) => [l.name, l.x, l.y])).toEqual([
      ["Dagens profil", [2024], [12]],
      ["Alternativ profil", [2024], [3]],
    ]);
  });

  it("stacks the residents per step: the base year, and the target year with each profile (0 where a step has none)", () => {
    const f = housingStepsFigure(
      totals,
      [
        { id: "hjemme", name: "Hjemme" },
        { id: "sykehjem", name: "Sykehjem" },
        { id: "bolig", name: "Bolig" },
      ],
      2024,
      2040,
      "t",
    );
    expect(f.data.map((b) => [b.name, b.y])).toEqual([
      ["Hjemme", [100, 150, 170]],
      ["Sykehjem", [30, 45, 25]],
      ["Bolig", [0, 0, 0]],
    ]);
  });
});
