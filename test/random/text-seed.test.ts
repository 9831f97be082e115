import { describe, expect, it } from "vitest";
import { masterSeed, seedFromText } from "../../engine/random/text-seed";

/**
 * seedrandom's ARC4 written out from its published definition (seedrandom.js 2.x-3.x:
 * `mixkey` folds the text's UTF-16 code units into a 256-byte key with smear ^= key·19,
 * RC4's key schedule, 256 bytes dropped, then 4 bytes big-endian as int32), independent
 * of the library: if a new seedrandom changed the mapping, this test fails.
 */
function arc4FirstInt32(text: string): number {
  const key: number[] = [];
  let smear = 0;
  for (let j = 0; j < text.length; j++) {
    smear ^= (key[j & 255] ?? 0) * 19;
    key[j & 255] = 255 & (smear + text.charCodeAt(j));
  }
  const s = Array.from({ length: 256 }, (_, i) => i);
  const k = key.length ? key : [0];
  for (let i = 0, j = 0; i < 256; i++) {
    j = 255 & (j + k[i % k.length] + s[i]);
    [s[i], s[j]] = [s[j], s[i]];
  }
  let i = 0;
  let j = 0;
  const next = () => {
    i = 255 & (i + 1);
    j = 255 & (j + s[i]);
    [s[i], s[j]] = [s[j], s[i]];
    return s[255 & (s[i] + s[j])];
  };
  for (let n = 0; n < 256; n++) next();
  let r = 0;
  for (let n = 0; n < 4; n++) r = r * 256 + next();
  return r >>> 0;
}

describe("text seeds", () => {
  it("a text seed is the first 32 bits of seedrandom's ARC4 keyed with the text", () => {
    for (const text of ["kommunestyret-mars-2027", "Færder 2040", "a", "økonomiplan 2026–2029"]) {
      expect(seedFromText(text)).toBe(arc4FirstInt32(text));
    }
  });

  it("different texts give different seeds, a number stays itself", () => {
    expect(seedFromText("kommunestyret-mars-2027")).not.toBe(seedFromText("kommunestyret-april-2027"));
    expect(masterSeed(2040)).toBe(2040);
    expect(Number.isInteger(masterSeed("x"))).toBe(true);
  });
});
