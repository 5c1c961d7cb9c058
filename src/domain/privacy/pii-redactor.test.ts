import { describe, expect, it } from "vitest";
import { passesLuhn } from "./luhn.js";
import { namesInIdentityAnswer, type PiiVault, redactPii, restorePii } from "./pii-redactor.js";

function roundTrip(text: string, options = {}) {
  const vault: PiiVault = new Map();
  const redacted = redactPii(text, vault, options);
  return { redacted, vault, restored: restorePii(redacted, vault) };
}

describe("PII redaction", () => {
  it("redacts email, phone and name in English and restores them", () => {
    const text = "Hi, my name is Yusuf Rossi, email yusuf.rossi7301@example.com, call +1 (415) 555-0134.";
    const { redacted, restored } = roundTrip(text);
    expect(redacted).not.toContain("yusuf.rossi7301@example.com");
    expect(redacted).not.toContain("Yusuf");
    expect(redacted).not.toContain("555-0134");
    expect(redacted).toContain("⟦EMAIL_1⟧");
    expect(restored).toBe(text);
  });

  it("redacts Chinese names, CN mobiles and street addresses", () => {
    const text = "我叫王小明，手机13812345678，地址是上海市南京西路123号";
    const { redacted, restored } = roundTrip(text);
    expect(redacted).not.toMatch(/王小明|13812345678|南京西路123号/);
    expect(redacted).toContain("⟦PHONE_1⟧");
    expect(restored).toBe(text);
  });

  it("masks card digits: Luhn-valid, grouped like a card, next to a card word, or the last four", () => {
    expect(passesLuhn("4111111111111111")).toBe(true);
    const { redacted, restored } = roundTrip(
      "card 4111 1111 1111 1111, mistyped 4111-1111-1111-1112, visa 123456789012, ending in 4242; ref 123456789012",
    );
    expect(redacted).toBe("card ⟦CARD_1⟧, mistyped ⟦CARD_2⟧, visa ⟦CARD_3⟧, ending in ⟦CARD_4⟧; ref 123456789012");
    expect(restored).toContain("4111 1111 1111 1111");
    expect(roundTrip("信用卡尾号1234").redacted).toBe("信用卡尾号⟦CARD_1⟧");
  });

  it("never takes a kept order number for a card, even a Luhn-valid one", () => {
    expect(passesLuhn("2024112212343")).toBe(true);
    const { redacted } = roundTrip("order 2024112212343 and #W2378156, card 4111111111111111");
    expect(redacted).toBe("order 2024112212343 and #W2378156, card ⟦CARD_1⟧");
  });

  it("keeps order numbers by default and hides them on request", () => {
    expect(roundTrip("order #W2378156").redacted).toContain("#W2378156");
    const hidden = roundTrip("订单2024112212345和#W2378156", { redactOrders: true });
    expect(hidden.redacted).not.toMatch(/2024112212345|W2378156/);
    expect(hidden.restored).toBe("订单2024112212345和#W2378156");
  });

  it("redacts known customer names and reuses the same token", () => {
    const { redacted, vault } = roundTrip("Mei Kovacs asked; Mei Kovacs again; 李雷 too", {
      knownNames: ["Mei Kovacs", "李雷"],
    });
    expect(redacted).toBe("⟦NAME_1⟧ asked; ⟦NAME_1⟧ again; ⟦NAME_2⟧ too");
    expect(vault.size).toBe(2);
  });

  it("redacts the name in the bot's thank-you lines", () => {
    expect(roundTrip("Thank you, Yusuf Rossi, you're verified.").redacted).toBe(
      "Thank you, ⟦NAME_1⟧, you're verified.",
    );
    expect(roundTrip("谢谢王小明，身份已核实。").redacted).toBe("谢谢⟦NAME_1⟧，身份已核实。");
  });

  it("finds bare names in an identity answer", () => {
    expect(namesInIdentityAnswer("Emma Wilson 94107")).toEqual(["Emma Wilson"]);
    expect(namesInIdentityAnswer("李娜 200031")).toEqual(["李娜"]);
    expect(namesInIdentityAnswer("my zip is 94107")).toEqual([]);
  });

  it("leaves unknown placeholders in model output untouched", () => {
    expect(restorePii("see ⟦EMAIL_9⟧", new Map())).toBe("see ⟦EMAIL_9⟧");
  });
});
