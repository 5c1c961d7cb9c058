import { createDialogAgent } from "../../application/agent/create-dialog-agent.js";
import type { TokenPrices } from "../../application/llm/usage-ledger.js";
import { UsageLedger } from "../../application/llm/usage-ledger.js";
import type { ConversationAgent } from "../../application/ports/conversation-agent.js";
import type { LanguageModel } from "../../application/ports/llm.js";
import type { Logger } from "../../application/ports/logger.js";
import type { Store } from "../../application/ports/store.js";
import type { LocalNlu } from "../../domain/nlu/create-local-nlu.js";
import { customerDisplayName } from "../../domain/shop/customer.js";
import type { Product } from "../../domain/shop/product.js";
import { createCodeSender } from "../../infrastructure/identity/mail-and-webhook-code-sender.js";
import {
  type AuditedLlmCall,
  createLlmServices,
  type LlmServices,
} from "../../infrastructure/llm/create-llm-services.js";
import { createLlamaCppLanguageModel } from "../../infrastructure/llm/llama-cpp-language-model.js";
import { JiebaSegmenter } from "../../infrastructure/nlu/jieba-segmenter.js";
import { loadDefaultNlu } from "../../infrastructure/nlu/load-default-nlu.js";
import type { ServerRuntime } from "../http/create-server.js";
import type { LiveNlu } from "../http/live-nlu.js";

/** Tuning for tests and benches; the server passes nothing. */
export interface AgentWiringOptions {
  /** A ready NLU (skips loading/training the models). */
  nlu?: LocalNlu;
  /** Replaces the OpenAI-compatible model, e.g. a local node-llama-cpp one. */
  model?: LanguageModel;
  prices?: TokenPrices;
  /** How long a failing model is skipped before it is tried again. */
  cooldownMs?: number;
  /** Shared so an API or the eval can report tokens, cost and latency per conversation. */
  ledger?: UsageLedger;
  /** When set, the bot reads the NLU through it, so an activated model version applies at once. */
  live?: LiveNlu;
}

/** One loaded GGUF per path per process: the eval opens many agents, the native model is loaded once. */
const localModels = new Map<string, Promise<LanguageModel>>();

function localModel(ggufPath: string, timeoutMs: number, logger: Logger): Promise<LanguageModel> {
  let loading = localModels.get(ggufPath);
  if (!loading) {
    loading = createLlamaCppLanguageModel({ ggufPath, timeoutMs, logger });
    // A failed load is not cached, so fixing the file and retrying works.
    loading.catch(() => localModels.delete(ggufPath));
    localModels.set(ggufPath, loading);
  }
  return loading;
}

async function allProducts(store: Store): Promise<Product[]> {
  const products: Product[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await store.products.list({ offset, limit: 500 });
    products.push(...page.items);
    if (page.items.length < 500 || products.length >= page.total) return products;
  }
}

/** Every model call becomes an audit event: exactly what was sent (redacted), usage and outcome. */
function auditSink(runtime: ServerRuntime) {
  return async (call: AuditedLlmCall) => {
    await runtime.store.audit.append({
      id: runtime.ids.next("aud"),
      at: runtime.clock.nowIso(),
      actor: { type: "bot", id: call.model },
      action: `llm.${call.purpose}`,
      entityType: "conversation",
      entityId: call.conversationId,
      details: {
        outcome: call.outcome,
        ...(call.reason ? { reason: call.reason } : {}),
        sent: call.sent,
        usage: call.usage,
        costUsd: call.costUsd,
        latencyMs: call.latencyMs,
        ...(call.totals ? { totals: call.totals } : {}),
      },
    });
  };
}

/**
 * The bot for a server: Kefu's local NLU over the shop catalogue, plus the configured LLM for
 * understanding and phrasing when `config.llm` is set (falling back to local within the turn).
 */
export async function createAgentForRuntime(
  runtime: ServerRuntime,
  options: AgentWiringOptions = {},
): Promise<ConversationAgent> {
  const { store, clock, ids, logger, config } = runtime;
  const segmenter = new JiebaSegmenter();
  // Reloading reads the catalogue again too, so products added since start are recognised.
  const load = async () => loadDefaultNlu({ dataDir: config.dataDir, catalogue: await allProducts(store), segmenter });
  const loaded = options.nlu ?? (await load());
  const nlu = options.live ? options.live.attach(loaded, load) : loaded;
  const llm = config.llm;
  // One-time identity codes go out by SMTP / SMS webhook as the admin configured them.
  const codeSender = createCodeSender();
  if (!llm && !options.model) return createDialogAgent({ store, clock, ids, logger, nlu, segmenter, codeSender });

  const model = options.model ?? (llm?.ggufPath ? await localModel(llm.ggufPath, llm.timeoutMs, logger) : undefined);
  const llmConfig = llm ?? { baseUrl: "http://127.0.0.1:0/v1", model: "local", apiKey: undefined, timeoutMs: 15_000 };
  const prices = options.prices ?? llm?.prices ?? { inputPerMillion: 0, outputPerMillion: 0 };
  const ledger = options.ledger ?? new UsageLedger(prices);
  const services = new Map<string, LlmServices>();
  const onCall = auditSink(runtime);
  const inner = createDialogAgent({
    store,
    clock,
    ids,
    logger,
    nlu,
    segmenter,
    codeSender,
    servicesFor: (conversationId, local) => {
      const s = createLlmServices({
        llm: llmConfig,
        conversationId,
        local,
        logger,
        ledger,
        onCall,
        ...(model ? { model } : {}),
        ...(options.cooldownMs === undefined ? {} : { cooldownMs: options.cooldownMs }),
        ...(llm?.maxRetries === undefined ? {} : { maxRetries: llm.maxRetries }),
      });
      if (services.size > 1000) services.clear();
      services.set(conversationId, s);
      return s;
    },
  });
  logger.info(
    { model: model?.modelId ?? llmConfig.model, baseUrl: llmConfig.baseUrl },
    "llm mode: understanding and phrasing",
  );
  // Understanding (model calls included) runs before the turn's transaction.
  const prepare = inner.prepare?.bind(inner);
  return {
    greet: (conversation) => inner.greet(conversation),
    ...(prepare ? { prepare } : {}),
    async reply(input) {
      const turn = await inner.reply(input);
      // Once verified, the customer's own names are redacted from every later model call.
      const customerId = turn.conversation.verifiedCustomerId;
      const privacy = services.get(input.conversation.id)?.privacy;
      if (customerId && privacy) {
        const customer = await store.customers.get(customerId);
        const names = customer ? [customer.firstName, customer.lastName, customerDisplayName(customer)] : [];
        for (const name of names) if (name.length >= 2) privacy.names.add(name);
      }
      return turn;
    },
  };
}
