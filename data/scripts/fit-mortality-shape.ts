/**
 * Fits the parametric mortality shape committed as data/mortality-shape-norway.json from
 * SSB table 07902 (../shared/data/life_tables, not part of the project): mx averaged over
 * 2022-2024 per sex; log mx linear between knots at ages 0, 1, 2, 5, 10, …, 95 (least
 * squares over ages 0-94), and a Kannisto hazard fitted to ages 80-99 used from 95 on;
 * and the Lee-Carter age loadings of mortality improvement b_x (rank-1 fit of centred
 * log mx of age groups 0, 1-4, 5-9, …, 90-94, years 2000-2024; scaled to mean 1), which set how the improvement needed to meet an e0 target is spread
 * over ages.
 *
 *   node bin/run-ts.js data/scripts/fit-mortality-shape.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fitKannisto } from "../../engine/population/kannisto";
import { leastSquares } from "../../engine/population/solve-linear";

const SOURCE = "../shared/data/life_tables/ssb_07902_norway_life_tables_2000-2024.csv";
const YEARS = [2022, 2023, 2024];
const KNOTS = [0, 1, 2, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95];
const CLOSE_FROM = 95;

const rows = readFileSync(SOURCE, "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
const out: Record<string, unknown> = {
  source: "Fitted to Statistics Norway (SSB) table 07902, life tables 2022-2024 (mean mx), CC BY 4.0; see data/README.md",
  knots: KNOTS,
  closeFrom: CLOSE_FROM,
};
for (const sex of ["Male", "Female"]) {
  const mx = new Float64Array(107);
  for (const r of rows) {
    if (r[0] === sex && YEARS.includes(Number(r[2]))) mx[Number(r[1])] += Number(r[4]) / YEARS.length;
  }
  const ages = CLOSE_FROM; // fit ages 0..94
  const X = new Float64Array(ages * KNOTS.length);
  const y = new Float64Array(ages);
  for (let x = 0; x < ages; x++) {
    let i = 0;
    while (i < KNOTS.length - 2 && x > KNOTS[i + 1]) i++;
    const t = (x - KNOTS[i]) / (KNOTS[i + 1] - KNOTS[i]);
    X[x * KNOTS.length + i] = 1 - t;
    X[x * KNOTS.length + i + 1] = t;
    y[x] = Math.log(mx[x]);
  }
  const beta = leastSquares(X, y, ages, KNOTS.length);
  const k = fitKannisto(mx, 80, 99);
  out[sex.toLowerCase()] = {
    logMx: Array.from(beta, (v) => Number(v.toFixed(6))),
    kannisto: { a: Number(k.a.toPrecision(8)), b: Number(k.b.toPrecision(8)), x0: k.x0 },
    improvement: leeCarterLoadings(sex).map((v) => Number(v.toFixed(4))),
  };
}
/** Lee-Carter b_x at the knots (see the header). */
function leeCarterLoadings(sex: string): number[] {
  // Age groups 0, 1-4, 5-9, …, 90-94 (mean mx of the group, so that the few deaths of a
  // single year of childhood do not make noise); knot k takes the group holding age k.
  const groups: Array<[number, number]> = [[0, 0], [1, 4]];
  for (let x = 5; x < CLOSE_FROM; x += 5) groups.push([x, x + 4]);
  const years = [...new Set(rows.filter((r) => r[0] === sex).map((r) => Number(r[2])))].sort((a, b) => a - b);
  const G = groups.length;
  const L = years.map((y) => {
    const mx = new Float64Array(CLOSE_FROM);
    for (const r of rows) if (r[0] === sex && Number(r[2]) === y && Number(r[1]) < CLOSE_FROM) mx[Number(r[1])] = Number(r[4]);
    return Float64Array.from(groups, ([f, t]) => {
      let s = 0;
      for (let x = f; x <= t; x++) s += mx[x];
      return Math.log(s / (t - f + 1));
    });
  });
  const a = new Float64Array(G);
  for (const v of L) for (let g = 0; g < G; g++) a[g] += v[g] / years.length;
  let b = new Float64Array(G).fill(1 / G);
  const kt = new Float64Array(years.length);
  for (let it = 0; it < 500; it++) {
    for (let t = 0; t < years.length; t++) { let s = 0; for (let g = 0; g < G; g++) s += (L[t][g] - a[g]) * b[g]; kt[t] = s; }
    const nb = new Float64Array(G);
    for (let g = 0; g < G; g++) { let s = 0; for (let t = 0; t < years.length; t++) s += (L[t][g] - a[g]) * kt[t]; nb[g] = s; }
    const sum = nb.reduce((p, q) => p + q, 0);
    for (let g = 0; g < G; g++) nb[g] /= sum;
    b = nb;
  }
  return KNOTS.map((knot) => {
    const g = knot >= CLOSE_FROM ? G - 1 : groups.findIndex(([f, t]) => knot >= f && knot <= t);
    return b[g] * G;
  });
}

writeFileSync("data/mortality-shape-norway.json", JSON.stringify(out, null, 2) + "\n");
console.log("wrote data/mortality-shape-norway.json");
