import { join } from "node:path";
import type { ConversationAgent } from "../../application/ports/conversation-agent.js";
import type { JobQueue } from "../../application/ports/job-queue.js";
import type { EmailChannelDeps } from "../../application/use-cases/channels/email-channel-deps.js";
import { receiveEmail } from "../../application/use-cases/channels/receive-email.js";
import { registerEmailChannel } from "../../application/use-cases/channels/register-email-channel.js";
import { createConversationDeps } from "../../application/use-cases/conversations/conversation-deps.js";
import { createLocalAttachmentStore } from "../../infrastructure/attachments/local-attachment-store.js";
import { createNodemailerEmailSender } from "../../infrastructure/channels/nodemailer-email-sender.js";
import { startSmtpIngress } from "../../infrastructure/channels/smtp-ingress.js";
import type { ServerRuntime } from "./create-server.js";

/** Starts the email channel when configured: replies by SMTP, and the SMTP ingress when it has a port. */
export async function startEmailChannel(
  runtime: ServerRuntime,
  agent: ConversationAgent | undefined,
  queue: Pick<JobQueue, "handle" | "schedule">,
): Promise<{ stop(): Promise<void> } | undefined> {
  const email = runtime.config.email;
  if (!email) return undefined;
  const deps: EmailChannelDeps = {
    ...createConversationDeps({ ...runtime, agent }),
    queue,
    sender: createNodemailerEmailSender({ smtpUrl: email.smtpUrl, from: email.from, fromName: email.fromName }),
    attachments: createLocalAttachmentStore(join(runtime.config.dataDir, "attachments")),
    fromAddress: email.from,
    fromName: email.fromName,
  };
  const stopChannel = registerEmailChannel(queue, deps);
  const ingress = email.ingress
    ? await startSmtpIngress({
        ...email.ingress,
        logger: runtime.logger,
        onEmail: async (message) => void (await receiveEmail(deps, message)),
      })
    : undefined;
  runtime.logger.info({ ingressPort: ingress?.port }, "email channel started");
  return {
    async stop() {
      stopChannel();
      await ingress?.close();
    },
  };
}
