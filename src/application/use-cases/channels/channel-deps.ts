import type { JobQueue } from "../../ports/job-queue.js";
import type { ConversationDeps } from "../conversations/conversation-deps.js";

/** What every outside channel (email, WeChat) runs on: the conversation use cases and a queue for its sends. */
export interface ChannelDeps extends ConversationDeps {
  queue: Pick<JobQueue, "schedule">;
  /** Waits this long before sending, so one bot turn's several messages go out together (default 1 s). */
  batchDelayMs?: number;
}

/** Queues a send of conversation `conversationId` up to `tag` (a seq; the same tag twice is one job). */
export async function scheduleChannelSend(
  deps: Pick<ChannelDeps, "clock" | "queue" | "batchDelayMs">,
  jobType: string,
  conversationId: string,
  tag: number | string,
): Promise<void> {
  await deps.queue.schedule({
    type: jobType,
    payload: { conversationId },
    runAt: new Date(deps.clock.now().getTime() + (deps.batchDelayMs ?? 1_000)).toISOString(),
    dedupeKey: `${jobType}:${conversationId}:${tag}`,
  });
}
