import { z } from "zod";

/** The email channel as an admin connects it: outgoing SMTP, the support address and the inboxes taken in. */
export const EmailChannelSettings = z.object({
  kind: z.literal("email"),
  /** smtp://user:pass@mail.example:587 or smtps://…:465; the password is part of the URL. */
  smtpUrl: z
    .string()
    .max(500)
    .regex(/^smtps?:\/\/\S+$/, "smtpUrl must be an smtp:// or smtps:// URL"),
  from: z.string().email().max(254),
  fromName: z.string().trim().min(1).max(100).optional(),
  /** Recipient addresses the SMTP ingress accepts (default: the from-address). */
  inboxes: z.array(z.string().email().max(254)).min(1).max(20).optional(),
});
export type EmailChannelSettings = z.infer<typeof EmailChannelSettings>;

/** The WeChat official account as an admin connects it (基本配置 → 服务器配置). */
export const WechatChannelSettings = z.object({
  kind: z.literal("wechat"),
  appId: z.string().min(1).max(64),
  appSecret: z.string().min(1).max(200),
  /** The callback Token (3–32 characters in WeChat's console). */
  token: z.string().min(3).max(64),
  /** The 43-character EncodingAESKey for 安全模式 (recommended). */
  aesKey: z.string().length(43).optional(),
  /** A stand-in of api.weixin.qq.com (tests, proxies); unset in production. */
  apiBase: z.string().url().optional(),
});
export type WechatChannelSettings = z.infer<typeof WechatChannelSettings>;

export const ChannelSettings = z.discriminatedUnion("kind", [EmailChannelSettings, WechatChannelSettings]);
export type ChannelSettings = z.infer<typeof ChannelSettings>;

/** The channels an admin can connect besides the widget. */
export const ConnectableChannel = z.enum(["email", "wechat"]);
export type ConnectableChannel = z.infer<typeof ConnectableChannel>;

/** A channel connection as stored (settings key "channel.<kind>"): the secrets only as ciphertext. */
export const StoredChannelConnection = z.object({
  kind: ConnectableChannel,
  /** The support address or the app id: safe to show. */
  account: z.string(),
  /** ChannelSettings as JSON, sealed by the field cipher. */
  sealedSettings: z.string().min(1),
  connectedAt: z.string().datetime(),
});
export type StoredChannelConnection = z.infer<typeof StoredChannelConnection>;

/** What is shown of a channel's account: the from-address or the app id, never a secret. */
export const channelAccountOf = (s: ChannelSettings): string => (s.kind === "email" ? s.from : s.appId);
