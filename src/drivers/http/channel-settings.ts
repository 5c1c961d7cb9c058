import type { FieldCipher } from "../../application/ports/field-cipher.js";
import type { Store } from "../../application/ports/store.js";
import {
  loadEmailSettings,
  loadWechatSettings,
} from "../../application/use-cases/channels/channel-connection-store.js";
import type {
  ConnectableChannel,
  EmailChannelSettings,
  WechatChannelSettings,
} from "../../domain/channels/channel-connection.js";
import type { KefuConfig } from "../config/load-config.js";

/** Where a channel's settings come from: an admin's connection (sealed in the database) or the environment. */
export type ChannelSource = "admin" | "environment";

/** The current settings of each channel: an admin's connection first, else the environment's. */
export interface ChannelSettingsSource {
  cipher(): Promise<FieldCipher>;
  email(): Promise<EmailChannelSettings | undefined>;
  wechat(): Promise<WechatChannelSettings | undefined>;
  /** Which of the two is in force, or undefined when the channel is off. */
  sourceOf(kind: ConnectableChannel): Promise<ChannelSource | undefined>;
}

function envEmail(config: Pick<KefuConfig, "email">): EmailChannelSettings | undefined {
  const e = config.email;
  if (!e) return undefined;
  return {
    kind: "email",
    smtpUrl: e.smtpUrl,
    from: e.from,
    ...(e.fromName ? { fromName: e.fromName } : {}),
    ...(e.inboxes?.length ? { inboxes: e.inboxes } : {}),
  };
}

function envWechat(config: Pick<KefuConfig, "wechat">): WechatChannelSettings | undefined {
  const w = config.wechat;
  if (!w) return undefined;
  return {
    kind: "wechat",
    appId: w.appId,
    appSecret: w.appSecret,
    token: w.token,
    ...(w.aesKey ? { aesKey: w.aesKey } : {}),
    ...(w.apiBase ? { apiBase: w.apiBase } : {}),
  };
}

/** Reads the settings on every use, so a connect or disconnect in admin takes effect without a restart. */
export function channelSettingsSource(
  store: Pick<Store, "settings">,
  config: Pick<KefuConfig, "email" | "wechat">,
  cipher: () => Promise<FieldCipher>,
): ChannelSettingsSource {
  const admin = async () => ({ store, cipher: await cipher() });
  const email = async () => (await loadEmailSettings(await admin())) ?? envEmail(config);
  const wechat = async () => (await loadWechatSettings(await admin())) ?? envWechat(config);
  return {
    cipher,
    email,
    wechat,
    async sourceOf(kind) {
      const stored =
        kind === "email" ? await loadEmailSettings(await admin()) : await loadWechatSettings(await admin());
      if (stored) return "admin";
      return (kind === "email" ? envEmail(config) : envWechat(config)) ? "environment" : undefined;
    },
  };
}
