import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DialogOutcome, DialogRunner } from "../../../application/llm/dialog-eval.js";
import { UsageLedger } from "../../../application/llm/usage-ledger.js";
import type { LanguageModel } from "../../../application/ports/llm.js";
import type { Logger } from "../../../application/ports/logger.js";
import type { Store } from "../../../application/ports/store.js";
import { createConversationDeps } from "../../../application/use-cases/conversations/conversation-deps.js";
import { openConversation } from "../../../application/use-cases/conversations/open-conversation.js";
import { postCustomerMessage } from "../../../application/use-cases/conversations/post-customer-message.js";
import { seedDemoShop } from "../../../application/use-cases/shop-data/seed-demo-shop.js";
import type { Locale } from "../../../domain/locale.js";
import type { LocalNlu } from "../../../domain/nlu/create-local-nlu.js";
import { createLocalEventBus } from "../../../infrastructure/realtime/event-bus-local.js";
import { createStore } from "../../../infrastructure/storage/create-store.js";
import { silentLogger } from "../../../infrastructure/system/pino-logger.js";
import { randomIds } from "../../../infrastructure/system/random-ids.js";
import { systemClock } from "../../../infrastructure/system/system-clock.js";
import type { KefuConfig } from "../../config/load-config.js";
import { createAgentForRuntime } from "../../http/agent-wiring.js";

export type LlmSettings = NonNullable<KefuConfig["llm"]>;

export interface DialogSessionOptions {
  nlu: LocalNlu;
  locale: Locale;
  /** Set for LLM mode; unset runs Kefu's local NLU only. */
  llm?: LlmSettings;
  model?: LanguageModel;
  ledger?: UsageLedger;
  cooldownMs?: number;
  logger?: Logger;
}

/** One shopper chat against a fresh demo-seeded SQLite store, through the real conversation use cases. */
export interface DialogSession {
  store: Store;
  conversationId: string;
  /** Sends one shopper message; resolves the bot's reply texts and the turn latency. */
  send(text: string): Promise<{ replies: string[]; latencyMs: number }>;
  status(): Promise<string>;
  close(): Promise<void>;
}

export async function openDialogSession(options: DialogSessionOptions): Promise<DialogSession> {
  const dir = mkdtempSync(join(tmpdir(), "kefu-dialog-"));
  const logger = options.logger ?? silentLogger;
  const store = await createStore({ databaseUrl: undefined, sqlitePath: join(dir, "kefu.db"), logger });
  try {
    await seedDemoShop(store, systemClock);
    const eventBus = createLocalEventBus(logger);
    const config: KefuConfig = {
      databaseUrl: undefined,
      sqlitePath: join(dir, "kefu.db"),
      dataDir: dir,
      host: "127.0.0.1",
      port: 0,
      redisUrl: undefined,
      secret: undefined,
      llm: options.llm,
      logLevel: "silent",
      email: undefined,
      wechat: undefined,
    };
    const runtime = { store, clock: systemClock, ids: randomIds, logger, eventBus, config };
    const agent = await createAgentForRuntime(runtime, {
      nlu: options.nlu,
      ...(options.model ? { model: options.model } : {}),
      ...(options.ledger ? { ledger: options.ledger } : {}),
      ...(options.cooldownMs === undefined ? {} : { cooldownMs: options.cooldownMs }),
    });
    const deps = createConversationDeps({ store, clock: systemClock, ids: randomIds, logger, eventBus, agent });
    const { conversation } = await openConversation(deps, { channel: "widget", locale: options.locale });
    let n = 0;
    return {
      store,
      conversationId: conversation.id,
      async send(text) {
        const started = performance.now();
        const result = await postCustomerMessage(deps, {
          conversationId: conversation.id,
          text,
          clientMessageId: `eval-${++n}`,
        });
        return { replies: result.replies.map((m) => m.text), latencyMs: performance.now() - started };
      },
      async status() {
        return (await store.conversations.get(conversation.id))?.status ?? "missing";
      },
      async close() {
        await eventBus.close();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/** Per-turn latencies and LLM usage gathered over an eval run. */
export interface EvalTelemetry {
  turnLatenciesMs: number[];
  ledger: UsageLedger;
  /** Outcomes of the model's understanding calls, from the audit log: shows how much was really the model's. */
  understanding: Record<"ok" | "rejected" | "failed" | "skipped", number>;
}

async function countUnderstanding(session: DialogSession, telemetry: EvalTelemetry): Promise<void> {
  const events = await session.store.audit.list({
    entityId: session.conversationId,
    action: "llm.understand",
    offset: 0,
    limit: 500,
  });
  for (const e of events.items) {
    const outcome = e.details.outcome;
    if (outcome === "ok" || outcome === "rejected" || outcome === "failed" || outcome === "skipped") {
      telemetry.understanding[outcome] += 1;
    }
  }
}

/** A DialogRunner over real stores: each dialog gets a fresh demo shop; LLM mode needs `llm`. */
export function createDialogRunner(options: {
  nlu: LocalNlu;
  llm?: LlmSettings;
  model?: LanguageModel;
  telemetry?: EvalTelemetry;
}): DialogRunner {
  return async (dialog, mode): Promise<DialogOutcome> => {
    const session = await openDialogSession({
      nlu: options.nlu,
      locale: dialog.locale,
      ...(mode === "llm" && options.llm ? { llm: options.llm } : {}),
      ...(mode === "llm" && options.model ? { model: options.model } : {}),
      ...(options.telemetry ? { ledger: options.telemetry.ledger } : {}),
    });
    try {
      const replies: string[] = [];
      for (const turn of dialog.turns) {
        const r = await session.send(turn);
        replies.push(...r.replies);
        options.telemetry?.turnLatenciesMs.push(r.latencyMs);
      }
      const orderStatus: Record<string, string> = {};
      for (const orderId of Object.keys(dialog.expect.orderStatus)) {
        const order = await session.store.orders.get(orderId);
        if (order) orderStatus[orderId] = order.status;
      }
      const requests: Record<string, string[]> = {};
      for (const orderId of Object.keys(dialog.expect.requests)) {
        requests[orderId] = (await session.store.afterSales.listByOrder(orderId)).map((r) => r.kind);
      }
      if (options.telemetry) await countUnderstanding(session, options.telemetry);
      const status = await session.status();
      return { replies, orderStatus, requests, handoff: status === "waiting_agent" || status === "agent" };
    } finally {
      await session.close();
    }
  };
}

/** A fresh ledger and latency list for one eval run. */
export function newTelemetry(): EvalTelemetry {
  return {
    turnLatenciesMs: [],
    ledger: new UsageLedger({ inputPerMillion: 0, outputPerMillion: 0 }),
    understanding: { ok: 0, rejected: 0, failed: 0, skipped: 0 },
  };
}
