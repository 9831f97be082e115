/**
 * The names a user's formula may read: a run's measures per year, in plain ASCII so that
 * they can be typed in any editor. Per year of the run:
 * - `ar`: the year;
 * - `befolkning`: the residents (all bands); `befolkning_<band>` per band ("67-79" →
 *   `befolkning_67_79`, "90+" → `befolkning_90_pluss`); `befolkning_<a>_pluss` for every
 *   band's lower age a (the bands from a up);
 * - coverage, alternativ 0 (today's rates held constant): `arsverk` and `kostnad` (kroner of
 *   the price year) over all services, and per service `arsverk_<id>`, `kostnad_<id>` and
 *   `plasser_<id>` or `brukere_<id>` (by the service's unit);
 * - housing staircase, per profile (`dagens`, `alternativ`): `boliger_<profile>`,
 *   `arsverk_bolig_<profile>`, `kostnad_bolig_<profile>` (kroner), summed over the steps.
 */

/** A band label as a name part: "67-79" → "67_79", "90+" → "90_pluss". */
export function bandNamePart(label: string): string {
  return label.replace(/\+$/, "_pluss").replace(/[^A-Za-z0-9]+/g, "_");
}

/** An id as a name part: lower case, other characters than a-z, 0-9 as "_". */
export function idNamePart(id: string): string {
  return id
    .toLowerCase()
    .replace(/[æ]/g, "ae")
    .replace(/[ø]/g, "o")
    .replace(/[å]/g, "a")
    .replace(/[^a-z0-9]+/g, "_");
}

/** The two housing profiles as name parts. */
export const PROFILE_NAMES: Readonly<Record<"today" | "alternative", string>> = { today: "dagens", alternative: "alternativ" };

/** A service's count measure name: `plasser_<id>` for places, `brukere_<id>` for users. */
export function serviceCountName(id: string, unit: string): string {
  return `${unit === "places" ? "plasser" : "brukere"}_${idNamePart(id)}`;
}

/** Population names for bands (label and lower age): each band's own, and every "from a up". */
export function populationNames(bands: ReadonlyArray<{ label: string; from: number }>): Array<{ name: string; bands: number[] }> {
  const out: Array<{ name: string; bands: number[] }> = [{ name: "befolkning", bands: bands.map((_, i) => i) }];
  bands.forEach((b, i) => out.push({ name: `befolkning_${bandNamePart(b.label)}`, bands: [i] }));
  for (const from of [...new Set(bands.map((b) => b.from))]) {
    const name = `befolkning_${from}_pluss`;
    if (out.some((o) => o.name === name)) continue;
    out.push({ name, bands: bands.flatMap((b, i) => (b.from >= from ? [i] : [])) });
  }
  return out;
}
