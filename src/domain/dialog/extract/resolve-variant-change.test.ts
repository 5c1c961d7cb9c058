import { describe, expect, it } from "vitest";
import { resolveVariantChange, type VariantLike } from "./resolve-variant-change.js";

const kb = (id: string, sw: string, light: string, size: string, available = true): VariantLike => ({
  id,
  options: { "switch type": sw, backlight: light, size },
  available,
  priceCents: 10000,
});
const keyboards = [
  kb("k1", "linear", "RGB", "full size"),
  kb("k2", "clicky", "RGB", "full size", false),
  kb("k3", "clicky", "white", "full size"),
  kb("k4", "clicky", "RGB", "80%"),
  kb("k5", "tactile", "none", "60%"),
];
const current = keyboards[0] as VariantLike;

const tee = (id: string, color: string, size: string, available = true): VariantLike => ({
  id,
  options: { color, size, material: "cotton" },
  available,
});
const tees = [tee("t1", "red", "M"), tee("t2", "black", "M"), tee("t3", "black", "L"), tee("t4", "blue", "S", false)];
const redM = tees[0] as VariantLike;

describe("resolveVariantChange", () => {
  it("resolves a one-option change to the in-stock exact match", () => {
    expect(resolveVariantChange("same but in black", redM, tees)).toMatchObject({
      kind: "resolved",
      variant: { id: "t2" },
      requested: { color: "black" },
      alsoChanged: [],
    });
  });

  it.each([
    ["换成黑色 L码", "t3"],
    ["black, size L pls", "t3"],
    // A one-letter size beside a colour is that size, not a stray letter.
    ["can I get it in BLACK L?", "t3"],
    ["hmm make it black L instead", "t3"],
    ["can i swap it for a L in black", "t3"],
    // "too small" is what is wrong with the current one, not a size asked for.
    ["too small, can i get black L", "t3"],
    ["太小了，换黑色L码", "t3"],
    ["switch from red to black", "t2"],
    ["not red, black", "t2"],
    ["把红色换成黑色", "t2"],
    ["ｂｌａｃｋ", "t2"],
  ])("%s → %s", (text, id) => {
    const result = resolveVariantChange(text, redM, tees);
    expect(result.kind).toBe("resolved");
    if (result.kind === "resolved") expect(result.variant.id).toBe(id);
  });

  it("reports the sold-out exact match with in-stock alternatives (keep the rest)", () => {
    const result = resolveVariantChange("switch type: clicky, keep the rest", current, keyboards);
    expect(result).toMatchObject({ kind: "unavailable", requested: { "switch type": "clicky" }, exact: { id: "k2" } });
    if (result.kind === "unavailable") expect(result.alternatives.map((v) => v.id)).toEqual(["k3", "k4"]);
  });

  it("never resolves to an out-of-stock variant", () => {
    const result = resolveVariantChange("blue S", redM, tees);
    expect(result.kind).toBe("unavailable");
    if (result.kind === "unavailable") expect(result.alternatives).toEqual([]);
  });

  it("resolves to the single in-stock variant when the exact one does not exist, naming what else changes", () => {
    expect(resolveVariantChange("tactile please", current, keyboards)).toEqual({
      kind: "resolved",
      variant: keyboards[4],
      requested: { "switch type": "tactile" },
      alsoChanged: ["backlight", "size"],
    });
  });

  it("asks instead when the shopper said keep the rest and the exact one does not exist", () => {
    expect(resolveVariantChange("tactile, keep everything else the same", current, keyboards)).toMatchObject({
      kind: "unavailable",
      alternatives: [{ id: "k5" }],
    });
  });

  it("reads several changed options", () => {
    expect(resolveVariantChange("clicky with white backlight", current, keyboards)).toMatchObject({
      kind: "resolved",
      variant: { id: "k3" },
    });
  });

  it("reads a percentage size", () => {
    expect(resolveVariantChange("the 80% clicky one", current, keyboards)).toMatchObject({
      kind: "resolved",
      variant: { id: "k4" },
    });
  });

  it("is unchanged when the asked options are the current ones", () => {
    expect(resolveVariantChange("red M", redM, tees)).toEqual({ kind: "unchanged" });
  });

  it("is none when no option value is named", () => {
    expect(resolveVariantChange("a different one please", redM, tees)).toEqual({ kind: "none" });
    expect(resolveVariantChange("purple", redM, tees)).toEqual({ kind: "none" });
  });

  it("assigns a value shared by two keys to the key the shopper names", () => {
    const glasses: VariantLike[] = [
      { id: "g1", options: { "frame color": "silver", "lens color": "blue" }, available: true },
      { id: "g2", options: { "frame color": "black", "lens color": "blue" }, available: true },
      { id: "g3", options: { "frame color": "silver", "lens color": "black" }, available: true },
    ];
    expect(resolveVariantChange("black lens color please", glasses[0] as VariantLike, glasses)).toMatchObject({
      kind: "resolved",
      variant: { id: "g3" },
    });
  });
});

describe("resolveVariantChange: values that need their key", () => {
  const v = (id: string, options: Record<string, string>, available = true): VariantLike => ({
    id,
    options,
    available,
  });

  it("reads a short code after its key ('size to A6')", () => {
    const notebooks = [v("n1", { size: "A4", cover: "hard" }), v("n2", { size: "A6", cover: "hard" })];
    expect(
      resolveVariantChange("change the size to A6, keep the rest", notebooks[0] as VariantLike, notebooks),
    ).toMatchObject({ kind: "resolved", variant: { id: "n2" } });
  });

  it("reads a generic value only with its key ('backlight: none')", () => {
    const kbs = [v("k1", { backlight: "RGB" }), v("k2", { backlight: "none" })];
    expect(resolveVariantChange("backlight: none pls", kbs[0] as VariantLike, kbs)).toMatchObject({
      variant: { id: "k2" },
    });
    expect(resolveVariantChange("none of these", kbs[0] as VariantLike, kbs)).toEqual({ kind: "none" });
  });

  it("reads a bare number followed by its key ('500 pieces')", () => {
    const puzzles = [v("p1", { pieces: "1000" }), v("p2", { pieces: "500" })];
    expect(resolveVariantChange("can I switch it to 500 pieces?", puzzles[0] as VariantLike, puzzles)).toMatchObject({
      variant: { id: "p2" },
    });
  });

  it("prefers the longer value ('rose gold' over 'gold')", () => {
    const phones = [v("s1", { color: "black" }), v("s2", { color: "gold" }), v("s3", { color: "rose gold" })];
    expect(resolveVariantChange("rose gold please", phones[0] as VariantLike, phones)).toMatchObject({
      variant: { id: "s3" },
    });
  });

  it("takes a literal value over a synonym of another key ('medium' ventilation, not size M)", () => {
    const helmets = [
      v("h1", { size: "S", ventilation: "low" }),
      v("h2", { size: "S", ventilation: "medium" }),
      v("h3", { size: "M", ventilation: "low" }),
    ];
    expect(resolveVariantChange("medium ventilation pls", helmets[0] as VariantLike, helmets)).toMatchObject({
      variant: { id: "h2" },
      requested: { ventilation: "medium" },
    });
  });

  it("reads 'in L' as the size", () => {
    expect(resolveVariantChange("same but in L", tees[1] as VariantLike, tees)).toMatchObject({
      variant: { id: "t3" },
    });
  });
});

describe("resolveVariantChange with a size letter in a comma list", () => {
  const jacket = (id: string, size: string, color: string, zipper: string): VariantLike => ({
    id,
    options: { size, color, zipper },
    available: true,
  });
  const jackets = [
    jacket("j1", "XL", "navy", "half"),
    jacket("j2", "L", "black", "full"),
    jacket("j3", "S", "red", "half"),
    { ...jacket("j4", "M", "navy", "half"), available: false },
  ];
  it("'M, black, full' asks for size M: not in stock, so nothing else is picked in its place", () => {
    const change = resolveVariantChange("M, black, full", jackets[0] as VariantLike, jackets);
    expect(change).toMatchObject({ kind: "unavailable", requested: { size: "M", color: "black" } });
  });
});

describe("resolveVariantChange: values listed with commas (found by eval shoppers)", () => {
  const kit = (id: string, tone: string, size: string, brand: string, available = true): VariantLike => ({
    id,
    options: { "skin tone": tone, "kit size": size, brand },
    available,
  });
  const kits = [
    kit("k0", "light", "professional", "Brand B"),
    kit("k1", "dark", "professional", "Brand B"),
    kit("k2", "dark", "basic", "Brand B"),
    kit("k3", "dark", "professional", "Brand A"),
  ];
  it("'dark, basic, Brand B' keeps 'basic' (never the professional kit in its place)", () => {
    const change = resolveVariantChange("dark, basic, Brand B", kits[0] as VariantLike, kits);
    expect(change).toMatchObject({ kind: "resolved", variant: { id: "k2" } });
  });

  const helmet = (id: string, size: string, color: string, vent: string, available = true): VariantLike => ({
    id,
    options: { size, color, ventilation: vent },
    available,
  });
  const helmets = [
    helmet("h0", "M", "blue", "low"),
    helmet("h1", "M", "red", "high"),
    helmet("h2", "L", "red", "high", false),
  ];
  it("'swap the M one … for the L, red, high version' asks for L, which is sold out (not the M one's size)", () => {
    const text = "can I swap the M one in order #W3794101 for the L, red, high version?";
    expect(resolveVariantChange(text, helmets[0] as VariantLike, helmets)).toMatchObject({
      kind: "unavailable",
      requested: { size: "L", color: "red", ventilation: "high" },
    });
  });
});
