import { guessLocale } from "../../../domain/channels/email-body.js";
import { openConversation } from "../conversations/open-conversation.js";
import { postCustomerMessage } from "../conversations/post-customer-message.js";
import { scheduleChannelSend } from "./channel-deps.js";
import { WECHAT_SEND_JOB, type WechatChannelDeps, type WechatInbound } from "./wechat-channel-deps.js";

/** The follower's conversation: one per openid, reopened by a new message after it was resolved. */
async function conversationFor(deps: WechatChannelDeps, inbound: WechatInbound, text: string): Promise<string> {
  const contactKey = `openid:${inbound.openid}`;
  const existing = await deps.store.channelThreads.findConversation("wechat", [contactKey]);
  if (existing) return existing;
  const opened = await openConversation(deps, { channel: "wechat", locale: text ? guessLocale(text) : "zh" });
  await deps.store.channelThreads.create({
    conversationId: opened.conversation.id,
    channel: "wechat",
    contact: inbound.openid,
    subject: "",
    // A new follower gets the greeting; a first message is answered directly.
    lastSentSeq: inbound.kind === "event" ? 0 : opened.conversation.lastSeq,
    references: [],
    createdAt: deps.clock.nowIso(),
  });
  // Two callbacks racing for a new follower: the first link wins, the other uses its conversation.
  if (!(await deps.store.channelThreads.link("wechat", contactKey, opened.conversation.id))) {
    return (await deps.store.channelThreads.findConversation("wechat", [contactKey])) ?? opened.conversation.id;
  }
  return opened.conversation.id;
}

/** What the shopper sent, as chat text; media is kept by id. */
function textOf(inbound: WechatInbound): string {
  if (inbound.kind === "text") return (inbound.text ?? "").trim();
  if (inbound.kind === "image") return "[图片]";
  if (inbound.kind === "voice") return inbound.text?.trim() || "[语音]";
  return "";
}

/**
 * Takes one WeChat message into Kefu like a widget message: stored (acknowledged through `onStored`, so the
 * callback can answer WeChat within its 5 s), then answered by the bot or an agent; replies go out through the
 * send API. A re-delivered MsgId changes nothing. A follow event opens the conversation and sends the greeting.
 */
export async function receiveWechatMessage(
  deps: WechatChannelDeps,
  inbound: WechatInbound,
  onStored?: () => void,
): Promise<{ conversationId: string; duplicate: boolean }> {
  const known = await deps.store.channelThreads.findConversation("wechat", [`msg:${inbound.messageId}`]);
  if (known) {
    onStored?.();
    return { conversationId: known, duplicate: true };
  }
  const text = textOf(inbound);
  const conversationId = await conversationFor(deps, inbound, text);
  if (!text) {
    await deps.store.channelThreads.link("wechat", `msg:${inbound.messageId}`, conversationId);
    onStored?.();
    if (inbound.event === "subscribe") await scheduleChannelSend(deps, WECHAT_SEND_JOB, conversationId, "greeting");
    return { conversationId, duplicate: false };
  }
  const posted = await postCustomerMessage(deps, {
    conversationId,
    text: text.slice(0, 4000),
    clientMessageId: `wechat:${inbound.messageId}`,
    payload: inbound.mediaId ? { wechatMediaId: inbound.mediaId, wechatType: inbound.kind } : {},
    onStored: () => onStored?.(),
  });
  await deps.store.channelThreads.link("wechat", `msg:${inbound.messageId}`, conversationId);
  const lastSeq = posted.replies.at(-1)?.seq;
  if (lastSeq !== undefined) await scheduleChannelSend(deps, WECHAT_SEND_JOB, conversationId, lastSeq);
  return { conversationId, duplicate: posted.duplicate };
}
