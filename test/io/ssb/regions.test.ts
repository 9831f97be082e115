import { describe, expect, it } from "vitest";
import { PLACES, formatHistory, placeByCode, resolveRegion, splitRegionCell, stripEra } from "../../../engine/io/ssb/regions";

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

  it("maps former codes to the current one: Færder 3811 → 3911, with the era of the code", () => {
    expect(resolveRegion("3811", "Færder (2020-2023)")).toMatchObject({ code: "3911", name: "Færder", fileCode: "3811" });
    expect(resolveRegion("0729", "")).toMatchObject({ code: "3911", era: { from: 2018, to: 2019 } });
    expect(formatHistory(placeByCode("3911")!.place.history)).toBe("0729 (2018–2019), 3811 (2020–2023), 3911 (2024–)");
  });

  it("keeps Oslo as 0301 and an unknown code as given", () => {
    expect(resolveRegion("0301", "Oslo - Oslove")).toMatchObject({ code: "0301", name: "Oslo" });
    expect(resolveRegion("", "Oslo")).toMatchObject({ code: "0301" });
    expect(resolveRegion("0546", "Østre Toten")).toMatchObject({ code: "0546", name: "Østre Toten", place: undefined });
  });

  it('gives an unknown name the code ""', () => {
    expect(resolveRegion("", "Atlantis (2020-2023)")).toMatchObject({ code: "", name: "Atlantis", place: undefined });
  });

  it("has every Telemark and Vestfold municipality and county", () => {
    const names = new Set(PLACES.map((p) => p.name));
    for (const n of [
      "Porsgrunn",
      "Skien",
      "Notodden",
      "Siljan",
      "Bamble",
      "Kragerø",
      "Drangedal",
      "Nome",
      "Midt-Telemark",
      "Tinn",
      "Hjartdal",
      "Seljord",
      "Kviteseid",
      "Nissedal",
      "Fyresdal",
      "Tokke",
      "Vinje",
      "Horten",
      "Holmestrand",
      "Tønsberg",
      "Sandefjord",
      "Larvik",
      "Færder",
      "Telemark",
      "Vestfold",
      "Vestfold og Telemark",
    ])
      expect(names.has(n)).toBe(true);
    const codes = PLACES.flatMap((p) => p.history.map((h) => h.code));
    expect(new Set(codes).size).toBe(codes.length); // no code belongs to two places
  });
});
