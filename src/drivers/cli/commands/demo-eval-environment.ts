import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { DialogEvalEnvironmentFactory } from "../../../application/evals/dialog-eval-environment.js";
import { UsageLedger } from "../../../application/llm/usage-ledger.js";
import type { Clock } from "../../../application/ports/clock.js";
import type { IdGenerator } from "../../../application/ports/id-generator.js";
import type { LanguageModel } from "../../../application/ports/llm.js";
import type { Store } from "../../../application/ports/store.js";
import { seedDemoShop } from "../../../application/use-cases/shop-data/seed-demo-shop.js";
import type { LocalNlu } from "../../../domain/nlu/create-local-nlu.js";
import { createLocalEventBus } from "../../../infrastructure/realtime/event-bus-local.js";
import { createStore } from "../../../infrastructure/storage/create-store.js";
import { silentLogger } from "../../../infrastructure/system/pino-logger.js";
import { randomIds } from "../../../infrastructure/system/random-ids.js";
import { systemClock } from "../../../infrastructure/system/system-clock.js";
import { createAgentForRuntime } from "../../composition/compose-agent.js";
import { type KefuConfig, loadConfig } from "../../config/load-config.js";

export type LlmSettings = NonNullable<KefuConfig["llm"]>;

/** LLM usage and understanding outcomes gathered over an eval run. */
export interface EvalTelemetry {
  ledger: UsageLedger;
  /** Outcomes of the model's understanding calls, from the audit log: how much was really the model's. */
  understanding: Record<"ok" | "rejected" | "failed" | "skipped", number>;
}

export function newTelemetry(): EvalTelemetry {
  return {
    ledger: new UsageLedger({ inputPerMillion: 0, outputPerMillion: 0 }),
    understanding: { ok: 0, rejected: 0, failed: 0, skipped: 0 },
  };
}

async function countUnderstanding(store: Store, conversationId: string, telemetry: EvalTelemetry): Promise<void> {
  const events = await store.audit.list({ entityId: conversationId, action: "llm.understand", offset: 0, limit: 500 });
  for (const e of events.items) {
    const outcome = e.details.outcome;
    if (outcome === "ok" || outcome === "rejected" || outcome === "failed" || outcome === "skipped") {
      telemetry.understanding[outcome] += 1;
    }
  }
}

export interface DemoEvalOptions {
  nlu: LocalNlu;
  /** Set for LLM mode; without it (or in local mode) only Kefu's own NLU runs. */
  llm?: LlmSettings;
  model?: LanguageModel;
  telemetry?: EvalTelemetry;
  /** Shared ledger of tokens and latency (the telemetry's when unset). */
  ledger?: UsageLedger;
  cooldownMs?: number;
  /** The seeding and bot clock; the system clock by default (demo dates are relative to it). */
  clock?: Clock;
  ids?: () => IdGenerator;
  /** Fills the template store; the demo shop when unset (e.g. `eval shoppers` imports the τ² shop). */
  seed?: (store: Store, clock: Clock) => Promise<unknown>;
}

/** Seeds one demo shop into a template database; every replay starts from a copy (seeding each time is slow). */
async function seededTemplate(
  clock: Clock,
  seed: (store: Store, clock: Clock) => Promise<unknown>,
): Promise<{ file: string; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "kefu-dialog-template-"));
  const file = join(dir, "kefu.db");
  const store = await createStore({ databaseUrl: undefined, sqlitePath: file, logger: silentLogger });
  try {
    await seed(store, clock);
  } finally {
    await store.close();
  }
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  process.once("exit", dispose);
  return { file, dispose };
}

function copyDatabase(from: string, to: string): void {
  copyFileSync(from, to);
  // A WAL left after close holds committed pages the copy needs too.
  for (const suffix of ["-wal", "-shm"]) if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
  // The copy is sealed with the template's data key, kept beside the SQLite file.
  const key = join(dirname(from), "data.key");
  if (existsSync(key)) copyFileSync(key, join(dirname(to), "data.key"));
}

/**
 * Fresh demo-seeded SQLite stores with the server's bot wiring: the one environment `kefu eval dialogs`,
 * the integration tests and the LLM tests replay dialogs on.
 */
export function demoEvalEnvironment(options: DemoEvalOptions): DialogEvalEnvironmentFactory {
  const clock = options.clock ?? systemClock;
  let template: Promise<{ file: string; dispose: () => void }> | undefined;
  return async (mode) => {
    template ??= seededTemplate(clock, options.seed ?? seedDemoShop);
    const { file } = await template;
    const dir = mkdtempSync(join(tmpdir(), "kefu-dialog-"));
    const logger = silentLogger;
    const ids = options.ids?.() ?? randomIds;
    copyDatabase(file, join(dir, "kefu.db"));
    const store = await createStore({ databaseUrl: undefined, sqlitePath: join(dir, "kefu.db"), logger });
    try {
      const eventBus = createLocalEventBus(logger);
      const llm = mode === "llm" ? options.llm : undefined;
      const ledger = options.ledger ?? options.telemetry?.ledger;
      const config: KefuConfig = {
        ...loadConfig({}),
        databaseUrl: undefined,
        sqlitePath: join(dir, "kefu.db"),
        dataDir: dir,
        host: "127.0.0.1",
        port: 0,
        redisUrl: undefined,
        secret: undefined,
        llm,
        logLevel: "silent",
        email: undefined,
        wechat: undefined,
      };
      const agent = await createAgentForRuntime(
        { store, clock, ids, logger, eventBus, config },
        {
          nlu: options.nlu,
          ...(mode === "llm" && options.model ? { model: options.model } : {}),
          ...(ledger ? { ledger } : {}),
          ...(options.cooldownMs === undefined ? {} : { cooldownMs: options.cooldownMs }),
        },
      );
      const telemetry = options.telemetry;
      return {
        store,
        agent,
        clock,
        ids,
        logger,
        eventBus,
        ...(telemetry
          ? { inspect: (conversationId: string) => countUnderstanding(store, conversationId, telemetry) }
          : {}),
        async dispose() {
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
  };
}
