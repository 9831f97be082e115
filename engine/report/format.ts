/**
 * Norwegian (nb-NO) number formatting for what users read: a space (U+00A0, no-break)
 * between thousands and a decimal comma: 27501 → "27 501", 0.0955 → "9,6 %".
 */
const cache = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let f = cache.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat("nb-NO", {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    cache.set(decimals, f);
  }
  return f;
}

/** Formats a number with `decimals` decimals in Norwegian style; `-0` prints as `0`. */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return "";
  const rounded = Number(value.toFixed(decimals));
  // Intl uses U+2212 (minus sign) for negatives in nb-NO; keep it, it is correct Norwegian.
  return formatter(decimals).format(rounded === 0 ? 0 : rounded);
}

/** Formats a fraction as a percentage: 0.0955 → "9,6 %". */
export function formatPercent(fraction: number, decimals = 1): string {
  if (!Number.isFinite(fraction)) return "";
  return `${formatNumber(fraction * 100, decimals)}\u00a0%`;
}
