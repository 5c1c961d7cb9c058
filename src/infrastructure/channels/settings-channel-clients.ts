import type { EmailSender } from "../../application/ports/email-sender.js";
import type { WechatApi } from "../../application/ports/wechat-api.js";
import type { EmailChannelSettings, WechatChannelSettings } from "../../domain/channels/channel-connection.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { createNodemailerEmailSender } from "./nodemailer-email-sender.js";
import { createWechatApiClient } from "./wechat/wechat-api-client.js";

/** Keeps one client per distinct settings: an admin's reconnect takes effect on the next send, tokens stay cached. */
function cachedBy<S, C>(settings: () => Promise<S | undefined>, what: string, create: (s: S) => C) {
  let cached: { key: string; client: C } | undefined;
  return async (): Promise<C> => {
    const current = await settings();
    if (!current) throw new KefuError("NOT_FOUND", `The ${what} channel is not connected`);
    const key = JSON.stringify(current);
    if (cached?.key !== key) cached = { key, client: create(current) };
    return cached.client;
  };
}

/** An EmailSender that sends with whatever email settings are current (an admin's connection, else the environment). */
export function createSettingsEmailSender(
  settings: () => Promise<Omit<EmailChannelSettings, "kind"> | undefined>,
): EmailSender {
  const current = cachedBy(settings, "email", (s) => createNodemailerEmailSender(s));
  return {
    send: async (email) => (await current()).send(email),
    fromAddress: async () => (await current()).fromAddress(),
    verify: async () => (await current()).verify(),
  };
}

/** A WechatApi on whatever WeChat settings are current; the access token is cached per app. */
export function createSettingsWechatApi(
  settings: () => Promise<Omit<WechatChannelSettings, "kind"> | undefined>,
): WechatApi {
  const current = cachedBy(settings, "WeChat", (s) =>
    createWechatApiClient({ appId: s.appId, appSecret: s.appSecret, ...(s.apiBase ? { baseUrl: s.apiBase } : {}) }),
  );
  return {
    sendText: async (openid, text) => (await current()).sendText(openid, text),
    verify: async () => (await current()).verify(),
  };
}
