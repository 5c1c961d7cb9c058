import type { FastifyPluginAsync } from "fastify";
import type { ConversationAgent } from "../../application/ports/conversation-agent.js";
import type { FieldCipher } from "../../application/ports/field-cipher.js";
import type { JobQueue } from "../../application/ports/job-queue.js";
import type { ChannelSettings } from "../../domain/channels/channel-connection.js";
import { createImapflowMailbox } from "../../infrastructure/channels/imapflow-mailbox.js";
import { createNodemailerEmailSender } from "../../infrastructure/channels/nodemailer-email-sender.js";
import { createWechatApiClient } from "../../infrastructure/channels/wechat/wechat-api-client.js";
import { openFieldCipher } from "../config/open-field-cipher.js";
import { channelSettingsSource } from "./channel-settings.js";
import type { ServerRuntime } from "./create-server.js";
import { startEmailChannel } from "./email-wiring.js";
import { channelRoutes } from "./routes/channel-routes.js";
import { wechatChannel } from "./wechat-wiring.js";

/** Tries settings against the real server: an SMTP login (and an IMAP login and folder), or a WeChat access token. */
export async function verifyChannelSettings(settings: ChannelSettings): Promise<void> {
  if (settings.kind === "email") {
    await createNodemailerEmailSender(settings).verify();
    if (settings.imap) await createImapflowMailbox(settings.imap).verify();
    return;
  }
  const base = settings.apiBase ? { baseUrl: settings.apiBase } : {};
  return createWechatApiClient({ appId: settings.appId, appSecret: settings.appSecret, ...base }).verify();
}

/** The email and WeChat channels on a server: the admin routes, the WeChat callback, and their reply jobs. */
export function channelWiring(
  runtime: ServerRuntime,
  agent: ConversationAgent | undefined,
  queue: Pick<JobQueue, "handle" | "schedule">,
): { routes: FastifyPluginAsync[]; start(): Promise<() => Promise<void>> } {
  let cipher: Promise<FieldCipher> | undefined;
  const settings = channelSettingsSource(runtime.store, runtime.config, () => {
    cipher ??= openFieldCipher(runtime.config);
    return cipher;
  });
  const wechat = wechatChannel(runtime, agent, queue, settings);
  return {
    routes: [...wechat.routes, channelRoutes({ ...runtime, settings, verify: verifyChannelSettings })],
    async start() {
      const email = await startEmailChannel(runtime, agent, queue, settings);
      const stopWechat = wechat.start();
      return async () => {
        stopWechat();
        await email.stop();
      };
    },
  };
}
