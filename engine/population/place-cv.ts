import type { ScoredRow } from "./backtest-score";

/** One setting's back-test: its name and every place, band and base year scored (ScoredRow, `cc` = its projection). */
export interface SettingRows {
  name: string;
  rows: readonly ScoredRow[];
}

/** What leave-one-place-out cross-validation chose and how the chosen settings scored on the places held out. */
export interface PlaceCvResult {
  /** The setting chosen for each held-out place (by region), from the other places only. */
  chosen: Map<string, string>;
  /** The held-out forecasts: each place's rows from the setting chosen without it (`cc` as chosen). */
  rows: ScoredRow[];
}

/**
 * Leave-one-place-out cross-validation of cohort-component settings over places and base
 * years: each place is held out in turn (all its base years and bands), the setting with
 * the smallest mean absolute percentage error of `cc` over the other places, every base
 * year and the `criterion` bands (each band weighted alike) is chosen, and the held-out
 * place is forecast with it. Scoring the returned rows (scoreRows, scoreBy) gives the
 * cross-validated MAPE and bias per band: an estimate of how the settings do on a place
 * they were not chosen on. Ties go to the earlier setting (list the default first).
 *
 * @example leaveOnePlaceOut([{ name: "a", rows: rowsA }, { name: "b", rows: rowsB }], ["Total", "80-89"]).chosen.get("4001") // "a" or "b"
 */
export function leaveOnePlaceOut(settings: readonly SettingRows[], criterion: readonly string[]): PlaceCvResult {
  if (settings.length === 0) throw new Error("leaveOnePlaceOut requires at least one setting, got none");
  if (criterion.length === 0) throw new Error("leaveOnePlaceOut requires at least one criterion band, got none");
  const places = [...new Set(settings[0].rows.map((r) => r.region))];
  if (places.length < 2) throw new Error(`leaveOnePlaceOut requires at least two places, got ${places.length}`);
  /** MAPE of `cc` over rows of the criterion bands, each band's mean weighted alike. */
  const loss = (rows: readonly ScoredRow[]): number => {
    let total = 0,
      bands = 0;
    for (const band of criterion) {
      const rs = rows.filter((r) => r.band === band);
      if (rs.length === 0) continue;
      total += rs.reduce((s, r) => s + Math.abs(r.cc - r.observed) / r.observed, 0) / rs.length;
      bands++;
    }
    if (bands === 0) throw new Error(`leaveOnePlaceOut requires rows in the criterion bands (${criterion.join(", ")}), got none`);
    return total / bands;
  };
  const chosen = new Map<string, string>();
  const rows: ScoredRow[] = [];
  for (const place of places) {
    let best = settings[0],
      bestLoss = Number.POSITIVE_INFINITY;
    for (const s of settings) {
      const l = loss(s.rows.filter((r) => r.region !== place));
      if (l < bestLoss - 1e-12) {
        best = s;
        bestLoss = l;
      }
    }
    chosen.set(place, best.name);
    rows.push(...best.rows.filter((r) => r.region === place));
  }
  return { chosen, rows };
}
