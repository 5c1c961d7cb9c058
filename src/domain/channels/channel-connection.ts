import { z } from "zod";

/** A hosted mailbox Kefu reads by IMAP when MX cannot point at the SMTP ingress (Gmail, Exmail, Outlook). */
export const ImapMailboxSettings = z.object({
  host: z.string().trim().min(1).max(253),
  port: z.number().int().min(1).max(65535).default(993),
  /** TLS from the first byte (993); false means plain or STARTTLS when the server offers it (143). */
  secure: z.boolean().default(true),
  user: z.string().trim().min(1).max(254),
  /** The password or, for Gmail and Exmail, an app password. */
  password: z.string().min(1).max(500),
  folder: z.string().trim().min(1).max(200).default("INBOX"),
  /** Where taken mail is moved; unset means it stays and is marked \Seen. */
  processedFolder: z.string().trim().min(1).max(200).optional(),
  pollSeconds: z.number().int().min(10).max(3600).default(60),
});
export type ImapMailboxSettings = z.infer<typeof ImapMailboxSettings>;

/** Names the mailbox an IMAP cursor belongs to; another account or folder starts afresh. */
export const imapMailboxId = (imap: ImapMailboxSettings) => `${imap.user}@${imap.host}/${imap.folder}`;

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
  /** Inbound by IMAP polling instead of the SMTP ingress; unset keeps the SMTP ingress only. */
  imap: ImapMailboxSettings.optional(),
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
