import { describe, expect, it } from "vitest";
import { boundedMemo } from "./bounded-memo.js";

describe("boundedMemo", () => {
  it("computes each key once while it is held", () => {
    let calls = 0;
    const upper = boundedMemo(10, (k) => {
      calls += 1;
      return k.toUpperCase();
    });
    expect([upper("a"), upper("a"), upper("b")]).toEqual(["A", "A", "B"]);
    expect(calls).toBe(2);
  });

  it("never holds more than its capacity", () => {
    let calls = 0;
    const same = boundedMemo(2, (k) => {
      calls += 1;
      return k;
    });
    for (const k of ["a", "b", "c", "a"]) same(k);
    // "c" found the memo full and started it over, so "a" was computed again.
    expect(calls).toBe(4);
  });
});
