import type { Clock } from "../ports/clock.js";
import type { ConversationAgent } from "../ports/conversation-agent.js";
import type { EventBus } from "../ports/event-bus.js";
import type { IdGenerator } from "../ports/id-generator.js";
import type { Logger } from "../ports/logger.js";
import type { Store } from "../ports/store.js";

/** What replaying one dialog needs: a freshly seeded store and the bot built on it. */
export interface DialogEvalEnvironment {
  store: Store;
  agent: ConversationAgent;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  eventBus: EventBus;
  /** Called once the dialog is replayed, before dispose (e.g. to count LLM calls in the audit log). */
  inspect?(conversationId: string): Promise<void>;
  dispose(): Promise<void>;
}

/** "local" runs Kefu's own NLU only; "llm" lets the configured model understand and phrase. */
export type EvalMode = "local" | "llm";

/** Builds a fresh environment per replay, so dialogs never see each other's writes. */
export type DialogEvalEnvironmentFactory = (mode: EvalMode) => Promise<DialogEvalEnvironment>;
