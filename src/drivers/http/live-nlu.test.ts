import { describe, expect, it } from "vitest";
import type { LocalNlu } from "../../domain/nlu/create-local-nlu.js";
import type { NluResult } from "../../domain/nlu/nlu-result.js";
import { LiveNlu } from "./live-nlu.js";

/** An NLU that answers every message with one fixed intent. */
function fixed(intent: NluResult["intent"]): LocalNlu {
  return {
    analyze: () => ({
      language: "en",
      intent,
      confidence: 0.9,
      ranking: [{ intent, confidence: 0.9 }],
      entities: [],
      sentiment: { label: "neutral", score: 0, anger: false },
    }),
  };
}

describe("LiveNlu", () => {
  it("refuses to analyze before a model is attached, and reports no reload", async () => {
    const live = new LiveNlu();
    expect(live.attached).toBe(false);
    expect(() => live.analyze("hi")).toThrow(/before a model was attached/);
    expect(await live.reload()).toBe(false);
  });

  it("swaps in what the loader returns; the last of several reloads wins", async () => {
    const loads = [fixed("refund_status"), fixed("invoice")];
    const live = new LiveNlu();
    const nlu = live.attach(fixed("order_status"), async () => loads.shift() ?? fixed("greeting"));
    expect(nlu.analyze("where is my order").intent).toBe("order_status");
    expect(await live.reload()).toBe(true);
    expect(nlu.analyze("where is my order").intent).toBe("refund_status");
    await Promise.all([live.reload(), live.reload()]);
    expect(nlu.analyze("where is my order").intent).toBe("greeting");
    expect(live.swaps).toBe(3);
  });

  it("keeps the current models when a reload fails, and later reloads still run", async () => {
    let fail = true;
    const live = new LiveNlu();
    live.attach(fixed("order_status"), async () => {
      if (fail) throw new Error("model.json unreadable");
      return fixed("invoice");
    });
    await expect(live.reload()).rejects.toThrow("model.json unreadable");
    expect(live.analyze("x").intent).toBe("order_status");
    fail = false;
    await live.reload();
    expect(live.analyze("x").intent).toBe("invoice");
  });
});
