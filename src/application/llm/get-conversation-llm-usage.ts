import { z } from "zod";
import type { AuditEvent } from "../../domain/audit/audit-event.js";
import type { AuditRepository } from "../ports/admin-repositories.js";

/** The audit actions every model call is recorded under (see compose-agent's audit sink). */
export const LLM_AUDIT_ACTIONS = ["llm.understand", "llm.phrase"] as const;

/** The part of an `llm.*` audit event's details this report reads; older events may lack cost. */
const CallDetails = z.object({
  outcome: z.enum(["ok", "rejected", "failed", "skipped"]),
  usage: z.object({ inputTokens: z.number(), outputTokens: z.number() }),
  costUsd: z.number().default(0),
  latencyMs: z.number(),
});

/** Tokens, cost and latency of a conversation's model calls, rebuilt from the durable audit log. */
export interface ConversationLlmUsage {
  conversationId: string;
  /** Calls that reached the model (skipped ones are counted only in `outcomes`). */
  calls: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  latencyMsTotal: number;
  latencyMsMean: number;
  latencyMsMax: number;
  outcomes: Record<"ok" | "rejected" | "failed" | "skipped", number>;
  byPurpose: Record<"understand" | "phrase", number>;
}

async function eventsOf(audit: AuditRepository, action: string, conversationId: string): Promise<AuditEvent[]> {
  const out: AuditEvent[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await audit.list({ action, entityId: conversationId, offset, limit: 500 });
    out.push(...page.items);
    if (page.items.length < 500 || out.length >= page.total) return out;
  }
}

/** Sums the audit events, so the figures survive restarts and match what was audited call by call. */
export async function getConversationLlmUsage(
  audit: AuditRepository,
  conversationId: string,
): Promise<ConversationLlmUsage> {
  const usage: ConversationLlmUsage = {
    conversationId,
    calls: 0,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    latencyMsTotal: 0,
    latencyMsMean: 0,
    latencyMsMax: 0,
    outcomes: { ok: 0, rejected: 0, failed: 0, skipped: 0 },
    byPurpose: { understand: 0, phrase: 0 },
  };
  for (const action of LLM_AUDIT_ACTIONS) {
    for (const event of await eventsOf(audit, action, conversationId)) {
      const parsed = CallDetails.safeParse(event.details);
      if (!parsed.success) continue;
      const d = parsed.data;
      usage.outcomes[d.outcome] += 1;
      if (d.outcome === "skipped") continue;
      usage.calls += 1;
      usage.byPurpose[action === "llm.understand" ? "understand" : "phrase"] += 1;
      usage.inputTokens += d.usage.inputTokens;
      usage.outputTokens += d.usage.outputTokens;
      usage.costUsd += d.costUsd;
      usage.latencyMsTotal += d.latencyMs;
      usage.latencyMsMax = Math.max(usage.latencyMsMax, d.latencyMs);
    }
  }
  usage.costUsd = Math.round(usage.costUsd * 1e8) / 1e8;
  usage.latencyMsMean = usage.calls ? Math.round(usage.latencyMsTotal / usage.calls) : 0;
  return usage;
}
