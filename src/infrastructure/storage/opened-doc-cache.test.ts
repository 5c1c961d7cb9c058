import { describe, expect, it } from "vitest";
import { OpenedDocCache } from "./opened-doc-cache.js";

describe("OpenedDocCache", () => {
  const counting = () => {
    const calls: string[] = [];
    const parse = (row: { id: string; doc: string }) => {
      calls.push(row.doc);
      return { text: row.doc, nested: { list: [1] } };
    };
    return { calls, parse };
  };

  it("opens a row once while its stored text is unchanged", () => {
    const cache = new OpenedDocCache<{ text: string }>(10);
    const { calls, parse } = counting();
    const first = cache.open({ id: "a", doc: "v1" }, parse);
    expect(cache.open({ id: "a", doc: "v1" }, parse)).toBe(first);
    expect(calls).toEqual(["v1"]);
  });

  it("opens again when the stored text changed (a resealed row)", () => {
    const cache = new OpenedDocCache<{ text: string }>(10);
    const { calls, parse } = counting();
    cache.open({ id: "a", doc: "v1" }, parse);
    expect(cache.open({ id: "a", doc: "v2" }, parse).text).toBe("v2");
    expect(calls).toEqual(["v1", "v2"]);
  });

  it("serves a remembered write without opening it, frozen all the way down", () => {
    const cache = new OpenedDocCache<{ text: string; nested: { list: number[] } }>(10);
    const { calls, parse } = counting();
    cache.remember({ id: "a", doc: "v1" }, { text: "v1", nested: { list: [1] } });
    const read = cache.open({ id: "a", doc: "v1" }, parse);
    expect(calls).toEqual([]);
    expect(Object.isFrozen(read.nested.list)).toBe(true);
  });

  it("holds at most its capacity", () => {
    const cache = new OpenedDocCache<{ text: string }>(1);
    const { calls, parse } = counting();
    cache.open({ id: "a", doc: "v1" }, parse);
    cache.open({ id: "b", doc: "v1" }, parse);
    cache.open({ id: "a", doc: "v1" }, parse);
    expect(calls).toHaveLength(3);
  });
});
