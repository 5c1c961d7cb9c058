import { describe, expect, it } from "vitest";
import { findControlChar, hasControlChar, isFreeText, withoutControlChars } from "./control-chars.js";

describe("control characters", () => {
  it("finds NUL, escapes and DEL; allows tab and line breaks only in free text", () => {
    expect(hasControlChar("order\u0000", false)).toBe(true);
    expect(hasControlChar("a\u001bb", true)).toBe(true);
    expect(hasControlChar("a\u007f", true)).toBe(true);
    expect(hasControlChar("line one\nline two\r\n\tend", true)).toBe(false);
    expect(hasControlChar("line one\nline two", false)).toBe(true);
    expect(hasControlChar("退货 🙂 ok", false)).toBe(false);
    expect(isFreeText("hello\n")).toBe(true);
  });

  it("names the first offending field as a JSON pointer, keys included", () => {
    expect(findControlChar({ a: "ok", b: { c: ["x", "y\u0000"] } }, true)).toBe("/b/c/1");
    expect(findControlChar({ "k\u0001": 1 }, true)).toBe("/k?");
    expect(findControlChar("\u0000", false)).toBe("/");
    expect(findControlChar({ text: "two\nlines" }, true)).toBeUndefined();
    expect(findControlChar({ id: "two\nlines" }, false)).toBe("/id");
    expect(findControlChar([1, true, null], false)).toBeUndefined();
  });

  it("renders control characters visibly for logs", () => {
    expect(withoutControlChars("a\u0000b\nc")).toBe("a?b?c");
  });
});
