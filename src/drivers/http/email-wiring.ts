import { join } from "node:path";
import type { ConversationAgent } from "../../application/ports/conversation-agent.js";
import type { JobQueue } from "../../application/ports/job-queue.js";
import type { EmailChannelDeps } from "../../application/use-cases/channels/email-channel-deps.js";
import { receiveEmail } from "../../application/use-cases/channels/receive-email.js";
import { registerEmailChannel } from "../../application/use-cases/channels/register-email-channel.js";
import { createConversationDeps } from "../../application/use-cases/conversations/conversation-deps.js";
import { createLocalAttachmentStore } from "../../infrastructure/attachments/local-attachment-store.js";
import { parseInboundEmail } from "../../infrastructure/channels/parse-inbound-email.js";
import { createSettingsEmailSender } from "../../infrastructure/channels/settings-channel-clients.js";
import { startSmtpIngress } from "../../infrastructure/channels/smtp-ingress.js";
import type { ChannelSettingsSource } from "./channel-settings.js";
import type { ServerRuntime } from "./create-server.js";
import { startImapPoller } from "./imap-poller-wiring.js";

/**
 * The email channel: its reply jobs always run (an admin may connect the channel at any time; while it is off,
 * no conversation is on it), and the SMTP ingress listens when a port is configured, taking mail only for the
 * current settings' inboxes. When the connection has an IMAP mailbox, it is polled too, through the same
 * inbound path.
 */
export async function startEmailChannel(
  runtime: ServerRuntime,
  agent: ConversationAgent | undefined,
  queue: Pick<JobQueue, "handle" | "schedule">,
  settings: ChannelSettingsSource,
): Promise<{ stop(): Promise<void> }> {
  const deps: EmailChannelDeps = {
    ...createConversationDeps({ ...runtime, agent }),
    queue,
    sender: createSettingsEmailSender(settings.email),
    attachments: createLocalAttachmentStore(join(runtime.config.dataDir, "attachments")),
  };
  const stopChannel = registerEmailChannel(queue, deps);
  const where = runtime.config.emailIngress;
  const ingress = where
    ? await startSmtpIngress({
        ...where,
        logger: runtime.logger,
        async accepts(address) {
          const current = await settings.email();
          const inboxes = current?.inboxes ?? (current ? [current.from] : []);
          return inboxes.some((inbox) => inbox.toLowerCase() === address.toLowerCase());
        },
        onEmail: async (message) => void (await receiveEmail(deps, message)),
      })
    : undefined;
  const stopImap = startImapPoller(runtime, queue, settings, async (raw) => {
    const email = await parseInboundEmail(raw);
    // No sender address: nothing to answer, so it is marked like a taken message (the SMTP ingress refuses it).
    if (email) await receiveEmail(deps, email);
  });
  runtime.logger.info({ ingressPort: ingress?.port }, "email channel started");
  return {
    async stop() {
      stopChannel();
      await stopImap();
      await ingress?.close();
    },
  };
}
