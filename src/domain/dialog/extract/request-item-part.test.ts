import { describe, expect, it } from "vitest";
import type { ItemLike } from "./match-item-text.js";
import { requestItemPart } from "./request-item-part.js";
import { selectItems } from "./select-items.js";

describe("requestItemPart", () => {
  it.each([
    [
      "for order #W7147989, can I change the third item to black, 8 cups, espresso? pay the difference with my gift card",
      "for order #W7147989, can I change the third item to ",
    ],
    [
      "I want to exchange the first item from order W9907310 for electric, large, rotisserie",
      "I want to exchange the first item from order W9907310 for ",
    ],
    [
      "can I swap the fourth item in order #W8068454 for the metal, black, 6 ft version?",
      "can I swap the fourth item in order #W8068454 for ",
    ],
    ["订单#W1483350的L的那个我想换成S, black, medium", "订单#W1483350的L的那个我想"],
    ["I want to return the keyboard from W0010005", "I want to return the keyboard from W0010005"],
  ])("%s", (request, part) => expect(requestItemPart(request)).toBe(part));

  it("keeps the target's options from picking another item of the order", () => {
    const items: ItemLike[] = [
      { name: "Grill", options: { type: "electric", size: "portable", features: "none" } },
      { name: "Coffee Maker", options: { color: "white", capacity: "4 cups", type: "french press" } },
      { name: "Espresso Machine", options: { pressure: "19 bar", capacity: "1L", type: "capsule" } },
    ];
    const request = "can I change the second item to black, 8 cups, espresso?";
    expect(selectItems(request, items)).not.toMatchObject({ indexes: [1] });
    expect(selectItems(requestItemPart(request), items)).toMatchObject({ kind: "selected", indexes: [1] });
  });
});
