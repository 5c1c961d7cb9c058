import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { registerChannelReplies } from "../../../src/application/use-cases/channels/register-channel-replies.js";
import { sendWechatReplies } from "../../../src/application/use-cases/channels/send-wechat-replies.js";
import {
  WECHAT_SEND_JOB,
  type WechatChannelDeps,
} from "../../../src/application/use-cases/channels/wechat-channel-deps.js";
import { postAgentMessage } from "../../../src/application/use-cases/conversations/post-agent-message.js";
import { wechatRoutes } from "../../../src/drivers/http/routes/wechat-routes.js";
import { createWechatApiClient } from "../../../src/infrastructure/channels/wechat/wechat-api-client.js";
import { wechatSignature } from "../../../src/infrastructure/channels/wechat/wechat-crypto.js";
import type { LocalJobQueue } from "../../../src/infrastructure/queue/local-job-queue.js";
import { createTestApp, type TestApp } from "../fixtures/test-app.js";
import { channelTestDeps } from "./channel-test-deps.js";
import { echoAgent } from "./echo-agent.js";
import { type CallbackOptions, fakeWechat, wechatCallback, wechatText } from "./fake-wechat.js";

const APP_ID = "wx5f0c2b1a9e8d7c6b";
const TOKEN = "kefu-callback-token";
const AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

const bot = echoAgent({
  greeting: "您好，我是店铺客服。",
  prefix: "收到：",
  buttons: [
    { label: "查订单", value: "查订单" },
    { label: "转人工", value: "转人工" },
  ],
});

const ACCOUNT = { appId: APP_ID, token: TOKEN, aesKey: AES_KEY };
const callback = (inner: string, opts: CallbackOptions = {}) => wechatCallback(ACCOUNT, inner, opts);
const text = wechatText;

describe("WeChat channel (safe-mode callback, send API)", () => {
  let t: TestApp;
  let wx: Awaited<ReturnType<typeof fakeWechat>>;
  let queue: LocalJobQueue;
  let deps: WechatChannelDeps;
  let stop: () => void;

  beforeAll(async () => {
    wx = await fakeWechat({ appId: APP_ID, appSecret: "app-secret" });
    t = await createTestApp({
      extraRoutes: (store: Store) => {
        const base = channelTestDeps(store, bot);
        queue = base.queue;
        deps = { ...base, api: createWechatApiClient({ appId: APP_ID, appSecret: "app-secret", baseUrl: wx.url }) };
        stop = registerChannelReplies(queue, deps, {
          channel: "wechat",
          jobType: WECHAT_SEND_JOB,
          send: (id) => sendWechatReplies(deps, id),
        });
        return [wechatRoutes(async () => ({ appId: APP_ID, token: TOKEN, aesKey: AES_KEY }), deps)];
      },
    });
  });
  afterAll(async () => {
    stop();
    wx.server.close();
    await t.close();
  });

  it("verifies the server URL only with the right signature and a fresh timestamp", async () => {
    const ts = String(Math.floor(Date.now() / 1000));
    const ok = await t.app.inject({
      method: "GET",
      url: `/api/v1/channels/wechat/callback?signature=${wechatSignature([TOKEN, ts, "n1"])}&timestamp=${ts}&nonce=n1&echostr=hello123`,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe("hello123");
    const forged = await t.app.inject({
      method: "GET",
      url: `/api/v1/channels/wechat/callback?signature=${wechatSignature(["guess", ts, "n1"])}&timestamp=${ts}&nonce=n1&echostr=hello123`,
    });
    expect(forged.statusCode).toBe(401);
    const old = String(Math.floor(Date.now() / 1000) - 3600);
    const stale = await t.app.inject({
      method: "GET",
      url: `/api/v1/channels/wechat/callback?signature=${wechatSignature([TOKEN, old, "n1"])}&timestamp=${old}&nonce=n1&echostr=hello123`,
    });
    expect(stale.statusCode).toBe(401);
  });

  it("a follower's message becomes a conversation, the bot's answer reaches them through the send API, replays change nothing", async () => {
    const first = await t.app.inject(callback(text("oFollowerA", "7001", "我的订单W0020001到哪了")));
    expect(first.statusCode).toBe(200);
    expect(first.body).toBe("success");
    await new Promise((resolve) => setTimeout(resolve, 100));
    await queue.drainDue();
    expect(wx.sent).toHaveLength(1);
    expect(wx.sent[0]?.body).toEqual({
      touser: "oFollowerA",
      msgtype: "text",
      text: { content: "收到：我的订单W0020001到哪了\n1. 查订单\n2. 转人工" },
    });
    // The first token was reported expired: the client refreshed it once and resent.
    expect(wx.sent[0]?.token).toBe("tok2");

    const replay = await t.app.inject(callback(text("oFollowerA", "7001", "我的订单W0020001到哪了")));
    expect(replay.body).toBe("success");
    await queue.drainDue();
    expect(wx.sent).toHaveLength(1);

    await t.app.inject(callback(text("oFollowerA", "7002", "second question")));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await queue.drainDue();
    expect(wx.sent).toHaveLength(2);
    const conversations = (await t.store.conversations.list({ limit: 20 })).items.filter((c) => c.channel === "wechat");
    expect(conversations).toHaveLength(1);
    const messages = await t.store.messages.listSince(conversations[0]?.id ?? "", 0);
    expect(messages.filter((m) => m.author === "customer").map((m) => m.text)).toEqual([
      "我的订单W0020001到哪了",
      "second question",
    ]);
    expect(conversations[0]?.locale).toBe("zh");

    // An agent answers from the console: the follower gets it through the send API; an internal note stays in Kefu.
    const staff = { id: "usr_wx_agent", email: "wx-agent@shop.example", name: "Wang", role: "agent" as const };
    await t.store.staff.upsert({ ...staff, passwordHash: "x", disabled: false, createdAt: new Date().toISOString() });
    const conversationId = conversations[0]?.id ?? "";
    await postAgentMessage(deps, {
      conversationId,
      staffId: staff.id,
      text: "内部备注",
      clientMessageId: "n1",
      internal: true,
    });
    await postAgentMessage(deps, {
      conversationId,
      staffId: staff.id,
      text: "已帮您联系快递。",
      clientMessageId: "r1",
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await queue.drainDue();
    expect(wx.sent).toHaveLength(3);
    expect(wx.sent[2]?.body).toEqual({ touser: "oFollowerA", msgtype: "text", text: { content: "已帮您联系快递。" } });
    expect(JSON.stringify(wx.sent)).not.toContain("内部备注");
  });

  it("refuses forged, tampered and stale callbacks and stores nothing from them", async () => {
    const before = (await t.store.conversations.list({ limit: 50 })).total;
    const forged = await t.app.inject(callback(text("oMallory", "9001", "hi"), { forge: true }));
    expect(forged.statusCode).toBe(401);
    expect(forged.json().error.code).toBe("UNAUTHENTICATED");
    const stale = await t.app.inject(
      callback(text("oMallory", "9002", "hi"), { timestamp: Math.floor(Date.now() / 1000) - 600 }),
    );
    expect(stale.statusCode).toBe(401);
    const request = callback(text("oMallory", "9003", "hi"));
    const flipped = request.payload.replace(
      /Encrypt><!\[CDATA\[(.)/,
      (_m, c: string) => `Encrypt><![CDATA[${c === "A" ? "B" : "A"}`,
    );
    expect(flipped).not.toBe(request.payload);
    const tampered = await t.app.inject({ ...request, payload: flipped });
    expect(tampered.statusCode).toBe(401);
    const notXml = await t.app.inject({ ...request, payload: '{"not":"xml"}' });
    expect(notXml.statusCode).toBeGreaterThanOrEqual(400);
    expect(notXml.statusCode).toBeLessThan(500);
    expect((await t.store.conversations.list({ limit: 50 })).total).toBe(before);
  });
});
