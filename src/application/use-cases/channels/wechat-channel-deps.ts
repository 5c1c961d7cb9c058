import type { WechatApi } from "../../ports/wechat-api.js";
import type { ChannelDeps } from "./channel-deps.js";

/** Job type that sends a WeChat conversation's unsent bot and agent messages. */
export const WECHAT_SEND_JOB = "wechat.send-replies";

export interface WechatChannelDeps extends ChannelDeps {
  api: WechatApi;
}

/** One message from a follower, decrypted and parsed from the callback XML. */
export interface WechatInbound {
  openid: string;
  /** MsgId for messages; for events, FromUserName + CreateTime (WeChat sends no id). */
  messageId: string;
  kind: "text" | "image" | "voice" | "event" | "other";
  text?: string;
  mediaId?: string;
  event?: string;
}
