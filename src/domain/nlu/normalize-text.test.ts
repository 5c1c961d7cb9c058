import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize-text.js";

describe("normalizeText", () => {
  it("maps common traditional characters to simplified, one for one", () => {
    const text = "我想取消訂單，確認，手機，郵編";
    expect(normalizeText(text)).toBe("我想取消订单,确认,手机,邮编");
    expect(normalizeText(text)).toHaveLength(text.length);
  });

  it("lower-cases and half-widths as before", () => {
    expect(normalizeText("ＡＢ Cd")).toBe("ab cd");
  });
});
