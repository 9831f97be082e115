import { describe, expect, it } from "vitest";
import { canonicalJson, scenarioHash } from "../../engine/scenario/hash";

describe("canonicalJson(value) and scenarioHash(value)", () => {
  it("sorts keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: "x" } })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
  });

  it("gives the same hash for the same content in another key order, another for other content", () => {
    expect(scenarioHash({ a: 1, b: [1, 2] })).toBe(scenarioHash({ b: [1, 2], a: 1 }));
    expect(scenarioHash({ a: 1, b: [2, 1] })).not.toBe(scenarioHash({ a: 1, b: [1, 2] }));
    // SHA-256 of the empty object's text "{}" (FIPS 180-4; `printf '{}' | sha256sum`).
    expect(scenarioHash({})).toBe("44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a");
  });
});
