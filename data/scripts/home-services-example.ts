/**
 * Writes scenarios/hjemmetjenester/vedtak.csv: a CONSTRUCTED list of home-service decisions
 * (no real persons) made to match the distributions published in the Ålesund/Asker report
 * (DOMAIN.md, issue 19): of 600 recipients 32 % under 1 hour a week, 49 % under 2.5 hours,
 * 3 % at 15 hours or more; 15 % under 67 years and 29 % under 75. Deterministic: run with
 * `npx tsx data/scripts/home-services-example.ts` and the file is the same.
 */
import { writeFileSync } from "node:fs";

const N = 600;
/** Weekly-hours bands [from, to) and how many recipients fall in each. */
const HOURS: Array<[number, number, number]> = [
  [0.25, 1, 192],
  [1, 2.5, 102],
  [2.5, 5, 150],
  [5, 10, 96],
  [10, 15, 42],
  [15, 30, 18],
];
/** Age bands [from, to] and how many recipients fall in each. */
const AGES: Array<[number, number, number]> = [
  [30, 66, 90],
  [67, 74, 84],
  [75, 79, 90],
  [80, 84, 126],
  [85, 89, 132],
  [90, 99, 78],
];

function spread(bands: Array<[number, number, number]>, step: number): number[] {
  const out: number[] = [];
  for (const [from, to, n] of bands) {
    const slots = Math.round((to - from) / step);
    for (let i = 0; i < n; i++) out.push(from + step * ((i * 7) % slots));
  }
  return out;
}

const hours = spread(HOURS, 0.25);
const ages = spread(AGES, 1);
const lines = [
  "# KONSTRUERT EKSEMPEL - ingen virkelige personer. Laget av data/scripts/home-services-example.ts for å gjenskape",
  "# fordelingene i Ålesund/Asker-rapporten: 49 % under 2,5 timer i uka, 32 % under 1 time, få over 15 timer;",
  "# 15 % under 67 år og 29 % under 75 år (600 mottakere; noen har to vedtak som til sammen gir timene).",
  "# name: Eksempelkommune, vedtak om hjemmetjenester (konstruert)",
  "person_id,age,unit,service,hours_per_week",
];
for (let i = 0; i < N; i++) {
  const id = `P${String(i + 1).padStart(4, "0")}`;
  const age = ages[(i * 13) % N];
  const unit = i % 30 < 11 ? "Sone nord" : i % 30 < 21 ? "Sone sør" : "Sone vest";
  const h = hours[i];
  const fmt = (x: number) => String(Number(x.toFixed(2)));
  if (h >= 2.5 && i % 3 === 0) {
    lines.push(`${id},${age},${unit},Praktisk bistand,1`);
    lines.push(`${id},${age},${unit},Hjemmesykepleie,${fmt(h - 1)}`);
  } else lines.push(`${id},${age},${unit},${i % 2 ? "Praktisk bistand" : "Hjemmesykepleie"},${fmt(h)}`);
}
writeFileSync("scenarios/hjemmetjenester/vedtak.csv", `${lines.join("\n")}\n`);
