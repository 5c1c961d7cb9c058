import { XMLParser } from "fast-xml-parser";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { receiveWechatMessage } from "../../../application/use-cases/channels/receive-wechat-message.js";
import type { WechatChannelDeps, WechatInbound } from "../../../application/use-cases/channels/wechat-channel-deps.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import {
  aesKeyFrom,
  decryptWechatMessage,
  signatureMatches,
  wechatSignature,
} from "../../../infrastructure/channels/wechat/wechat-crypto.js";

/** The official account's callback settings (WeChat console → 基本配置 → 服务器配置). */
export interface WechatCallbackConfig {
  appId: string;
  token: string;
  /** EncodingAESKey; set for 安全模式 (encrypted messages), unset for 明文模式. */
  aesKey?: string;
  /** Seconds a callback's timestamp may be off, against replays (default 300). */
  toleranceSec?: number;
}

const Query = z.object({
  signature: z.string().max(64).optional(),
  timestamp: z.string().regex(/^\d{1,12}$/),
  nonce: z.string().max(64),
  echostr: z.string().max(512).optional(),
  encrypt_type: z.string().max(16).optional(),
  msg_signature: z.string().max(64).optional(),
});

const Inner = z.object({
  FromUserName: z.string().min(1).max(128),
  MsgType: z.string().min(1).max(32),
  CreateTime: z.coerce.string().optional(),
  MsgId: z.coerce.string().optional(),
  Content: z.coerce.string().optional(),
  MediaId: z.string().optional(),
  Recognition: z.coerce.string().optional(),
  Event: z.string().optional(),
});

const xml = new XMLParser({ processEntities: false, parseTagValue: false, trimValues: true });

function parseXml(text: string): Record<string, unknown> {
  const doc: unknown = xml.parse(text);
  const root = z.object({ xml: z.record(z.string(), z.unknown()) }).safeParse(doc);
  if (!root.success) throw new KefuError("VALIDATION_FAILED", "Expected a WeChat <xml> message");
  return root.data.xml;
}

function toInbound(fields: z.infer<typeof Inner>): WechatInbound {
  const kinds: Record<string, WechatInbound["kind"]> = { text: "text", image: "image", voice: "voice", event: "event" };
  const kind = kinds[fields.MsgType] ?? "other";
  return {
    openid: fields.FromUserName,
    messageId: fields.MsgId ?? `${fields.FromUserName}:${fields.CreateTime ?? ""}:${fields.Event ?? fields.MsgType}`,
    kind,
    ...(fields.Content !== undefined ? { text: fields.Content } : {}),
    ...(fields.Recognition ? { text: fields.Recognition } : {}),
    ...(fields.MediaId ? { mediaId: fields.MediaId } : {}),
    ...(fields.Event ? { event: fields.Event.toLowerCase() } : {}),
  };
}

/**
 * WeChat official-account callback: URL verification (GET) and messages (POST), signature-checked (and
 * decrypted in safe mode), timestamps checked against replays; answered "success" as soon as the message is stored.
 */
export function wechatRoutes(
  settings: () => Promise<WechatCallbackConfig | undefined>,
  deps: WechatChannelDeps,
): FastifyPluginAsyncZod {
  const refuse = () => new KefuError("UNAUTHENTICATED", "WeChat signature or timestamp is invalid");
  // Read on every callback, so connecting or disconnecting the channel in admin takes effect at once.
  const current = async () => {
    const config = await settings();
    if (!config) throw new KefuError("NOT_FOUND", "The WeChat channel is not connected");
    const tolerance = config.toleranceSec ?? 300;
    return {
      config,
      key: config.aesKey ? aesKeyFrom(config.aesKey) : undefined,
      fresh: (timestamp: string) => Math.abs(deps.clock.now().getTime() / 1000 - Number(timestamp)) <= tolerance,
    };
  };

  return async (app) => {
    for (const type of ["text/xml", "application/xml"]) {
      app.addContentTypeParser(type, { parseAs: "string", bodyLimit: 64 * 1024 }, (_req, body, done) =>
        done(null, body),
      );
    }
    app.get(
      "/channels/wechat/callback",
      // WeChat's servers call without a token; the signature check below is the authentication.
      {
        config: { access: "public" },
        schema: { tags: ["channels"], querystring: Query, response: { 200: z.string() } },
      },
      async (request, reply) => {
        const { config, fresh } = await current();
        const q = request.query;
        const expected = wechatSignature([config.token, q.timestamp, q.nonce]);
        if (!q.echostr || !fresh(q.timestamp) || !signatureMatches(expected, q.signature)) throw refuse();
        return reply.type("text/plain").send(q.echostr);
      },
    );
    app.post(
      "/channels/wechat/callback",
      // WeChat's servers call without a token; the signature check below is the authentication.
      {
        config: { access: "public" },
        schema: { tags: ["channels"], querystring: Query, response: { 200: z.string() } },
      },
      async (request, reply) => {
        const { config, key, fresh } = await current();
        const q = request.query;
        if (!fresh(q.timestamp)) throw refuse();
        const raw = typeof request.body === "string" ? request.body : "";
        let fields = parseXml(raw);
        if (key) {
          const encrypted = z.string().min(1).safeParse(fields.Encrypt);
          if (!encrypted.success) throw refuse();
          const expected = wechatSignature([config.token, q.timestamp, q.nonce, encrypted.data]);
          if (!signatureMatches(expected, q.msg_signature)) throw refuse();
          try {
            fields = parseXml(decryptWechatMessage(key, config.appId, encrypted.data));
          } catch {
            throw refuse();
          }
        } else if (!signatureMatches(wechatSignature([config.token, q.timestamp, q.nonce]), q.signature)) {
          throw refuse();
        }
        const parsed = Inner.safeParse(fields);
        if (!parsed.success) throw new KefuError("VALIDATION_FAILED", "Not a WeChat message this callback understands");
        let stored: () => void = () => undefined;
        const isStored = new Promise<void>((resolve) => {
          stored = resolve;
        });
        const work = receiveWechatMessage(deps, toInbound(parsed.data), () => stored());
        work.catch((error: unknown) =>
          deps.logger.error({ error: error instanceof Error ? error.message : String(error) }, "WeChat message failed"),
        );
        // WeChat waits 5 s: answer once the message is durable; the bot's turn goes on and replies via the send API.
        await Promise.race([isStored, work]);
        return reply.type("text/plain").send("success");
      },
    );
  };
}
