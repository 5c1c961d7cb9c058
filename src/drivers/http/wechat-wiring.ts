import type { FastifyPluginAsync } from "fastify";
import type { ConversationAgent } from "../../application/ports/conversation-agent.js";
import type { JobQueue } from "../../application/ports/job-queue.js";
import { registerChannelReplies } from "../../application/use-cases/channels/register-channel-replies.js";
import { sendWechatReplies } from "../../application/use-cases/channels/send-wechat-replies.js";
import { WECHAT_SEND_JOB, type WechatChannelDeps } from "../../application/use-cases/channels/wechat-channel-deps.js";
import { createConversationDeps } from "../../application/use-cases/conversations/conversation-deps.js";
import { createWechatApiClient } from "../../infrastructure/channels/wechat/wechat-api-client.js";
import type { ServerRuntime } from "./create-server.js";
import { wechatRoutes } from "./routes/wechat-routes.js";

/** The WeChat channel when configured: its callback route, and its replies registered on the queue. */
export function wechatChannel(
  runtime: ServerRuntime,
  agent: ConversationAgent | undefined,
  queue: Pick<JobQueue, "handle" | "schedule">,
): { routes: FastifyPluginAsync[]; start(): () => void } {
  const wechat = runtime.config.wechat;
  if (!wechat) return { routes: [], start: () => () => undefined };
  const deps: WechatChannelDeps = {
    ...createConversationDeps({ ...runtime, agent }),
    queue,
    api: createWechatApiClient({
      appId: wechat.appId,
      appSecret: wechat.appSecret,
      ...(wechat.apiBase ? { baseUrl: wechat.apiBase } : {}),
    }),
  };
  const callback = { appId: wechat.appId, token: wechat.token, ...(wechat.aesKey ? { aesKey: wechat.aesKey } : {}) };
  return {
    routes: [wechatRoutes(callback, deps)],
    start: () =>
      registerChannelReplies(queue, deps, {
        channel: "wechat",
        jobType: WECHAT_SEND_JOB,
        send: (conversationId) => sendWechatReplies(deps, conversationId),
      }),
  };
}
