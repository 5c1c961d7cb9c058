import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.js";
import { normalizeText, toHalfWidth } from "./normalize-text.js";

describe("normalizeText", () => {
  it("maps full-width ASCII and ideographic spaces to half-width and lower-cases, keeping length", () => {
    const input = "ＯＲＤＥＲ　＃Ｗ２３７８１５６！退货";
    const out = normalizeText(input);
    expect(out).toBe("order #w2378156!退货");
    expect(out).toHaveLength(input.length);
    expect(toHalfWidth("Ｍ码")).toBe("M码");
  });
});

describe("detectLanguage", () => {
  it.each([
    ["我的快递到哪了", "zh"],
    ["Where is my parcel?", "en"],
    ["我想退货 order #W2378156", "zh"],
    ["I want to return it, 谢谢", "en"],
    ["好的", "zh"],
    ["ok", "en"],
  ] as const)("%s → %s", (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it("follows the hint when the text has no script to judge", () => {
    expect(detectLanguage("#W2378156", "zh")).toBe("zh");
    expect(detectLanguage("👍")).toBe("en");
    expect(detectLanguage("ok", "zh")).toBe("zh");
    expect(detectLanguage("okay thanks a lot", "zh")).toBe("en");
  });
});
