import { describe, expect, it } from "vitest";
import { UsageLedger } from "./usage-ledger.js";

describe("UsageLedger", () => {
  it("adds tokens and cost per conversation", () => {
    const ledger = new UsageLedger({ inputPerMillion: 0.27, outputPerMillion: 1.1 });
    ledger.record("c1", { inputTokens: 1000, outputTokens: 200 }, 120);
    const total = ledger.record("c1", { inputTokens: 1000, outputTokens: 200 }, 80);
    expect(total).toEqual({ calls: 2, inputTokens: 2000, outputTokens: 400, costUsd: 0.00098, latencyMsTotal: 200 });
    expect(ledger.get("c2")).toBeUndefined();
  });
});
