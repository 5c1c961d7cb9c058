import { EMAIL_SEND_JOB, type EmailChannelDeps } from "./email-channel-deps.js";
import { scheduleChannelSend } from "./register-channel-replies.js";

/** Queues the sending of what conversation `conversationId` has to say up to `seq` (one job per seq). */
export async function scheduleEmailReplies(
  deps: Pick<EmailChannelDeps, "queue" | "clock" | "batchDelayMs">,
  conversationId: string,
  seq: number | string,
): Promise<void> {
  const replies = {
    jobType: EMAIL_SEND_JOB,
    ...(deps.batchDelayMs === undefined ? {} : { batchDelayMs: deps.batchDelayMs }),
  };
  await scheduleChannelSend(deps, replies, conversationId, seq);
}
