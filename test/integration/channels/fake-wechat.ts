import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { parseJson } from "../../../src/domain/parse-json.js";
import {
  aesKeyFrom,
  encryptWechatMessage,
  wechatSignature,
} from "../../../src/infrastructure/channels/wechat/wechat-crypto.js";

/** A fake WeChat API: issues tokens, records customer-service messages, expires the first token once. */
export async function fakeWechat(app: { appId: string; appSecret: string }): Promise<{
  url: string;
  sent: { token: string; body: unknown }[];
  server: Server;
  tokens: number;
}> {
  const state = { sent: [] as { token: string; body: unknown }[], tokens: 0, expiredOnce: false };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      if (url.pathname === "/cgi-bin/token") {
        const ok = url.searchParams.get("appid") === app.appId && url.searchParams.get("secret") === app.appSecret;
        state.tokens += 1;
        res.end(
          JSON.stringify(
            ok ? { access_token: `tok${state.tokens}`, expires_in: 7200 } : { errcode: 40013, errmsg: "invalid appid" },
          ),
        );
        return;
      }
      if (url.pathname === "/cgi-bin/message/custom/send") {
        const token = url.searchParams.get("access_token") ?? "";
        if (token === "tok1" && !state.expiredOnce) {
          state.expiredOnce = true;
          res.end(JSON.stringify({ errcode: 42001, errmsg: "access_token expired" }));
          return;
        }
        state.sent.push({ token, body: parseJson(z.unknown(), body, "send body") });
        res.end(JSON.stringify({ errcode: 0, errmsg: "ok" }));
        return;
      }
      res.statusCode = 404;
      res.end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent: state.sent,
    server,
    get tokens() {
      return state.tokens;
    },
  };
}

/** A callback request as WeChat sends it in safe mode. */
export interface CallbackOptions {
  timestamp?: number;
  nonce?: string;
  /** Sign with a wrong token. */
  forge?: boolean;
}

export function wechatCallback(
  account: { appId: string; token: string; aesKey: string },
  inner: string,
  opts: CallbackOptions = {},
) {
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = opts.nonce ?? String(Math.floor(Math.random() * 1e9));
  const encrypted = encryptWechatMessage(aesKeyFrom(account.aesKey), account.appId, inner);
  const msgSignature = wechatSignature([opts.forge ? "wrong-token" : account.token, timestamp, nonce, encrypted]);
  return {
    method: "POST" as const,
    url: `/api/v1/channels/wechat/callback?timestamp=${timestamp}&nonce=${nonce}&encrypt_type=aes&msg_signature=${msgSignature}&signature=x`,
    headers: { "content-type": "text/xml" },
    payload: `<xml><ToUserName><![CDATA[gh_shop]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`,
  };
}

/** A follower's text message, as the XML inside the encrypted envelope. */
export const wechatText = (openid: string, msgId: string, content: string) =>
  `<xml><ToUserName><![CDATA[gh_shop]]></ToUserName><FromUserName><![CDATA[${openid}]]></FromUserName><CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId></xml>`;
