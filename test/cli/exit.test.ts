import { CommanderError } from "commander";
import { describe, expect, it } from "vitest";
import { EXIT_CODES, internalErrorText, reportError } from "../../engine/cli/exit";
import { InputError, UsageError } from "../../engine/errors";
import { trappa } from "./run-cli";

function sink() {
  let text = "";
  return { out: { write: (s: string) => (text += s) }, text: () => text };
}

describe("exit codes: bad input 2, internal error 1 with a one-line hint", () => {
  it("bad input and usage errors exit 2 with one message, no stack", () => {
    const a = sink();
    expect(reportError(new InputError('f.csv: line 3, field "population": expected a non-negative number, got "-5"'), a.out, false)).toBe(2);
    expect(a.text()).toBe('feil i inndata: f.csv: line 3, field "population": expected a non-negative number, got "-5"\n');
    const b = sink();
    expect(reportError(new UsageError("--seed forventer et heltall"), b.out, false)).toBe(2);
    expect(b.text()).toBe("feil: --seed forventer et heltall\n(skriv --help for hjelp)\n");
    expect(reportError(new CommanderError(1, "commander.unknownOption", "x"), sink().out, false)).toBe(2);
    expect(reportError(new CommanderError(0, "commander.helpDisplayed", "x"), sink().out, false)).toBe(0);
  });

  it("an internal error exits 1: one Norwegian line and a hint, the stack only with --debug", () => {
    const err = new TypeError("Cannot read properties of undefined (reading 'x')");
    const plain = sink();
    expect(reportError(err, plain.out, false)).toBe(EXIT_CODES.internal);
    expect(plain.text().trim().split("\n")).toEqual([
      "intern feil: Cannot read properties of undefined (reading 'x')",
      "(dette er en feil i Trappa, ikke i inndataene; kjør kommandoen igjen med --debug for detaljer og meld fra om feilen)",
    ]);
    const debug = sink();
    expect(reportError(err, debug.out, true)).toBe(1);
    expect(debug.text()).toMatch(/^intern feil: Cannot read properties.*\nTypeError: Cannot read properties.*\n\s+at /);
    expect(internalErrorText("a string thrown", false)).toMatch(/^intern feil: a string thrown\n/);
  });

  it("--debug may stand anywhere on the command line and changes nothing else", async () => {
    const r = await trappa(["validate", "scenarios/default.json", "--debug"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("OK: scenarios/default.json");
    const bad = await trappa(["--debug", "validate", "finnes-ikke.json"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
