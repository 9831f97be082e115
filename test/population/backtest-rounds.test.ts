import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSsb } from "../../engine/io/ssb/parse";
import { readSsbFile } from "../../engine/io/ssb/read";
import { runBacktest } from "../../engine/run/backtest";
import { HAS_SHARED_DATA, SHARED_DATA } from "../validation/shared-data";

const T = join(SHARED_DATA, "telemark");
const HISTORY = join(T, "befolkningsframskrivinger_historiske.csv");

describe.skipIf(!HAS_SHARED_DATA)("every SSB round in ../shared/data/telemark back-tests as it is", () => {
  const files = HAS_SHARED_DATA ? readdirSync(T).filter((f) => /^Framskrevet_folkemengde_\d{4}-\d{4}\.csv$/.test(f)) : [];
  const history = HAS_SHARED_DATA ? readSsbFile(HISTORY) : undefined;
  const lastRegistered = history ? Math.max(...history.report.years) : 0;

  it("has the 13 rounds 2005-2026", () => expect(files).toHaveLength(13));

  for (const f of files) {
    const [round, last] = /(\d{4})-(\d{4})/.exec(f)!.slice(1).map(Number);
    // A round allows its own year as base year, and horizons up to the last year both it and the history have.
    const horizon = Math.min(last, lastRegistered) - round;
    it(`${f}: base year ${round}, ${horizon} years ahead, SSB's MMMM scored for the six municipalities`, { timeout: 20_000 }, () => {
      if (horizon < 1) {
        expect(round).toBe(lastRegistered); // the 2026 round has no registered outcome yet
        return;
      }
      const published = readSsbFile(join(T, f));
      const r = runBacktest({
        historyFile: HISTORY,
        history: history!.rows,
        historyReport: history!.report,
        baseYear: round,
        horizon,
        publishedFile: f,
        published: published.rows,
        publishedReport: published.report,
        window: 10,
      });
      expect(r.places).toEqual(["4003 Skien", "4005 Notodden", "4012 Bamble", "4022 Seljord", "4030 Nissedal", "4034 Tokke"]);
      for (const s of r.summary) {
        expect(Number.isFinite(s.engineMape)).toBe(true);
        expect(s.ssbMape).not.toBeNull();
      }
      // Rounds up to 2012 have 20-66 where the history has 20-44 and 45-66: scored in 20-66.
      expect(r.summary.some((s) => s.band === "20-66")).toBe(round <= 2012);
      // The county and the country are read and reported, not scored.
      expect(r.notes.join("\n")).toMatch(/(sted|steder) utenfor tilbaketesten er lest og utelatt: 0 Hele landet/);
      // Early rounds have fewer than ten years of history before them.
      expect(r.window).toBe(Math.min(10, round - 2000));
    });
  }

  it("reads a published file with places outside the history and with a merged place (Sauherad 0822, Bø 0821 → 4020), reporting them", () => {
    const text = readFileSync(join(T, "Framskrevet_folkemengde_2016-2040.csv"), "utf8");
    const bamble = text.split("\n").filter((l) => l.startsWith("Bamble (-2019),"));
    const extra = (label: string) => bamble.map((l) => l.replace("Bamble (-2019)", label));
    const onlySauherad = parseSsb(`${text.trim()}\n${extra("0822 Sauherad").join("\n")}\n`, "med-sauherad.csv");
    const both = parseSsb(`${text.trim()}\n${extra("0822 Sauherad").join("\n")}\n${extra("0821 Bø (Telemark)").join("\n")}\n`, "med-midt-telemark.csv");
    const run = (p: ReturnType<typeof parseSsb>, file: string) =>
      runBacktest({
        historyFile: HISTORY,
        history: history!.rows,
        historyReport: history!.report,
        baseYear: 2016,
        horizon: 10,
        publishedFile: file,
        published: p.rows,
        publishedReport: p.report,
      });
    const a = run(onlySauherad, "med-sauherad.csv");
    expect(a.notes.join("\n")).toMatch(/utelatt 4020 Midt-Telemark mangler 0821 Bø \(Telemark\) \(–2019\)/);
    const b = run(both, "med-midt-telemark.csv");
    expect(b.notes.join("\n")).toMatch(/steder utenfor tilbaketesten er lest og utelatt: 0 Hele landet, 40 Telemark, 4020 Midt-Telemark/);
    expect(b.summary).toEqual(a.summary);
    // the extra place must not change the scores of the six
    const plain = run(readSsbFile(join(T, "Framskrevet_folkemengde_2016-2040.csv")) as ReturnType<typeof parseSsb>, "2016.csv");
    expect(b.summary).toEqual(plain.summary);
  });
});
