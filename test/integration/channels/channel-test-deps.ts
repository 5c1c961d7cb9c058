import type { ConversationAgent } from "../../../src/application/ports/conversation-agent.js";
import type { Store } from "../../../src/application/ports/store.js";
import type { ChannelDeps } from "../../../src/application/use-cases/channels/channel-deps.js";
import { createConversationDeps } from "../../../src/application/use-cases/conversations/conversation-deps.js";
import { createLocalJobQueue, type LocalJobQueue } from "../../../src/infrastructure/queue/local-job-queue.js";
import { createLocalEventBus } from "../../../src/infrastructure/realtime/event-bus-local.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";

/** The conversation deps every channel test runs on: real clock, local queue, sends without batching delay. */
export function channelTestDeps(store: Store, agent: ConversationAgent): ChannelDeps & { queue: LocalJobQueue } {
  const queue = createLocalJobQueue(store.jobs, systemClock, silentLogger);
  return {
    ...createConversationDeps({
      store,
      clock: systemClock,
      ids: randomIds,
      logger: silentLogger,
      eventBus: createLocalEventBus(silentLogger),
      agent,
    }),
    queue,
    batchDelayMs: 0,
  };
}
