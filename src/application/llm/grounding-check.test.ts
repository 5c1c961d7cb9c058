import { describe, expect, it } from "vitest";
import type { ReplyDraft } from "../ports/understanding.js";
import { checkGrounding } from "./grounding-check.js";

const draft: ReplyDraft = {
  locale: "en",
  text: "Order #W2378156 is delivered. Refund of $54.04 goes to your gift card within 5 days.",
  facts: ["#W2378156", "delivered", "$54.04"],
  citations: [],
};

describe("grounding check", () => {
  it("accepts a rephrasing that keeps every fact", () => {
    expect(
      checkGrounding(draft, "Good news: #W2378156 is delivered, and $54.04 will reach your gift card in 5 days."),
    ).toEqual({ ok: true });
  });
  it("rejects a changed amount or a dropped order id", () => {
    expect(checkGrounding(draft, "Order #W2378156 is delivered; refund $45.04.").ok).toBe(false);
    expect(checkGrounding(draft, "Your order is delivered; refund $54.04.").ok).toBe(false);
  });
  it("rejects new numbers the draft never mentioned", () => {
    const r = checkGrounding(draft, "#W2378156 delivered, $54.04 refunded in 5 days, plus a 20% coupon!");
    expect(r).toEqual({ ok: false, reason: "unsupported number: 20" });
  });
  it("rejects a KB answer rephrased without its numbers (no listed facts to protect them)", () => {
    const kb: ReplyDraft = {
      locale: "en",
      text: "Return policy: items can be returned within 7 days of delivery.\nSource: Return policy",
      facts: [],
      citations: [{ articleId: "kb-returns", title: "Return policy" }],
    };
    expect(checkGrounding(kb, "Per our Return policy, you can send items back after delivery.")).toEqual({
      ok: false,
      reason: "number dropped: 7",
    });
    expect(checkGrounding(kb, "Per our Return policy, you have 7 days after delivery to return items.").ok).toBe(true);
  });
  it("rejects dropping a cited KB article (Chinese)", () => {
    const zh: ReplyDraft = {
      locale: "zh",
      text: "根据《退货政策》，七天无理由退货。",
      facts: [],
      citations: [{ articleId: "kb1", title: "退货政策" }],
    };
    expect(checkGrounding(zh, "支持七天无理由退货。").ok).toBe(false);
    expect(checkGrounding(zh, "按照《退货政策》，您可以七天无理由退货。").ok).toBe(true);
  });
});
