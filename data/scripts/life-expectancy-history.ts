/**
 * Period life expectancy at birth per sex and year 2000-2024, computed from SSB table
 * 07902 (../shared/data/life_tables, not part of the project) with the convention of
 * engine/population/life-table.ts; written into data/ssb-history.json (lifeExpectancy).
 *
 *   node bin/run-ts.js data/scripts/life-expectancy-history.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { lifeExpectancy, mxFromQx } from "../../engine/population/life-table";

const rows = readFileSync("../shared/data/life_tables/ssb_07902_norway_life_tables_2000-2024.csv", "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
const out: Record<string, Record<string, number>> = { male: {}, female: {} };
for (const [sex, key] of [["Male", "male"], ["Female", "female"]] as const) {
  const years = [...new Set(rows.filter((r) => r[0] === sex).map((r) => r[2]))].sort();
  for (const y of years) {
    const qx = rows.filter((r) => r[0] === sex && r[2] === y).sort((a, b) => +a[1] - +b[1]).map((r) => +r[3]);
    out[key][y] = Number(lifeExpectancy(mxFromQx(qx)).toFixed(2));
  }
}
const path = "data/ssb-history.json";
const doc = JSON.parse(readFileSync(path, "utf8"));
doc.lifeExpectancy = out;
writeFileSync(path, JSON.stringify(doc, null, 2) + "\n");
console.log(JSON.stringify(out));
