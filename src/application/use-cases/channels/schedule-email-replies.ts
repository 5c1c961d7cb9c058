import { EMAIL_SEND_JOB, type EmailChannelDeps } from "./email-channel-deps.js";

/** Queues the sending of what conversation `conversationId` has to say up to `seq` (one job per seq). */
export async function scheduleEmailReplies(
  deps: Pick<EmailChannelDeps, "queue" | "clock" | "batchDelayMs">,
  conversationId: string,
  seq: number | string,
): Promise<void> {
  await deps.queue.schedule({
    type: EMAIL_SEND_JOB,
    payload: { conversationId },
    runAt: new Date(deps.clock.now().getTime() + (deps.batchDelayMs ?? 1_000)).toISOString(),
    dedupeKey: `email-send:${conversationId}:${seq}`,
  });
}
