import { describe, expect, it } from "vitest";
import { factsInMessage } from "./identity-facts.js";

describe("factsInMessage", () => {
  it.each([
    ["I want to return something. Emma Wilson, zip 94107, emma.wilson@example.com", "Emma", "Wilson"],
    ["hi emma wilson, emma.wilson@example.com, zip 94107. plz update my default address", "emma", "wilson"],
    ["I need to cancel an order - Emma Wilson, 94107, emma.wilson@example.com", "Emma", "Wilson"],
    ["我要退货 李娜 邮编200031 手机13912345678", "娜", "李"],
  ])("finds the name inside a request: %s", (text, first, last) => {
    const facts = factsInMessage(text, [], false);
    expect([facts.firstName, facts.lastName]).toEqual([first, last]);
    expect(facts.zip).toBeDefined();
  });

  it("does not take filler words for a name", () => {
    const facts = factsInMessage("emma.wilson@example.com order #W0010001 ok. and where is #W9999999?", [], false);
    expect(facts.firstName).toBeUndefined();
    expect(facts.orderId).toBe("#W0010001");
  });

  it("does not take lower-case words of a request for a name", () => {
    expect(
      factsInMessage("cancel #W0010001 pls, emma.wilson@example.com, no longer needed", [], false).firstName,
    ).toBeUndefined();
  });
});

describe("factsInMessage with understood slots", () => {
  it("keeps the first zip of the message (a later one belongs to the new address)", () => {
    const facts = factsInMessage(
      "hi emma wilson, emma.wilson@example.com, zip 94107. update my default address to 301 lake shore drive chicago il 60611",
      [
        { type: "set_slot", slot: "zip", value: "94107" },
        { type: "set_slot", slot: "zip", value: "60611" },
      ],
      false,
    );
    expect(facts.zip).toBe("94107");
  });
});
