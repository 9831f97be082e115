/**
 * Every importer fuzzed with fast-check: random bytes, truncated files, shuffled columns
 * and huge numbers. An importer may accept its input or refuse it with an InputError naming
 * the file; it never crashes with another error, never hangs (each property runs under the
 * test's time limit, every call is timed) and never returns a silently wrong table (shuffled
 * columns give the same rows, a truncated file gives the original's rows, numbers read are
 * finite and within Trappa's limits). RUNS below is the number of generated cases per
 * property; the total is printed at the end (the issue's closing note quotes it).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../engine/errors";
import { parseCsv } from "../../engine/io/csv";
import { parseAccountsCsv, parseKeysCsv, parseStaircaseCsv } from "../../engine/io/effort-files";
import { parseNumberText } from "../../engine/io/number-text";
import { parsePublishedPersonaCsv } from "../../engine/io/persona-file";
import { parsePopulationCsv } from "../../engine/io/population-csv";
import { parsePriceCatalogue } from "../../engine/io/price-catalogue";
import { parseMovesByAge } from "../../engine/io/ssb/moves";
import { parseSsb } from "../../engine/io/ssb/parse";
import { decodeText } from "../../engine/io/text";
import { LIMITS } from "../../engine/limits";
import { validateScenario } from "../../engine/scenario/validate";
import type { Json } from "../../engine/scenario/merge-patch";

const RUNS = 300;
const ROOT = join(__dirname, "..", "..");
const read = (p: string) => readFileSync(join(ROOT, p), "utf8");
let total = 0;

/** A text importer: the bytes are decoded as every reader does, then parsed. */
const IMPORTERS: Record<string, (bytes: Uint8Array) => unknown> = {
  population: (b) => parsePopulationCsv(decodeText(b, "f.csv").text, "f.csv"),
  ssb: (b) => parseSsb(b, "f.csv"),
  prices: (b) => parsePriceCatalogue(decodeText(b, "f.csv").text, "f.csv"),
  staircase: (b) => parseStaircaseCsv(decodeText(b, "f.csv").text, "f.csv"),
  accounts: (b) => parseAccountsCsv(decodeText(b, "f.csv").text, "f.csv"),
  keys: (b) => parseKeysCsv(decodeText(b, "f.csv").text, "f.csv"),
  persona: (b) => parsePublishedPersonaCsv(decodeText(b, "f.csv").text, "f.csv", ["normal", "proactive", "reactive"]),
  moves: (b) => parseMovesByAge(decodeText(b, "f.csv").text, "f.csv"),
  csv: (b) => parseCsv(decodeText(b, "f.csv").text, { file: "f.csv" }),
};

/** Valid files of each importer, to truncate and to disturb. */
const SAMPLES: Record<string, string> = {
  population: read("data/faerder-3911-mmmm-2024.csv"),
  ssb: read("test/io/ssb/fixtures/14288-web-export.csv"),
  prices: read("data/prices/oslo-nordstrand-2023-11.csv"),
  staircase: read("data/effort/asker-2020.csv"),
  accounts: read("scenarios/effort/eksempel/regnskap.csv"),
  keys: read("scenarios/effort/eksempel/nokler.csv"),
  persona: read("data/pathways/persona-johs-published.csv"),
  moves: "år;region;alder;utflyttinger;innflyttinger;netto\n2023;Skien;67;10;12;2\n2023;Skien;68;9;11;2\n",
  csv: "a,b\n1,2\n",
};

/**
 * Runs `f`: it returns, or throws an InputError that names the file; anything else fails.
 * Returns the result or null. (A reader that hangs is caught by vitest's timeout; speed is
 * measured in test/bench, never asserted here.)
 */
function acceptOrRefuse<T>(f: () => T): T | null {
  try {
    return f();
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    expect(err.message).toMatch(/^f\.csv|^line|f\.csv/);
    return null;
  }
}

function check(property: fc.IProperty<unknown[]> | fc.IAsyncProperty<unknown[]>, runs = RUNS): void {
  fc.assert(property as fc.IProperty<unknown[]>, { numRuns: runs, seed: 17 });
  total += runs;
}

/** Every number in a value (deeply), to check that an accepted table holds only finite numbers. */
function numbers(x: unknown, out: number[] = []): number[] {
  if (typeof x === "number") out.push(x);
  else if (x instanceof Float64Array) out.push(...x);
  else if (Array.isArray(x)) for (const v of x) numbers(v, out);
  else if (x && typeof x === "object") for (const v of Object.values(x)) numbers(v, out);
  return out;
}

describe("importers fuzzed: random bytes, truncated files, shuffled columns, huge numbers", () => {
  for (const [name, parse] of Object.entries(IMPORTERS)) {
    it(`${name}: random bytes are read or refused with an InputError, never a crash`, () => {
      check(
        fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
          const r = acceptOrRefuse(() => parse(bytes));
          if (r !== null) for (const v of numbers(r)) expect(Number.isFinite(v) || Number.isNaN(v)).toBe(true);
        }),
      );
    });

    it(`${name}: random text built from the file's own characters, and every truncation, never crashes`, () => {
      const sample = SAMPLES[name];
      const alphabet = [...new Set(sample)];
      check(
        fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }), (chars) => {
          acceptOrRefuse(() => parse(Buffer.from(chars.join(""), "utf8")));
        }),
      );
      check(
        fc.property(fc.integer({ min: 0, max: sample.length }), (cut) => {
          acceptOrRefuse(() => parse(Buffer.from(sample.slice(0, cut), "utf8")));
        }),
      );
    });
  }

  it("population: shuffled columns give the same rows; a truncated file gives the original's rows (the last one perhaps cut)", () => {
    const text = SAMPLES.population;
    const lines = text.trim().split("\n");
    const original = parsePopulationCsv(text, "f.csv").map(({ line, ...r }) => r);
    check(
      fc.property(fc.shuffledSubarray([0, 1, 2, 3], { minLength: 4, maxLength: 4 }), fc.constantFrom(",", ";"), (order, sep) => {
        const shuffled = lines.map((l) => order.map((i) => l.split(",")[i]).join(sep)).join("\n");
        expect(parsePopulationCsv(shuffled, "f.csv").map(({ line, ...r }) => r)).toEqual(original);
      }),
      50,
    );
    check(
      fc.property(fc.integer({ min: 0, max: text.length }), (cut) => {
        const rows = acceptOrRefuse(() => parsePopulationCsv(text.slice(0, cut), "f.csv"));
        if (rows === null) return;
        rows.forEach(({ line, ...r }, i) => {
          const o = original[i];
          if (i < rows.length - 1 || JSON.stringify(r) === JSON.stringify(o)) expect(r).toEqual(o);
          else expect(String(o.population).startsWith(String(r.population))).toBe(true);
        });
      }),
    );
  });

  it("ssb: shuffled columns of a tidy long CSV give the same rows", () => {
    const text = read("test/io/ssb/fixtures/telemark-like-long.csv")
      .split("\n")
      .filter((l) => !l.startsWith("Vestfold og Telemark"))
      .join("\n");
    const lines = text.trim().split("\n");
    const original = parseSsb(text, "f.csv").rows;
    const width = lines[0].split(",").length;
    check(
      fc.property(fc.shuffledSubarray([...Array(width).keys()], { minLength: width, maxLength: width }), (order) => {
        const shuffled = lines.map((l) => order.map((i) => l.split(",")[i]).join(",")).join("\n");
        expect(parseSsb(shuffled, "f.csv").rows).toEqual(original);
      }),
      50,
    );
  });

  it("huge numbers in a population, SSB, price or accounts file are refused with the limit, or read exactly", () => {
    const huge = fc.oneof(
      fc.double({ min: 1e6, max: 1e308, noNaN: true }).map(String),
      fc.constantFrom("1e300", "1e308", "1e400", "1,7976931348623157e308", "99 999 999", "100 000 001"),
    );
    check(
      fc.property(huge, (v) => {
        const text = `region,year,age,population\n3911,2024,0-17,${v}\n`;
        const rows = acceptOrRefuse(() => parsePopulationCsv(text, "f.csv"));
        if (rows === null) return;
        expect(rows[0].population).toBe(parseNumberText(v));
        expect(rows[0].population).toBeLessThanOrEqual(LIMITS.persons);
      }),
    );
    check(
      fc.property(huge, (v) => {
        const text = SAMPLES.ssb.replace(";3650;", `;${v.replace(".", ",")};`);
        const r = acceptOrRefuse(() => parseSsb(text, "f.csv"));
        if (r !== null) for (const row of r.rows) if (row.value !== null) expect(row.value).toBeLessThanOrEqual(LIMITS.persons);
      }),
    );
    check(
      fc.property(huge, (v) => {
        const text = SAMPLES.prices.replace(/,per hour,500,/, `,per hour,${v},`);
        const c = acceptOrRefuse(() => parsePriceCatalogue(text, "f.csv"));
        if (c !== null) for (const x of numbers(c)) expect(Math.abs(x)).toBeLessThanOrEqual(LIMITS.anyNumber);
      }),
    );
    check(
      fc.property(huge, (v) => {
        const r = acceptOrRefuse(() => parseAccountsCsv(`cost_centre,amount_nok\n1000,${v}\n`, "f.csv"));
        if (r !== null) expect(Math.abs(r[0].amountNok)).toBeLessThanOrEqual(LIMITS.anyNumber);
      }),
    );
  });

  it("Norwegian and Excel numbers round-trip: grouped with space, no-break or narrow no-break space, decimal comma", () => {
    check(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(" ", "\u00a0", "\u202f"), (whole, cents, sep) => {
        const grouped = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
        const text = `${whole < 0 ? "−" : ""}${grouped},${String(cents).padStart(2, "0")}`;
        expect(parseNumberText(text)).toBeCloseTo(Math.sign(whole || 1) * (Math.abs(whole) + cents / 100), 6);
      }),
    );
  });

  it("decoding: any text as UTF-8, UTF-16LE or UTF-16BE with a mark is read back exactly; Norwegian Latin-1 text too (or refused if it could be cut UTF-8)", () => {
    check(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), fc.constantFrom("utf8-bom", "utf16le", "utf16be"), (s, enc) => {
        const body = Buffer.from(s, enc === "utf8-bom" ? "utf8" : "utf16le");
        if (enc === "utf16be") body.swap16();
        const mark = enc === "utf8-bom" ? [0xef, 0xbb, 0xbf] : enc === "utf16le" ? [0xff, 0xfe] : [0xfe, 0xff];
        expect(decodeText(Buffer.concat([Buffer.from(mark), body]), "f.csv").text).toBe(s);
      }),
    );
    check(
      fc.property(fc.array(fc.constantFrom(..."abcXYZ 019,;.-\næøåÆØÅé"), { maxLength: 80 }), (chars) => {
        const s = chars.join("");
        const ascii = (t: string) => /^[\x00-\x7f]*$/.test(t);
        try {
          const d = decodeText(Buffer.from(s, "latin1"), "f.csv");
          expect(d.text).toBe(s);
        } catch (err) {
          // Refused only when the one letter outside ASCII is the last byte: a UTF-8 file cut short looks the same.
          expect(err).toBeInstanceOf(InputError);
          expect(ascii(s.slice(0, -1)) && !ascii(s.slice(-1))).toBe(true);
        }
      }),
    );
  });

  it("scenario validation: any JSON value gives issues or a scenario, never a crash; numbers above the limits are issues", () => {
    check(
      fc.property(fc.jsonValue(), (raw) => {
        const { scenario, issues } = validateScenario(raw as Json, { origin: () => "s.json" });
        expect(scenario === null).toBe(issues.length > 0);
      }),
    );
    check(
      fc.property(fc.double({ min: 1.000001e12, max: 1e308, noNaN: true }), (v) => {
        const { issues } = validateScenario(
          {
            name: "x",
            report: { targetYear: 2040, replicates: 5 },
            population: { endYear: 2040, flows: [{ label: "f", ages: "67-79", perYear: { 2030: v } }] },
          },
          { origin: () => "s.json" },
        );
        expect(issues.some((i) => i.path.join(".") === "population.flows.0.perYear.2030" && i.expected.includes("Trappa's limit"))).toBe(true);
      }),
    );
  });

  afterAll(() => {
    console.log(`fuzz: ${total} generated cases over ${Object.keys(IMPORTERS).length} importers, decoding, numbers and scenario validation`);
  });
});
