import type { JobQueue } from "../../ports/job-queue.js";
import { EMAIL_SEND_JOB, type EmailChannelDeps } from "./email-channel-deps.js";
import { registerChannelReplies } from "./register-channel-replies.js";
import { sendEmailReplies } from "./send-email-replies.js";

/** The email channel's replies: one email per bot turn or agent reply, in the shopper's thread. */
export function registerEmailChannel(
  queue: Pick<JobQueue, "handle">,
  deps: EmailChannelDeps,
  options: { sweepMs?: number } = {},
): () => void {
  return registerChannelReplies(
    queue,
    deps,
    {
      channel: "email",
      jobType: EMAIL_SEND_JOB,
      send: (conversationId) => sendEmailReplies(deps, conversationId),
    },
    options,
  );
}
