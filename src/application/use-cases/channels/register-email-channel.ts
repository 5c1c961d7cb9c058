import { z } from "zod";
import type { JobQueue } from "../../ports/job-queue.js";
import { EMAIL_SEND_JOB, type EmailChannelDeps } from "./email-channel-deps.js";
import { scheduleEmailReplies } from "./schedule-email-replies.js";
import { sendEmailReplies } from "./send-email-replies.js";

const SendJob = z.object({ conversationId: z.string().min(1) });

/**
 * Wires the email channel into a running server: the send job, a listener that queues a send when a
 * bot or agent message lands in an email conversation, and a sweep that catches up on anything a
 * crash left unsent. Returns a stop function.
 */
export function registerEmailChannel(
  queue: Pick<JobQueue, "handle" | "schedule">,
  deps: EmailChannelDeps,
  options: { sweepMs?: number } = {},
): () => void {
  queue.handle(EMAIL_SEND_JOB, async (payload) => {
    await sendEmailReplies(deps, SendJob.parse(payload).conversationId);
  });
  const unsubscribe = deps.eventBus.subscribe((event) => {
    if (event.type !== "message.created") return;
    const { author, seq, conversationId } = event.message;
    if (author !== "bot" && author !== "agent") return;
    void deps.store.channelThreads
      .get(conversationId)
      .then((thread) => (thread?.channel === "email" ? scheduleEmailReplies(deps, conversationId, seq) : undefined))
      .catch((error: unknown) =>
        deps.logger.error(
          { error: error instanceof Error ? error.message : String(error) },
          "queueing an email failed",
        ),
      );
  });
  const sweep = setInterval(() => {
    deps.store.channelThreads
      .listBehind("email", 100)
      .then(async (threads) => {
        // Keyed by hour too, so a send that failed for good is tried again by a later sweep.
        const hour = Math.floor(deps.clock.now().getTime() / 3_600_000);
        for (const t of threads) await scheduleEmailReplies(deps, t.conversationId, `sweep-${t.lastSentSeq}-${hour}`);
      })
      .catch((error: unknown) =>
        deps.logger.error({ error: error instanceof Error ? error.message : String(error) }, "email sweep failed"),
      );
  }, options.sweepMs ?? 60_000);
  sweep.unref();
  return () => {
    unsubscribe();
    clearInterval(sweep);
  };
}
