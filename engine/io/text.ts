import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors";

/** The encodings decodeText recognises. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Decoded text and the encoding it was read in (UTF-8 BOM, UTF-16 BOM and all removed). */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Bytes Windows-1252 leaves undefined: a file holding them is not Windows-1252 text. */
const UNDEFINED_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** Windows-1252's characters for the bytes 0x80-0x9F (0: undefined); the other bytes are ISO-8859-1's, i.e. their own code point. */
const CP1252_80_9F = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
  0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Decodes Windows-1252 (Node's built-in decoder without full ICU reads 0x80-0x9F as control characters). */
function decodeWindows1252(b: Uint8Array): string {
  let out = "";
  for (let i = 0; i < b.length; i += 8192) {
    const chunk = Array.from(b.subarray(i, i + 8192), (x) => (x >= 0x80 && x < 0xa0 ? CP1252_80_9F[x - 0x80] : x));
    out += String.fromCharCode(...chunk);
  }
  return out;
}

/**
 * True when the bytes are valid UTF-8 except that they end inside a multi-byte sequence:
 * a UTF-8 file cut short (a Latin-1 file ending in "æ" with nothing else outside ASCII looks
 * the same and is refused too, never read as the wrong letters).
 */
function endsInsideUtf8(b: Uint8Array): boolean {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (need < k) return false;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(b.subarray(0, b.length - k));
      return true;
    } catch {
      return false;
    }
  }
  return false;
}

/** The InputError of a file that cannot be decoded, with its issue (file, expected, found) for readers that collect issues. */
function refuse(file: string, expected: string, found: string): InputError {
  return new InputError(`${file}: expected ${expected}, got ${found}`, [{ file, path: [], expected, found }]);
}

const SAVE_AS_UTF8 = "lagre filen som UTF-8 (i Excel: «CSV UTF-8»; i Notisblokk: Koding UTF-8)";

/** True when the bytes hold at least one well-formed UTF-8 multi-byte sequence (e.g. C3 A6, "æ"). */
function hasUtf8Sequence(b: Uint8Array): boolean {
  for (let i = 0; i < b.length - 1; i++) {
    const c = b[i];
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0 || i + n >= b.length) continue;
    let ok = true;
    for (let k = 1; k <= n; k++) if ((b[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) return true;
  }
  return false;
}

/** UTF-16 without a byte-order mark: every other byte of the first 200 is zero (ASCII text). */
function bomlessUtf16(b: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(b.length - (b.length % 2), 200);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero === pairs && evenZero === 0) return "utf-16le";
  if (evenZero === pairs && oddZero === 0) return "utf-16be";
  return null;
}

function decodeUtf16(b: Uint8Array, encoding: "utf-16le" | "utf-16be", skip: number, file: string): DecodedText {
  if ((b.length - skip) % 2 !== 0) {
    throw refuse(file, `UTF-16 text with whole characters (${SAVE_AS_UTF8})`, `a file cut in the middle of a character`);
  }
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(b.subarray(skip)), encoding };
  } catch {
    throw refuse(file, `valid ${encoding.toUpperCase()} text (${SAVE_AS_UTF8})`, `bytes that are not UTF-16`);
  }
}

/**
 * Decodes the bytes of a text file (scenario JSON, CSV, SSB export) — the one decoding
 * step every reader uses. Detected, never guessed: a UTF-8 byte-order mark → UTF-8; a
 * UTF-16 byte-order mark (LE or BE), or UTF-16 without one whose every other byte is zero
 * → UTF-16; valid UTF-8 → UTF-8; otherwise, when the bytes hold no UTF-8 sequence at all
 * and only characters Windows-1252 defines → Windows-1252 (a superset of the printable
 * ISO-8859-1 that SSB's PxWebApi CSV and Excel's "CSV (semikolondelt)" on Norwegian Windows
 * write), so "Færder" stays "Færder". Refused with an InputError that names the file and
 * says "lagre som UTF-8": a ZIP/XLSX file, other binary data (NUL bytes), a mix of UTF-8
 * and another encoding, and bytes Windows-1252 leaves undefined. Never yields "�".
 *
 * @example decodeText(Buffer.from([0x46, 0xe6, 0x72]), "x.csv") // { text: "Fær", encoding: "windows-1252" }
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b.subarray(3)), encoding: "utf-8" };
    } catch {
      throw refuse(file, `valid UTF-8 after the UTF-8 mark at the start (${SAVE_AS_UTF8})`, `bytes in another encoding`);
    }
  }
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return decodeUtf16(b, "utf-16le", 2, file);
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return decodeUtf16(b, "utf-16be", 2, file);
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) {
    throw refuse(file, `a text file (CSV or JSON)`, `a ZIP or XLSX file (lagre tabellen som CSV UTF-8 eller JSON)`);
  }
  const u16 = bomlessUtf16(b);
  if (u16) return decodeUtf16(b, u16, 0, file);
  if (b.includes(0)) throw refuse(file, `a text file (CSV or JSON)`, `binary data (NUL bytes; ${SAVE_AS_UTF8})`);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b), encoding: "utf-8" };
  } catch {
    // not UTF-8: see below
  }
  if (hasUtf8Sequence(b) || endsInsideUtf8(b)) {
    throw refuse(file, `text in one encoding (${SAVE_AS_UTF8})`, `UTF-8 mixed with another encoding or a file cut in the middle of a character`);
  }
  const bad = b.findIndex((x) => UNDEFINED_1252.has(x));
  if (bad >= 0) {
    throw refuse(
      file,
      `UTF-8 or Windows-1252/ISO-8859-1 text (${SAVE_AS_UTF8})`,
      `byte 0x${b[bad].toString(16).toUpperCase()} at position ${bad}, which neither defines`,
    );
  }
  return { text: decodeWindows1252(b), encoding: "windows-1252" };
}

/** The largest text file a reader accepts (256 MB): beyond it a file is refused before reading, not loaded into memory. */
export const MAX_TEXT_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Reads a text file and decodes it with decodeText. `what` says what was expected in the
 * message when the file cannot be read ("a readable population file, got ENOENT"); a
 * folder, a special file or a file above MAX_TEXT_FILE_BYTES is refused the same way.
 *
 * @example readTextFile("scenarios/default.json", "a readable scenario file (JSON)").text
 */
export function readTextFile(path: string, what: string): DecodedText {
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR (a folder)" });
    if (!st.isFile()) throw Object.assign(new Error("special"), { code: "a special file, not a regular file" });
    if (st.size > MAX_TEXT_FILE_BYTES) throw Object.assign(new Error("big"), { code: `a file of ${st.size} bytes (the limit is ${MAX_TEXT_FILE_BYTES})` });
    bytes = readFileSync(path);
  } catch (err) {
    throw refuse(path, what, (err as NodeJS.ErrnoException).code ?? String(err));
  }
  return decodeText(bytes, path);
}
