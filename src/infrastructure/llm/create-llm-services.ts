import { LlmBreaker } from "../../application/llm/llm-breaker.js";
import type { LlmCallRecord } from "../../application/llm/llm-call-record.js";
import { createLlmReplyPhraser } from "../../application/llm/llm-reply-phraser.js";
import { createLlmUnderstander } from "../../application/llm/llm-understander.js";
import { type ConversationUsage, type TokenPrices, UsageLedger } from "../../application/llm/usage-ledger.js";
import type { LanguageModel } from "../../application/ports/llm.js";
import type { Logger } from "../../application/ports/logger.js";
import type { ReplyPhraser, Understander } from "../../application/ports/understanding.js";
import { type ConversationPrivacy, createConversationPrivacy } from "../../domain/privacy/pii-redactor.js";
import { createAiSdkLanguageModel } from "./ai-sdk-language-model.js";

/** A call record with the conversation it belongs to and the running totals, for the audit log. */
export interface AuditedLlmCall extends LlmCallRecord {
  conversationId: string;
  model: string;
  /** This call's cost at the configured prices (0 when skipped or unpriced). */
  costUsd: number;
  totals: ConversationUsage | undefined;
}

export interface LlmServicesConfig {
  llm: { baseUrl: string; model: string; apiKey: string | undefined; timeoutMs: number };
  conversationId: string;
  local: Understander;
  logger: Logger;
  /** Overrides the OpenAI-compatible model (a local model, or a test double). */
  model?: LanguageModel;
  ledger?: UsageLedger;
  prices?: TokenPrices;
  /** Order numbers go to the model in clear by default (the model resolves "the second order"). */
  redactOrders?: boolean;
  /** Customer names known up front; more are learnt during the conversation. */
  knownNames?: readonly string[];
  /** How long a failed model is skipped; the shopper is served locally meanwhile. */
  cooldownMs?: number;
  /** Retries inside one call; 0 by default because the local fallback answers at once. */
  maxRetries?: number;
  /** Audit sink: exactly what was sent, usage and outcome of every call. */
  onCall?: (call: AuditedLlmCall) => void | Promise<void>;
}

export interface LlmServices {
  understander: Understander;
  phraser: ReplyPhraser;
  ledger: UsageLedger;
  privacy: ConversationPrivacy;
}

/** One conversation's LLM understander and phraser sharing a PII vault, a breaker and an audit sink. */
export function createLlmServices(config: LlmServicesConfig): LlmServices {
  const log = config.logger.child({ conversationId: config.conversationId, component: "llm" });
  const model =
    config.model ?? createAiSdkLanguageModel({ ...config.llm, maxRetries: config.maxRetries ?? 0, logger: log });
  const ledger = config.ledger ?? new UsageLedger(config.prices ?? { inputPerMillion: 0, outputPerMillion: 0 });
  const privacy = createConversationPrivacy({
    redactOrders: config.redactOrders ?? false,
    names: config.knownNames ?? [],
  });
  const breaker = new LlmBreaker(config.cooldownMs ?? 30_000);
  const onCall = async (record: LlmCallRecord) => {
    const totals =
      record.outcome === "skipped"
        ? ledger.get(config.conversationId)
        : ledger.record(config.conversationId, record.usage, record.latencyMs);
    log.info(
      { purpose: record.purpose, outcome: record.outcome, reason: record.reason, usage: record.usage, totals },
      "llm call",
    );
    // What left the process, already redacted; the audit sink keeps it durably.
    log.debug({ sent: record.sent }, "llm payload sent");
    try {
      const costUsd = ledger.costOf(record.usage);
      await config.onCall?.({
        ...record,
        conversationId: config.conversationId,
        model: model.modelId,
        costUsd,
        totals,
      });
    } catch (err) {
      log.warn({ err: String(err) }, "llm audit sink failed");
    }
  };
  const shared = { model, logger: log, privacy, breaker, onCall };
  return {
    understander: createLlmUnderstander({ ...shared, local: config.local }),
    phraser: createLlmReplyPhraser(shared),
    ledger,
    privacy,
  };
}
