/** Edit distance (insertions, deletions, substitutions) between two strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** Lower case, single spaces, trimmed: how names are compared. */
export function normaliseName(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * The `n` candidates closest to `query` (case-insensitive): candidates that contain the
 * query or are contained in it come first, then by edit distance, ties in input order.
 *
 * @example closestMatches("Helsetjeneste", ["GPS", "Helsetjenester"]) // ["Helsetjenester", "GPS"]
 */
export function closestMatches(query: string, candidates: readonly string[], n = 3): string[] {
  const q = normaliseName(query);
  const unique = Array.from(new Set(candidates));
  const scored = unique.map((c, i) => {
    const k = normaliseName(c);
    const contains = q.length > 0 && (k.includes(q) || q.includes(k)) ? 0 : 1;
    return { c, i, contains, d: editDistance(q, k) };
  });
  scored.sort((x, y) => x.contains - y.contains || x.d - y.d || x.i - y.i);
  return scored.slice(0, n).map((s) => s.c);
}
