import { describe, expect, it } from "vitest";
import { exponentialFromU } from "../../engine/random/exponential";
import { LognormalFactorTable } from "../../engine/random/lognormal-table";
import { RecordedStream, recordedStream } from "../../engine/random/recorded-stream";
import { randomStream } from "../../engine/random/streams";

describe("RecordedStream(seed, stream)", () => {
  it("reads the numbers of randomStream(seed, stream) from the start, in any order of reads and across extensions", () => {
    const g = randomStream(2040, 7);
    const expected = Float64Array.from({ length: 20_000 }, () => g.next());
    const r = new RecordedStream(2040, 7);
    expect(Array.from(r.read(100, 50))).toEqual(Array.from(expected.subarray(100, 150)));
    expect(r.at(0)).toBe(expected[0]);
    expect(Array.from(r.read(4000, 12_000))).toEqual(Array.from(expected.subarray(4000, 16_000)));
    expect(r.at(19_999)).toBe(expected[19_999]);
    expect(Array.from(r.read(0, 20_000))).toEqual(Array.from(expected));
  });

  it("factors(from, count, table) are table.at of the uniforms, to the bit, across extensions and a change of table", () => {
    const r = new RecordedStream(11, 2);
    const t = new LognormalFactorTable(0.5);
    const f = Array.from(r.factors(10, 5000, t));
    expect(f).toEqual(Array.from(r.read(10, 5000), (u) => t.at(u)));
    expect(Array.from(r.factors(9000, 3000, t))).toEqual(Array.from(r.read(9000, 3000), (u) => t.at(u)));
    const t2 = new LognormalFactorTable(0.3);
    expect(Array.from(r.factors(0, 100, t2))).toEqual(Array.from(r.read(0, 100), (u) => t2.at(u)));
  });

  it("exponentials(from, count) are exponentialFromU of the uniforms, to the bit", () => {
    const r = new RecordedStream(11, 3);
    expect(Array.from(r.exponentials(5, 9000))).toEqual(Array.from(r.read(5, 9000), exponentialFromU));
    const t = new LognormalFactorTable(0.5);
    expect(Array.from(r.factors(0, 50, t))).toEqual(Array.from(r.read(0, 50), (u) => t.at(u)));
    expect(Array.from(r.exponentials(0, 50))).toEqual(Array.from(r.read(0, 50), exponentialFromU));
  });

  it("recordedStream keeps one recording per stream for the last seed", () => {
    const a = recordedStream(1, 3);
    expect(recordedStream(1, 3)).toBe(a);
    expect(recordedStream(1, 4)).not.toBe(a);
    const b = recordedStream(2, 3);
    expect(b).not.toBe(a);
    expect(b.at(0)).toBe(randomStream(2, 3).next());
  });
});
