import type { LlmUsage } from "../ports/llm.js";

/** Prices per million tokens, configurable per deployment (e.g. DeepSeek vs OpenAI). */
export interface TokenPrices {
  inputPerMillion: number;
  outputPerMillion: number;
}

export interface ConversationUsage {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMsTotal: number;
}

/** Per-conversation token and cost totals; callers persist a snapshot as an audit event. */
export class UsageLedger {
  private readonly totals = new Map<string, ConversationUsage>();

  constructor(private readonly prices: TokenPrices) {}

  record(conversationId: string, usage: LlmUsage, latencyMs: number): ConversationUsage {
    const prev = this.totals.get(conversationId) ?? {
      calls: 0,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
      latencyMsTotal: 0,
    };
    const cost = this.costOf(usage);
    const next: ConversationUsage = {
      calls: prev.calls + 1,
      inputTokens: prev.inputTokens + usage.inputTokens,
      outputTokens: prev.outputTokens + usage.outputTokens,
      costUsd: Math.round((prev.costUsd + cost) * 1e8) / 1e8,
      latencyMsTotal: prev.latencyMsTotal + latencyMs,
    };
    this.totals.set(conversationId, next);
    return next;
  }

  /** What one call cost in USD at the configured prices. */
  costOf(usage: LlmUsage): number {
    return (
      (usage.inputTokens * this.prices.inputPerMillion + usage.outputTokens * this.prices.outputPerMillion) / 1_000_000
    );
  }

  /** Totals over every conversation, for eval and metrics reports. */
  all(): ConversationUsage {
    const sum: ConversationUsage = { calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMsTotal: 0 };
    for (const u of this.totals.values()) {
      sum.calls += u.calls;
      sum.inputTokens += u.inputTokens;
      sum.outputTokens += u.outputTokens;
      sum.costUsd += u.costUsd;
      sum.latencyMsTotal += u.latencyMsTotal;
    }
    return sum;
  }

  get(conversationId: string): ConversationUsage | undefined {
    return this.totals.get(conversationId);
  }
}
