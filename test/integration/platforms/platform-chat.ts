import { createDialogAgent } from "../../../src/application/agent/create-dialog-agent.js";
import type { ShopPlatform } from "../../../src/application/ports/shop-platform.js";
import type { Store } from "../../../src/application/ports/store.js";
import { reviewAfterSalesRequest } from "../../../src/application/use-cases/after-sales/review-after-sales-request.js";
import { createConversationDeps } from "../../../src/application/use-cases/conversations/conversation-deps.js";
import { openConversation } from "../../../src/application/use-cases/conversations/open-conversation.js";
import { postCustomerMessage } from "../../../src/application/use-cases/conversations/post-customer-message.js";
import type { PlatformWriteDeps } from "../../../src/application/use-cases/platform/platform-write-deps.js";
import { registerPlatformJobs } from "../../../src/application/use-cases/platform/register-platform-jobs.js";
import { syncShopPlatform } from "../../../src/application/use-cases/platform/sync-shop-platform.js";
import type { Message } from "../../../src/domain/conversation/message.js";
import { TAU2_POLICY } from "../../../src/domain/policy/shop-policy.js";
import { JiebaSegmenter } from "../../../src/infrastructure/nlu/jieba-segmenter.js";
import { createLocalJobQueue, type LocalJobQueue } from "../../../src/infrastructure/queue/local-job-queue.js";
import { createLocalEventBus } from "../../../src/infrastructure/realtime/event-bus-local.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { sequentialIds } from "../../../src/infrastructure/system/random-ids.js";
import { fixedClock } from "../../../src/infrastructure/system/system-clock.js";
import { fixtureNlu } from "../../conversations/fixtures/conversation-harness.js";

/** A shopper's chat on a store mirrored from a (fake) platform, with the platform.write jobs run on demand. */
export interface PlatformChat {
  store: Store;
  clock: ReturnType<typeof fixedClock>;
  queue: LocalJobQueue;
  conversationId: string;
  send(text: string): Promise<Message[]>;
  /** Staff approve (or reject) the request, as the console's review button does. */
  review(requestId: string, decision: "approve" | "reject"): Promise<void>;
  /** Every message of the conversation so far. */
  transcript(): Promise<Message[]>;
}

/** Syncs `platform` into `store`, then opens an English widget chat with the dialog agent on it. */
export async function openPlatformChat(store: Store, platform: ShopPlatform, now: string): Promise<PlatformChat> {
  await syncShopPlatform({ store, platform });
  const clock = fixedClock(now);
  const ids = sequentialIds();
  const loadPolicy = async () => TAU2_POLICY;
  const eventBus = createLocalEventBus();
  const agent = createDialogAgent({
    store,
    clock,
    ids,
    logger: silentLogger,
    nlu: await fixtureNlu(),
    segmenter: new JiebaSegmenter(),
    loadPolicy,
  });
  const deps = createConversationDeps({ store, clock, ids, logger: silentLogger, eventBus, agent });
  const opened = await openConversation(deps, { channel: "widget", locale: "en" });
  const writeDeps: PlatformWriteDeps = {
    store,
    clock,
    ids,
    logger: silentLogger,
    eventBus,
    platform: async () => platform,
    loadPolicy,
  };
  const queue = createLocalJobQueue(store.jobs, clock, silentLogger);
  registerPlatformJobs(queue, writeDeps);
  let n = 0;
  return {
    store,
    clock,
    queue,
    conversationId: opened.conversation.id,
    async send(text) {
      clock.advance(1000);
      const result = await postCustomerMessage(deps, {
        conversationId: opened.conversation.id,
        text,
        clientMessageId: `m-${++n}`,
      });
      return result.replies;
    },
    async review(requestId, decision) {
      await reviewAfterSalesRequest(
        { store, clock, ids, loadPolicy },
        { requestId, decision, actor: { type: "staff", id: "usr_agent" } },
      );
    },
    transcript: () => store.messages.listSince(opened.conversation.id, 0, 500),
  };
}

export const texts = (messages: readonly Message[]): string => messages.map((m) => m.text).join("\n");
