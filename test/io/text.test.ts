import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeText, readTextFile } from "../../engine/io/text";

const utf16 = (s: string, le: boolean, bom: boolean) => {
  const body = Buffer.from(s, "utf16le");
  if (!le) body.swap16();
  return bom ? Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
};

describe("decodeText: encodings detected, never guessed", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    expect(decodeText(Buffer.from("Færder;3911", "utf8"), "a.csv")).toEqual({ text: "Færder;3911", encoding: "utf-8" });
    expect(decodeText(Buffer.from("\ufeffFærder", "utf8"), "a.csv")).toEqual({ text: "Færder", encoding: "utf-8" });
  });

  it("reads UTF-16 LE and BE with a byte-order mark, and without one when every other byte is zero", () => {
    expect(decodeText(utf16("Færder,3911", true, true), "a.csv")).toEqual({ text: "Færder,3911", encoding: "utf-16le" });
    expect(decodeText(utf16("Færder,3911", false, true), "a.csv")).toEqual({ text: "Færder,3911", encoding: "utf-16be" });
    expect(decodeText(utf16("region,year", true, false), "a.csv")).toEqual({ text: "region,year", encoding: "utf-16le" });
    expect(decodeText(utf16("region,year", false, false), "a.csv")).toEqual({ text: "region,year", encoding: "utf-16be" });
  });

  it("reads Latin-1 / Windows-1252 (as Excel's semicolon CSV on Norwegian Windows writes) correctly: æ ø å and €", () => {
    // F=46 æ=E6 r=72 ... ; ø=F8, å=E5, €=80 in Windows-1252 (hand-encoded bytes)
    const bytes = Uint8Array.from([0x46, 0xe6, 0x72, 0x64, 0x65, 0x72, 0x3b, 0xf8, 0xe5, 0x3b, 0x80]);
    expect(decodeText(bytes, "a.csv")).toEqual({ text: "Færder;øå;€", encoding: "windows-1252" });
  });

  it("refuses, never writes �: mixed UTF-8 and Latin-1, undefined bytes, ZIP/XLSX, binary, cut UTF-16", () => {
    const mixed = Buffer.concat([Buffer.from("Færder ", "utf8"), Buffer.from("Kragerø", "latin1")]);
    expect(() => decodeText(mixed, "m.csv")).toThrow(/m\.csv: expected text in one encoding \(lagre filen som UTF-8.*got UTF-8 mixed with another encoding/);
    expect(() => decodeText(Uint8Array.from([0x41, 0x81, 0xe6, 0x0a]), "u.csv")).toThrow(/u\.csv: .*got byte 0x81 at position 1/);
    expect(() => decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), "x.xlsx")).toThrow(
      /x\.xlsx: expected a text file \(CSV or JSON\), got a ZIP or XLSX file/,
    );
    expect(() => decodeText(Uint8Array.from([0x41, 0x00, 0x00, 0x42, 0x43]), "b.bin")).toThrow(/b\.bin: .*got binary data/);
    expect(() => decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]), "c.csv")).toThrow(/c\.csv: .*a file cut in the middle of a character/);
    // A UTF-8 file cut inside "ø" (C3 B8 → C3) is refused, not read as Latin-1 "Ã"
    expect(() => decodeText(Buffer.from("Kragerø", "utf8").subarray(0, 7), "t.csv")).toThrow(/t\.csv: expected text in one encoding/);
  });

  it("readTextFile names the file and what was expected when it cannot be read", () => {
    const dir = mkdtempSync(join(tmpdir(), "trappa-text-"));
    expect(() => readTextFile(join(dir, "nope.csv"), "a readable population file")).toThrow(/nope\.csv: expected a readable population file, got ENOENT/);
    expect(() => readTextFile(dir, "a readable population file")).toThrow(/expected a readable population file, got EISDIR/);
    writeFileSync(join(dir, "l1.json"), Buffer.from('{"name":"F\xe6rder"}', "latin1"));
    expect(JSON.parse(readTextFile(join(dir, "l1.json"), "JSON").text).name).toBe("Færder");
  });
});
