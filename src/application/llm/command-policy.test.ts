import { describe, expect, it } from "vitest";
import { checkCommandPolicy } from "./command-policy.js";

const base = {
  context: { locale: "en" as const, history: [], verified: false },
  customerTexts: ["my email is ⟦EMAIL_1⟧, order #W0010004"],
  conversationTexts: ["Your orders: #W0010004, #W0010005", "my email is ⟦EMAIL_1⟧, order #W0010004"],
  vault: new Map([["⟦EMAIL_1⟧", "emma.wilson@example.com"]]),
};

describe("command policy for model tool calls", () => {
  it("accepts values the customer gave and orders the conversation shows", () => {
    expect(
      checkCommandPolicy(
        [
          { type: "set_slot", slot: "email", value: "⟦EMAIL_1⟧" },
          { type: "set_slot", slot: "order_id", value: "W0010005" },
        ],
        base,
      ),
    ).toEqual([]);
  });

  it("rejects invented identities, unknown placeholders, unseen orders and unasked confirmations", () => {
    expect(
      checkCommandPolicy(
        [
          { type: "set_slot", slot: "email", value: "attacker@example.com" },
          { type: "set_slot", slot: "phone", value: "⟦PHONE_7⟧" },
          { type: "set_slot", slot: "order_id", value: "#W0020001" },
          { type: "confirm" },
        ],
        base,
      ),
    ).toEqual([
      'set_slot email: "attacker@example.com" was not given by the customer',
      "set_slot phone: unknown placeholder ⟦PHONE_7⟧",
      'set_slot phone: "⟦PHONE_7⟧" was not given by the customer',
      'set_slot order_id: "#W0020001" does not appear in the conversation',
      "confirm: nothing is awaiting the customer's confirmation",
    ]);
    expect(
      checkCommandPolicy([{ type: "confirm" }], { ...base, context: { ...base.context, awaiting: "confirmation" } }),
    ).toEqual([]);
  });
});
