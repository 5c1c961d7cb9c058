import { describe, expect, it } from "vitest";
import { turnLocale } from "./turn-locale.js";

describe("turnLocale", () => {
  it("keeps Chinese for button values, ids, emails and a stray English word", () => {
    expect(turnLocale("zh", "item:0", "en", ["item:0", "item:1"])).toBe("zh");
    expect(turnLocale("zh", "#W0020001", "en")).toBe("zh");
    expect(turnLocale("zh", "wang@example.com", "en")).toBe("zh");
    expect(turnLocale("zh", "ok", "en")).toBe("zh");
    expect(turnLocale("zh", "PayPal", "en")).toBe("zh");
  });

  it("switches when the shopper clearly writes the other language", () => {
    expect(turnLocale("zh", "where is my order please", "en")).toBe("en");
    expect(turnLocale("en", "我想退货 my order W0010005 please", "en")).toBe("zh");
    expect(turnLocale("en", "退货", "zh")).toBe("zh");
  });

  it("keeps English for an English chat", () => {
    expect(turnLocale("en", "the second one", "en")).toBe("en");
    expect(turnLocale("en", "12345", "zh")).toBe("en");
  });
});

describe("turnLocale with a Chinese address in an English chat", () => {
  it("keeps English when the Chinese is only the address", () => {
    expect(turnLocale("en", "please change the address to 北京市朝阳区建国路88号 100022", "zh")).toBe("en");
    expect(turnLocale("en", "我想退货 my order W0010005 please", "zh")).toBe("zh");
  });
});
