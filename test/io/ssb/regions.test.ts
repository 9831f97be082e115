import { describe, expect, it } from "vitest";
import { formatHistory, resolveRegion, splitRegionCell, ssbPlaces, stripEra } from "../../../engine/io/ssb/regions";

describe("regions", () => {
  it("splits code and text, keeping leading zeros", () => {
    expect(splitRegionCell("0301 Oslo - Oslove")).toEqual({ code: "0301", label: "Oslo - Oslove" });
    expect(splitRegionCell("K-3807 Skien (2020-2023)")).toEqual({ code: "K-3807", label: "Skien (2020-2023)" });
    expect(splitRegionCell("0301")).toEqual({ code: "0301", label: "" });
    expect(splitRegionCell("Skien")).toEqual({ code: "", label: "Skien" });
  });

  it("strips era suffixes", () => {
    expect(stripEra("Porsgrunn (2020-2023)")).toEqual({ name: "Porsgrunn", era: { from: 2020, to: 2023 } });
    expect(stripEra("Telemark (-2019)")).toEqual({ name: "Telemark", era: { from: null, to: 2019 } });
    expect(stripEra("Tokke (1964-2019)")).toEqual({ name: "Tokke", era: { from: 1964, to: 2019 } });
    expect(stripEra("Bø (Telemark) (-2019)")).toEqual({ name: "Bø (Telemark)", era: { from: null, to: 2019 } });
    expect(stripEra("Hovedalternativet (MMMM)").era).toBeNull();
  });

  it("maps era labels of one place to one code", () => {
    for (const label of ["Porsgrunn (-2019)", "Porsgrunn (2020-2023)", "Porsgrunn"]) {
      expect(resolveRegion("", label)).toMatchObject({ code: "4001", name: "Porsgrunn" });
    }
    expect(resolveRegion("", "Skien (2020-2023)").place?.history.map((p) => p.code)).toEqual(["0806", "3807", "4003"]);
    expect(resolveRegion("", "Telemark (-2019)").code).toBe("40");
    expect(resolveRegion("", "Hele landet").code).toBe("0");
    expect(resolveRegion("00", "Hele landet").code).toBe("0");
  });

  it("maps former codes to the current one: Færder 3811 → 3911, with the merged Nøtterøy and Tjøme in its history", () => {
    expect(resolveRegion("3811", "Færder (2020-2023)")).toMatchObject({ code: "3911", name: "Færder", fileCode: "3811" });
    expect(resolveRegion("0729", "")).toMatchObject({ code: "3911" });
    expect(resolveRegion("0722", "Nøtterøy")).toMatchObject({ code: "3911", name: "Færder" });
    expect(formatHistory(resolveRegion("3911", "").place!.history)).toBe(
      "0722 Nøtterøy + 0723 Tjøme (–2017), 0729 (2018–2019), 3811 (2020–2023), 3911 (2024–)",
    );
  });

  it("keeps Oslo as 0301 and an unknown code as given", () => {
    expect(resolveRegion("0301", "Oslo - Oslove")).toMatchObject({ code: "0301", name: "Oslo" });
    expect(resolveRegion("", "Oslo")).toMatchObject({ code: "0301" });
    expect(resolveRegion("2111", "Svalbard")).toMatchObject({ code: "2111", name: "Svalbard", place: undefined });
  });

  it('gives an unknown name, an ambiguous name and a split place the code ""', () => {
    expect(resolveRegion("", "Atlantis (2020-2023)")).toMatchObject({ code: "", name: "Atlantis", place: undefined });
    expect(resolveRegion("", "Bø", 2016)).toMatchObject({ code: "", place: undefined }); // Telemark or Nordland
    expect(resolveRegion("", "Bø (Telemark)", 2016)).toMatchObject({ code: "4020", name: "Midt-Telemark" });
    expect(resolveRegion("1507", "Ålesund (2020-2023)")).toMatchObject({ code: "", place: undefined });
  });

  it("lists every place at the newest borders: 357 municipalities, 15 counties and the country", () => {
    const places = ssbPlaces();
    expect(places.filter((p) => p.kind === "municipality")).toHaveLength(357);
    expect(places.filter((p) => p.kind === "county")).toHaveLength(15);
    expect(places.filter((p) => p.kind === "country").map((p) => p.code)).toEqual(["0"]);
    const codes = places.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(ssbPlaces(2019).filter((p) => p.kind === "municipality")).toHaveLength(422);
  });
});
