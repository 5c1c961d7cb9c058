import type { Clock } from "../../ports/clock.js";
import type { ConversationAgent } from "../../ports/conversation-agent.js";
import type { EventBus } from "../../ports/event-bus.js";
import type { IdGenerator } from "../../ports/id-generator.js";
import type { Logger } from "../../ports/logger.js";
import type { Store } from "../../ports/store.js";
import { KeyedMutex } from "./keyed-mutex.js";

/** What every conversation use case needs; built once per server. */
export interface ConversationDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  eventBus: EventBus;
  /** The bot; without one, conversations go straight to the human queue. */
  agent?: ConversationAgent;
  /** Serialises shopper turns per conversation in this process, so bot replies never interleave; staff actions do not wait on the bot. */
  locks: KeyedMutex;
}

/** Builds the deps with a fresh lock table. */
export function createConversationDeps(deps: Omit<ConversationDeps, "locks">): ConversationDeps {
  return { ...deps, locks: new KeyedMutex() };
}
