import { describe, expect, it } from "vitest";
import { parseSsb } from "../../../engine/io/ssb/parse";
import { requirePlaces } from "../../../engine/io/ssb/report";

/** A registered series (table 07459 style) for some places, years and two age groups. */
function registered(places: Array<[string, number, number, number]>): string {
  const lines = ["region,alder,statistikkvariabel,år,value"];
  for (const [label, from, to, size] of places) {
    for (let y = from; y <= to; y++) {
      lines.push(`${label},0-66 år,Personer,${y},${size}`);
      lines.push(`${label},67 år eller eldre,Personer,${y},${Math.round(size / 4)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

describe("SSB files on one year's borders (default: the newest, 2024)", () => {
  it("sums Bø (Telemark) and Sauherad into Midt-Telemark 4020, and joins the series of 2020-2023 and 2024 on", () => {
    const text = registered([
      ["Bø (Telemark) (-2019)", 2016, 2019, 4000],
      ["Sauherad (-2019)", 2016, 2019, 3000],
      ["Midt-Telemark (2020-2023)", 2020, 2023, 7100],
      ["Midt-Telemark", 2024, 2025, 7200],
    ]);
    const { rows, report } = parseSsb(text, "mt.csv");
    expect([...new Set(rows.map((r) => r.region))]).toEqual(["4020"]);
    const v = (y: number, age: string) => rows.find((r) => r.year === y && r.age === age)?.value;
    expect(v(2016, "0-66")).toBe(7000);
    expect(v(2019, "67+")).toBe(1000 + 750);
    expect(v(2021, "0-66")).toBe(7100);
    expect(v(2025, "0-66")).toBe(7200);
    expect(rows).toHaveLength(20);
    expect(report.places).toHaveLength(1);
    expect(report.places[0].sources).toEqual([
      "0821 Bø (Telemark) (–2019)",
      "0822 Sauherad (–2019)",
      "3817 Midt-Telemark (2020–2023)",
      "4020 Midt-Telemark (2024–)",
    ]);
    expect(report.notes.join("\n")).toContain("Summert til grensene i 2024: 0821 Bø (Telemark) (–2019) + 0822 Sauherad (–2019) → 4020 Midt-Telemark.");
    expect(report.ignored).toEqual([]);
  });

  it("sums codes too (0722 Nøtterøy + 0723 Tjøme → 3911 Færder), and keeps 2019's borders when asked", () => {
    const text =
      "region,alder,statistikkvariabel,år,value\n0722 Nøtterøy,0 år,Personer,2017,200\n0723 Tjøme,0 år,Personer,2017,30\n0729 Færder,0 år,Personer,2018,225\n";
    expect(parseSsb(text, "f.csv").rows.map((r) => [r.region, r.year, r.value])).toEqual([
      ["3911", 2017, 230],
      ["3911", 2018, 225],
    ]);
    expect(parseSsb(text, "f.csv", { borderYear: 2018 }).rows.map((r) => [r.region, r.regionName, r.year, r.value])).toEqual([
      ["0729", "Færder", 2017, 230],
      ["0729", "Færder", 2018, 225],
    ]);
  });

  it("keeps a missing part of a sum missing: one null makes the sum null with SSB's symbol", () => {
    const text = "region,alder,statistikkvariabel,år,value\n0821 Bø (Telemark),0 år,Personer,2017,..\n0822 Sauherad,0 år,Personer,2017,20\n";
    expect(parseSsb(text, "f.csv").rows).toMatchObject([{ region: "4020", value: null, status: ".." }]);
  });

  it("leaves out and reports a merged place with a part missing; a command that needs it gets the error", () => {
    const text = registered([
      ["Bø (Telemark) (-2019)", 2016, 2019, 4000],
      ["Skien (-2019)", 2016, 2019, 50000],
    ]);
    const { rows, report } = parseSsb(text, "bo.csv");
    expect([...new Set(rows.map((r) => r.region))]).toEqual(["4003"]);
    expect(report.ignored).toMatchObject([{ code: "4020", reason: "incomplete", targets: ["4020"], years: "2016–2019" }]);
    expect(() => requirePlaces(report, ["4003"])).not.toThrow();
    expect(() => requirePlaces(report)).toThrow(
      'bo.csv: region "4020" (Midt-Telemark): expected every part of the place at the borders of 2024 (0821 Bø (Telemark) + 0822 Sauherad (–2019), 3817 (2020–2023), 4020 (2024–)), got 0821 Bø (Telemark) (–2019) without 0822 Sauherad (–2019) (rows for 2016–2019)',
    );
  });

  it("reads a file with Ålesund of 2020-2023 (split in 2024), reports it, and errors only where it is needed", () => {
    const text = registered([
      ["1507 Ålesund (2020-2023)", 2020, 2023, 67000],
      ["1505 Kristiansund", 2020, 2023, 24000],
    ]);
    const { rows, report } = parseSsb(text, "mr.csv");
    expect([...new Set(rows.map((r) => r.region))]).toEqual(["1505"]);
    expect(report.ignored).toMatchObject([{ code: "1507", reason: "split", targets: ["1508", "1580"], years: "2020–2023" }]);
    expect(() => requirePlaces(report, ["1505"])).not.toThrow();
    expect(() => requirePlaces(report, ["1508"])).toThrow(
      'mr.csv: region "Ålesund (2020-2023)": expected a place that can be summed to the borders of 2024, got 1507 Ålesund (2020–2023) was split in 2024; at the borders of 2024 its land lies in 1508 Ålesund and 1580 Haram (rows for 2020–2023)',
    );
    // On the borders of 2023 it is one place.
    expect(parseSsb(text, "mr.csv", { borderYear: 2023 }).rows.filter((r) => r.region === "1507")).toHaveLength(8);
  });

  it("reads a projection's places on the borders of its round: 1103 of the 2016 round is Stavanger before 2020", () => {
    const text =
      "region,statistikkvariabel,år,alder,value,Framskriving,Tabell\n" +
      "1103,Hovedalternativet (MMMM),2016,0 år,1700,2016,11168\n1103,Hovedalternativet (MMMM),2030,0 år,1800,2016,11168\n" +
      "1141,Hovedalternativet (MMMM),2016,0 år,30,2016,11168\n1141,Hovedalternativet (MMMM),2030,0 år,31,2016,11168\n" +
      "1142,Hovedalternativet (MMMM),2016,0 år,50,2016,11168\n1142,Hovedalternativet (MMMM),2030,0 år,52,2016,11168\n";
    expect(parseSsb(text, "stavanger.csv").rows.map((r) => [r.region, r.year, r.value])).toEqual([
      ["1103", 2016, 1780],
      ["1103", 2030, 1883],
    ]);
    // Without Finnøy and Rennesøy, Stavanger of 2016 is not all of today's Stavanger.
    // A file with nothing that can be put on the borders is an error.
    expect(() => parseSsb(text.split("\n").slice(0, 3).join("\n"), "s.csv")).toThrow(
      /s.csv: region "1103" \(Stavanger\): expected every part .* got 1103 Stavanger \(–2019\) without 1141 Finnøy \(–2019\) \+ 1142 Rennesøy \(–2019\) \(rows for 2016, 2030\)/,
    );
  });

  it("refuses a name of two places, naming the candidates", () => {
    const { report } = parseSsb("region,alder,statistikkvariabel,år,value\nBø,0 år,Personer,2016,5\nSkien,0 år,Personer,2016,500\n", "b.csv");
    expect(report.ignored).toMatchObject([{ reason: "ambiguous" }]);
    expect(() => requirePlaces(report)).toThrow(
      /b.csv: line 2, field "region": expected a region code or a name of one place, got "Bø", which may be 0821 Bø \(Telemark\) \(–2019\) or 1867 Bø \(Nordland\)/,
    );
  });
});
