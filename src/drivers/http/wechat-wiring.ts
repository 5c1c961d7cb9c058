import type { FastifyPluginAsync } from "fastify";
import type { ConversationAgent } from "../../application/ports/conversation-agent.js";
import type { JobQueue } from "../../application/ports/job-queue.js";
import { registerChannelReplies } from "../../application/use-cases/channels/register-channel-replies.js";
import { sendWechatReplies } from "../../application/use-cases/channels/send-wechat-replies.js";
import { WECHAT_SEND_JOB, type WechatChannelDeps } from "../../application/use-cases/channels/wechat-channel-deps.js";
import { createConversationDeps } from "../../application/use-cases/conversations/conversation-deps.js";
import { createSettingsWechatApi } from "../../infrastructure/channels/settings-channel-clients.js";
import type { ChannelSettingsSource } from "./channel-settings.js";
import type { ServerRuntime } from "./create-server.js";
import { wechatRoutes } from "./routes/wechat-routes.js";

/**
 * The WeChat channel: its callback route (404 while the channel is not connected) and its replies on the
 * queue, both on the current settings (an admin's connection, else the environment).
 */
export function wechatChannel(
  runtime: ServerRuntime,
  agent: ConversationAgent | undefined,
  queue: Pick<JobQueue, "handle" | "schedule">,
  settings: ChannelSettingsSource,
): { routes: FastifyPluginAsync[]; start(): () => void } {
  const deps: WechatChannelDeps = {
    ...createConversationDeps({ ...runtime, agent }),
    queue,
    api: createSettingsWechatApi(settings.wechat),
  };
  return {
    routes: [wechatRoutes(settings.wechat, deps)],
    start: () =>
      registerChannelReplies(queue, deps, {
        channel: "wechat",
        jobType: WECHAT_SEND_JOB,
        send: (conversationId) => sendWechatReplies(deps, conversationId),
      }),
  };
}
