import type { AgeBand } from "./bands";
import { graduateBands } from "./graduate";
import { GRID_SIZE, N_AGES } from "./grid";
import { lifeTableFromMx } from "./life-table";
import { rogersCastroProfile } from "./migration-profile";
import type { MigrationFlow, MortalityBase, PlaceModel } from "./model";
import { scaledMx } from "./mortality";

/**
 * Men's share by single year of age in a stationary population with the given mortality
 * and sex ratio at birth: srb·Lm(a) / (srb·Lm(a) + Lf(a)), the open group from T(105).
 * Used to split both-sexes counts by sex when only totals are published.
 */
export function stationaryMaleShare(mortality: MortalityBase, e0Male: number, e0Female: number, srb: number): Float64Array {
  const m = lifeTableFromMx(scaledMx(mortality.male, e0Male, mortality.maleImprovement));
  const f = lifeTableFromMx(scaledMx(mortality.female, e0Female, mortality.femaleImprovement));
  const share = new Float64Array(N_AGES);
  for (let a = 0; a < N_AGES; a++) {
    const lm = a === N_AGES - 1 ? m.Tx[a] : m.Lx[a];
    const lf = a === N_AGES - 1 ? f.Tx[a] : f.Lx[a];
    share[a] = (srb * lm) / (srb * lm + lf);
  }
  return share;
}

/** Stationary population weights for the ages of an open band (both sexes; the last is 105+). */
export function stationaryOpenWeights(mortality: MortalityBase, e0Male: number, e0Female: number, from: number): Float64Array {
  const m = lifeTableFromMx(scaledMx(mortality.male, e0Male, mortality.maleImprovement));
  const f = lifeTableFromMx(scaledMx(mortality.female, e0Female, mortality.femaleImprovement));
  const w = new Float64Array(N_AGES - from);
  for (let a = from; a < N_AGES; a++) {
    w[a - from] = a === N_AGES - 1 ? m.Tx[a] + f.Tx[a] : m.Lx[a] + f.Lx[a];
  }
  return w;
}

export interface PlaceFromBandsOptions {
  code: string;
  name: string;
  baseYear: number;
  bands: AgeBand[];
  /** Both-sexes totals per band on 1 January of the base year (persons). */
  totals: ArrayLike<number>;
  /** Men's share by age (default: none; pass stationaryMaleShare). */
  maleShare: Float64Array;
  /** Weights for the ages of the open band (default: geometric; pass stationaryOpenWeights). */
  openWeights?: Float64Array;
  /** Share of national net immigration (default 0). */
  immigrationShare?: number;
  flows?: MigrationFlow[];
}

/**
 * A place known only by band totals: the totals are graduated into single years (see
 * graduateBands) and split by sex with `maleShare`; migration profiles default to the
 * Rogers-Castro fundamental schedule, split evenly by sex.
 */
export function placeFromBands(o: PlaceFromBandsOptions): PlaceModel {
  const both = graduateBands(o.bands, o.totals, o.openWeights);
  const base = new Float64Array(GRID_SIZE);
  for (let a = 0; a < N_AGES; a++) {
    base[a] = both[a] * o.maleShare[a];
    base[N_AGES + a] = both[a] - base[a];
  }
  return {
    code: o.code,
    name: o.name,
    baseYear: o.baseYear,
    base,
    fertilityFactor: 1,
    immigrationShare: o.immigrationShare ?? 0,
    immigrationProfile: rogersCastroProfile(),
    flows: o.flows ?? [],
    adjustments: [],
  };
}
