import { describe, expect, it } from "vitest";
import { mergePatch, type Json } from "../../engine/scenario/merge-patch";

// RFC 7396 ("JSON Merge Patch"), Appendix A: the published test cases, every one.
const RFC_7396_APPENDIX_A: Array<[Json, Json, Json]> = [
  [{ a: "b" }, { a: "c" }, { a: "c" }],
  [{ a: "b" }, { b: "c" }, { a: "b", b: "c" }],
  [{ a: "b" }, { a: null }, {}],
  [{ a: "b", b: "c" }, { a: null }, { b: "c" }],
  [{ a: ["b"] }, { a: "c" }, { a: "c" }],
  [{ a: "c" }, { a: ["b"] }, { a: ["b"] }],
  [{ a: { b: "c" } }, { a: { b: "d", c: null } }, { a: { b: "d" } }],
  [{ a: [{ b: "c" }] }, { a: [1] }, { a: [1] }],
  [
    ["a", "b"],
    ["c", "d"],
    ["c", "d"],
  ],
  [{ a: "b" }, ["c"], ["c"]],
  [{ a: "foo" }, null, null],
  [{ a: "foo" }, "bar", "bar"],
  [{ e: null }, { a: 1 }, { e: null, a: 1 }],
  [[1, 2], { a: "b", c: null }, { a: "b" }],
  [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
];

describe("mergePatch(target, patch) — RFC 7396", () => {
  it.each(RFC_7396_APPENDIX_A.map((c, i) => [i + 1, ...c]))("Appendix A case %i", (_i, target, patch, expected) => {
    expect(mergePatch(target as Json, patch as Json)).toEqual(expected);
  });

  it("does not change its inputs", () => {
    const target = Object.freeze({ a: Object.freeze({ b: 1, c: Object.freeze([1, 2]) }) }) as unknown as Json;
    const patch = Object.freeze({ a: Object.freeze({ b: 2 }) }) as unknown as Json;
    const out = mergePatch(target, patch) as { a: { b: number; c: number[] } };
    expect(out).toEqual({ a: { b: 2, c: [1, 2] } });
    expect(target).toEqual({ a: { b: 1, c: [1, 2] } });
  });
});
