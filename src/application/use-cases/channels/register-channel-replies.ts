import { z } from "zod";
import type { ChannelThread } from "../../../domain/channels/channel-thread.js";
import type { JobQueue } from "../../ports/job-queue.js";
import { type ChannelDeps, scheduleChannelSend } from "./channel-deps.js";

const SendJob = z.object({ conversationId: z.string().min(1) });

/** How one outside channel sends what a conversation has to say. */
export interface ChannelReplies {
  channel: ChannelThread["channel"];
  jobType: string;
  /** Sends the unsent bot and agent messages of a conversation; throws to be retried. */
  send(conversationId: string): Promise<unknown>;
}

/**
 * Wires an outside channel into a running server: its send job, a listener that queues a send when a bot
 * or agent message lands in one of its conversations (console replies included), and a sweep that catches
 * up on anything a crash left unsent. Returns a stop function.
 */
export function registerChannelReplies(
  queue: Pick<JobQueue, "handle">,
  deps: ChannelDeps,
  replies: ChannelReplies,
  options: { sweepMs?: number } = {},
): () => void {
  const fail = (what: string) => (error: unknown) =>
    deps.logger.error(
      { channel: replies.channel, error: error instanceof Error ? error.message : String(error) },
      what,
    );
  queue.handle(replies.jobType, async (payload) => {
    await replies.send(SendJob.parse(payload).conversationId);
  });
  const unsubscribe = deps.eventBus.subscribe((event) => {
    if (event.type !== "message.created") return;
    const { author, seq, conversationId } = event.message;
    if (author !== "bot" && author !== "agent") return;
    void deps.store.channelThreads
      .get(conversationId)
      .then((thread) =>
        thread?.channel === replies.channel
          ? scheduleChannelSend(deps, replies.jobType, conversationId, seq)
          : undefined,
      )
      .catch(fail("queueing a channel reply failed"));
  });
  const sweep = setInterval(() => {
    deps.store.channelThreads
      .listBehind(replies.channel, 100)
      .then(async (threads) => {
        // Keyed by hour too, so a send that failed for good is tried again by a later sweep.
        const hour = Math.floor(deps.clock.now().getTime() / 3_600_000);
        for (const t of threads) {
          await scheduleChannelSend(deps, replies.jobType, t.conversationId, `sweep-${t.lastSentSeq}-${hour}`);
        }
      })
      .catch(fail("channel sweep failed"));
  }, options.sweepMs ?? 60_000);
  sweep.unref();
  return () => {
    unsubscribe();
    clearInterval(sweep);
  };
}
