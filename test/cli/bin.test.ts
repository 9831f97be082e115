import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { trappaProcess } from "./run-cli";

// bin/trappa.js itself, in a new process as a user runs it (the other CLI tests call main()
// in process): help, exit codes without a stack trace, worker threads, and the tsx fallback.

const tmp = mkdtempSync(join(tmpdir(), "trappa-bin-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("bin/trappa.js", () => {
  it("shows the Norwegian help with exit code 0: trappa --help, trappa help run, trappa run --help", () => {
    const top = trappaProcess(["--help"]);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain("Bruk: trappa [valg] [kommando]");
    expect(top.stdout).toMatch(/Kommandoer:\n\s+project \[valg\] \[scenario\]/);
    for (const args of [
      ["help", "run"],
      ["run", "--help"],
    ]) {
      const r = trappaProcess(args);
      expect(r.code, args.join(" ")).toBe(0);
      expect(r.stdout).toContain("Bruk: trappa run [valg] <scenario>");
      expect(r.stdout).toContain("--uncertainty <antall>");
    }
  });

  it("prints bad input and usage errors (both exit 2) as one message, without a stack trace", () => {
    const bad = trappaProcess(["validate", "finnes-ikke.json"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^feil i inndata: 1 feil i finnes-ikke\.json:\nfinnes-ikke\.json: \(rot\): expected a readable scenario file/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const usage = trappaProcess(["run", "scenarios/default.json", "--seed", "-20"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('feil: --seed forventer et heltall 0 eller større eller en tekst med minst én bokstav, fikk "-20"\n(skriv --help for hjelp)\n');
    const unknown = trappaProcess(["projekt"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("feil: ukjent kommando 'projekt'");
  });

  it("runs the default scenario with uncertainty replicates on two worker threads (two blocks of up to 25)", () => {
    const out = join(tmp, "u");
    const r = trappaProcess(["run", "scenarios/default.json", "--out", out, "--uncertainty", "26", "--workers", "2"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Skrev 21 filer til /);
    for (const t of ["befolkning-usikkerhet", "sammendrag-usikkerhet", "tjenester-usikkerhet", "oppskalering-usikkerhet"])
      expect(existsSync(join(out, `${t}.csv`)), t).toBe(true);
    expect(JSON.parse(readFileSync(join(out, "run.json"), "utf8")).uncertainty).toMatchObject({ replicates: 26, seed: 2040 });
  }, 60_000);

  it("runs the TypeScript through tsx when asked (TRAPPA_TSX=1), as when no bundle can be built", () => {
    const r = trappaProcess(["validate", "scenarios/default.json"], { TRAPPA_TSX: "1" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("OK: scenarios/default.json");
  });
});
