import { describe, expect, it } from "vitest";
import { KefuError } from "../errors/kefu-error.js";
import type { CannedReplyInput } from "./canned-reply.js";
import { checkCannedReplyInput } from "./check-canned-reply-input.js";

const input: CannedReplyInput = {
  locale: "en",
  shortcut: " thanks ",
  title: " Thanks ",
  body: " Thanks {customer_name}! ",
  actions: [],
};

function codeOf(change: Partial<CannedReplyInput>): string {
  try {
    checkCannedReplyInput({ ...input, ...change });
    return "OK";
  } catch (err) {
    return KefuError.isInstance(err) ? err.code : String(err);
  }
}

describe("checkCannedReplyInput", () => {
  it("trims and orders actions as the console runs them", () => {
    expect(checkCannedReplyInput({ ...input, actions: ["resolve", "assign_me", "resolve"] })).toEqual({
      locale: "en",
      shortcut: "thanks",
      title: "Thanks",
      body: "Thanks {customer_name}!",
      actions: ["assign_me", "resolve"],
    });
  });

  it("gives each mistake its own code", () => {
    expect(codeOf({ body: "Hi {name}" })).toBe("CANNED_REPLY_UNKNOWN_VARIABLE");
    expect(codeOf({ body: "\n " })).toBe("CANNED_REPLY_EMPTY");
    expect(codeOf({ title: "t".repeat(81) })).toBe("CANNED_REPLY_TOO_LONG");
    expect(codeOf({ body: "b".repeat(2001) })).toBe("CANNED_REPLY_TOO_LONG");
    expect(codeOf({ body: "b".repeat(2000) })).toBe("OK");
    expect(codeOf({ shortcut: "a b" })).toBe("CANNED_REPLY_SHORTCUT_INVALID");
    expect(codeOf({ shortcut: "退款-2" })).toBe("OK");
    expect(codeOf({ actions: ["handback", "resolve"] })).toBe("CANNED_REPLY_ACTIONS_CONFLICT");
    // Braces around anything but a plain name are text, not variables.
    expect(codeOf({ body: 'JSON looks like {"a": 1}' })).toBe("OK");
  });
});
