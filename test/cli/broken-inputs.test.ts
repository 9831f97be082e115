/**
 * The broken-input fixtures (test/fixtures/broken, written by its generate.mjs): every case
 * of manifest.json runs the command line in this process and must give its exit code, with
 * every expected fragment in stderr (and stdout), one message and no stack trace, and for a
 * refused input nothing on stdout and no output written. Inputs as they come (BOM, UTF-16,
 * Latin-1, Excel's semicolon CSV) must give exactly the output of the plain file.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { trappa } from "./run-cli";

interface Case {
  id: string;
  group: string;
  args: string[];
  code: number;
  stderr: string[];
  stdout?: string[];
  sameStdoutAs?: string;
  noOutput?: string;
  fileContains?: Record<string, string>;
}

const HERE = resolve(__dirname, "..", "fixtures", "broken");
const CASES = JSON.parse(readFileSync(join(HERE, "manifest.json"), "utf8")) as Case[];
const tmp = mkdtempSync(join(tmpdir(), "trappa-broken-"));
writeFileSync(join(tmp, "afile"), "en fil\n");
mkdirSync(join(tmp, "dir.csv"));
const fill = (s: string) => s.split("{tmp}").join(tmp);
const stdouts = new Map<string, string>();

describe("broken-input fixtures (test/fixtures/broken/manifest.json)", () => {
  it("has at least 100 distinct cases over scenario files, every importer, options and output paths", () => {
    expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
    expect(CASES.filter((c) => c.code !== 0).length).toBeGreaterThanOrEqual(100);
    // Other groups (e.g. the CSVs `trappa init` writes) may be added to the manifest.
    expect([...new Set(CASES.map((c) => c.group))]).toEqual(
      expect.arrayContaining(["scenario", "population", "ssb", "prices", "package", "persona", "effort", "options", "output"]),
    );
  });

  for (const c of CASES) {
    it(`${c.id}: ${c.args.join(" ")} → exit ${c.code}`, async () => {
      const r = await trappa(c.args.map(fill));
      const shown = `stderr:\n${r.stderr}\nstdout (start):\n${r.stdout.slice(0, 400)}`;
      expect(r.code, shown).toBe(c.code);
      for (const f of c.stderr) expect(r.stderr, shown).toContain(fill(f));
      for (const f of c.stdout ?? []) expect(r.stdout, shown).toContain(f);
      // Never a stack trace, never an internal error.
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(r.stderr).not.toContain("intern feil");
      expect(r.stderr).not.toContain("\ufffd");
      if (c.code !== 0) {
        expect(r.stdout, "a refused input gives no result").toBe("");
        expect(r.stderr.startsWith("feil")).toBe(true);
      } else stdouts.set(c.id, r.stdout);
      if (c.noOutput) expect(existsSync(fill(c.noOutput)), "nothing written").toBe(false);
      for (const [file, text] of Object.entries(c.fileContains ?? {})) expect(readFileSync(fill(file), "utf8")).toContain(text);
      if (c.sameStdoutAs) {
        expect(stdouts.has(c.sameStdoutAs), `${c.sameStdoutAs} runs first`).toBe(true);
        expect(r.stdout).toBe(stdouts.get(c.sameStdoutAs));
      }
    });
  }
});
