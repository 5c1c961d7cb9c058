import { describe, expect, it } from "vitest";
import type { ItemLike } from "./match-item-text.js";
import { selectItems } from "./select-items.js";

const order: ItemLike[] = [
  { name: "Mechanical Keyboard", options: { "switch type": "clicky", backlight: "RGB", size: "full size" } },
  { name: "T-Shirt", options: { color: "red", size: "M", material: "cotton", style: "crew neck" } },
  { name: "T-Shirt", options: { color: "black", size: "L", material: "polyester", style: "v-neck" } },
  { name: "Water Bottle", options: { capacity: "750ml", material: "glass", color: "blue" } },
];

describe("selectItems by name", () => {
  it.each([
    ["I want to return the keyboard", [0]],
    ["the keybaord pls", [0]],
    ["the mechanical one", [0]],
    ["MECHANICAL KEYBOARD", [0]],
    ["the water botle", [0 + 3]],
    ["the bottle", [3]],
    ["退键盘", [0]],
    ["水杯不要了", [3]],
  ])("%s", (text, indexes) => expect(selectItems(text, order)).toMatchObject({ kind: "selected", indexes }));

  it("asks when a name fits two different items", () => {
    expect(selectItems("the t-shirt", order)).toEqual({ kind: "ambiguous", candidates: [1, 2] });
  });

  it("accepts tee / tshirt / T恤 as the T-Shirt", () => {
    for (const text of ["the tee", "tshirt", "t shirt", "那件T恤"]) {
      expect(selectItems(text, order)).toMatchObject({ kind: "ambiguous", candidates: [1, 2] });
    }
  });
});

describe("selectItems by option", () => {
  it.each([
    ["the red one", [1]],
    ["the black t-shirt", [2]],
    ["size M", [1]],
    ["the L size one", [2]],
    ["the L one", [2]],
    ["the M one", [1]],
    ["L的那件", [2]],
    ["M的那个", [1]],
    ["the v-neck", [2]],
    ["黑色的那件", [2]],
    ["红色M码", [1]],
    ["the purple one", []],
  ])("%s", (text, indexes) => {
    const result = selectItems(text, order);
    if (indexes.length === 0) expect(result.kind).toBe("none");
    else expect(result).toMatchObject({ kind: "selected", indexes, by: "option" });
  });

  it("does not read an everyday word as a typo of an option ('back' is not 'black')", () => {
    const text = "please return the v-neck of order #W2101159 and put the money back on my gift card";
    expect(selectItems(text, order)).toMatchObject({ kind: "selected", indexes: [2] });
    expect(selectItems("put the money back on my gift card", order).kind).toBe("none");
  });

  it("prefers the item matching name and option over name alone", () => {
    expect(selectItems("the blue water bottle", order)).toMatchObject({ kind: "selected", indexes: [3] });
  });
});

describe("selectItems by ordinal", () => {
  it.each([
    ["the second one", [1]],
    ["2nd", [1]],
    ["第二个", [1]],
    ["last one", [3]],
    ["最后一个", [3]],
    ["the first and the third", [0, 2]],
    ["2", [1]],
  ])("%s", (text, indexes) => expect(selectItems(text, order)).toMatchObject({ kind: "selected", indexes }));

  it("counts in the offered list, not the order", () => {
    expect(selectItems("the second one", order, [3, 1, 0])).toMatchObject({ kind: "selected", indexes: [1] });
    expect(selectItems("last one", order, [3, 1, 0])).toMatchObject({ kind: "selected", indexes: [0] });
  });

  it("counts among same-named items when the name is given", () => {
    expect(selectItems("the second t-shirt", order)).toMatchObject({ kind: "selected", indexes: [2] });
  });

  it("is none when the position is past the list", () => {
    expect(selectItems("the fifth one", order)).toEqual({ kind: "none" });
  });
});

describe("selectItems: several, all, except, quantities", () => {
  it.each([
    ["both t-shirts", [1, 2]],
    ["all of them", [0, 1, 2, 3]],
    ["全部", [0, 1, 2, 3]],
    ["everything except the keyboard", [1, 2, 3]],
    ["all but not the water bottle", [0, 1, 2]],
    ["除了键盘都退", [1, 2, 3]],
    ["2 of the t-shirts", [1, 2]],
    ["the keyboard and the water bottle", [0, 3]],
    ["the red and the black one", [1, 2]],
    ["键盘和水杯", [0, 3]],
  ])("%s", (text, indexes) => expect(selectItems(text, order)).toMatchObject({ kind: "selected", indexes }));

  it("takes both offered items on 'both'", () => {
    expect(selectItems("both", order, [0, 3])).toMatchObject({ kind: "selected", indexes: [0, 3] });
    expect(selectItems("两个都要", order, [1, 2])).toMatchObject({ kind: "selected", indexes: [1, 2] });
  });

  it("asks on 'both' when more than two were offered", () => {
    expect(selectItems("both", order)).toEqual({ kind: "ambiguous", candidates: [0, 1, 2, 3] });
  });

  it("keeps the quantity for identical lines", () => {
    const twins: ItemLike[] = [
      { name: "Mug", options: { color: "white" } },
      { name: "Mug", options: { color: "white" } },
      { name: "Mug", options: { color: "white" } },
    ];
    expect(selectItems("2 of the mugs", twins)).toEqual({ kind: "selected", indexes: [0, 1], quantity: 2, by: "name" });
    expect(selectItems("the mug", twins)).toMatchObject({ kind: "selected", indexes: [0] });
  });

  it("asks which when the quantity is smaller than the different matches", () => {
    const three: ItemLike[] = [...order, { name: "T-Shirt", options: { color: "blue", size: "S" } }];
    expect(selectItems("2 of the t-shirts", three)).toEqual({ kind: "ambiguous", candidates: [1, 2, 4], quantity: 2 });
  });

  it("leaves the single remaining item after 'not the …'", () => {
    expect(selectItems("not the keyboard", order, [0, 3])).toMatchObject({ kind: "selected", indexes: [3] });
  });
});

describe("selectItems: nothing or a refusal", () => {
  it.each([["neither"], ["none of them"], ["都不要了"]])("%s is declined", (text) =>
    expect(selectItems(text, order)).toEqual({ kind: "declined" }),
  );

  it.each([["hmm let me think"], ["where is my order #W0010001?"], ["the laptop"]])("%s is none", (text) =>
    expect(selectItems(text, order)).toEqual({ kind: "none" }),
  );
});

describe("selectItems: near names", () => {
  const mixed: ItemLike[] = [
    { name: "Sneakers", options: { size: "10", color: "black" } },
    { name: "Bluetooth Speaker", options: { color: "red", "water resistance": "no" } },
    { name: "Electric Kettle", options: { capacity: "1L", color: "white" } },
    { name: "Tea Kettle", options: { material: "glass", "stovetop compatibility": "electric" } },
    { name: "Jigsaw Puzzle", options: { pieces: "1000", theme: "art" } },
    { name: "Jigsaw Puzzle", options: { pieces: "500", theme: "animals" } },
  ];

  it("prefers the exact word over a typo of another product", () => {
    expect(selectItems("the sneakers pls", mixed)).toMatchObject({ kind: "selected", indexes: [0] });
    expect(selectItems("the speaker", mixed)).toMatchObject({ kind: "selected", indexes: [1] });
  });

  it("prefers the full name over a shared word plus an option", () => {
    expect(selectItems("the electric kettle", mixed)).toMatchObject({ kind: "selected", indexes: [2] });
    expect(selectItems("the tea kettle", mixed)).toMatchObject({ kind: "selected", indexes: [3] });
  });

  it("tells same-named items apart by a number option, not as a quantity", () => {
    expect(selectItems("the 500 jigsaw puzzle", mixed)).toEqual({ kind: "selected", indexes: [5], by: "option" });
    expect(selectItems("the 1000 piece puzzle", mixed)).toEqual({ kind: "selected", indexes: [4], by: "option" });
  });

  it("asks when a typo is as close to two products", () => {
    expect(selectItems("the snaekers", mixed).kind).toBe("ambiguous");
  });
});

describe("selectItems: keep", () => {
  it("excludes what the shopper keeps", () => {
    expect(selectItems("return the keyboard, keep the t-shirts", order)).toMatchObject({
      kind: "selected",
      indexes: [0],
    });
    expect(selectItems("退键盘，T恤留着", order)).toMatchObject({ kind: "selected", indexes: [0] });
  });

  it("does not read 'keep the rest' as an item", () => {
    expect(selectItems("the keyboard, keep the rest", order)).toMatchObject({ kind: "selected", indexes: [0] });
  });
});
