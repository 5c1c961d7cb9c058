import { QuickReply } from "../../../domain/conversation/message.js";
import type { WechatChannelDeps } from "./wechat-channel-deps.js";

/** A chat message as WeChat text: buttons become a numbered list the follower can answer with. */
function asText(text: string, payload: Record<string, unknown>): string {
  const choices = QuickReply.array().safeParse(payload.quickReplies);
  if (!choices.success || choices.data.length === 0) return text;
  return `${text}\n${choices.data.map((c, i) => `${i + 1}. ${c.label}`).join("\n")}`;
}

/**
 * Sends the bot and agent messages written since the last send, one WeChat text each, moving the cursor after
 * each success so a retry never repeats one already delivered. Internal notes never leave.
 */
export async function sendWechatReplies(deps: WechatChannelDeps, conversationId: string): Promise<number> {
  let thread = await deps.store.channelThreads.get(conversationId);
  if (thread?.channel !== "wechat") return 0;
  const pending = await deps.store.messages.listSince(conversationId, thread.lastSentSeq, 100);
  let sent = 0;
  for (const message of pending) {
    if (message.author === "bot" || message.author === "agent") {
      await deps.api.sendText(thread.contact, asText(message.text, message.payload).slice(0, 2000));
      sent += 1;
    }
    thread = { ...thread, lastSentSeq: message.seq };
    await deps.store.channelThreads.update(thread);
  }
  return sent;
}
