import { afterEach, describe, expect, it } from "vitest";
import { openTarget, type StoreTarget, type TargetName } from "../storage/store-targets.js";
import { openSocket, type SecurityApp, startSecurityApp } from "./security-app.js";

const WIDGET = "/api/v1/widget/conversations";

describe.each<TargetName>(["sqlite", "postgres"])("anonymous widget floods get 429 (%s)", (target) => {
  let storeTarget: StoreTarget;
  let a: SecurityApp | undefined;
  afterEach(async () => {
    await a?.close();
    a = undefined;
    await storeTarget.destroy();
  });

  async function start(options: Parameters<typeof startSecurityApp>[1]) {
    storeTarget = await openTarget(target);
    a = await startSecurityApp(await storeTarget.open(), options);
    return a;
  }
  const openChat = async (app: SecurityApp) => {
    const res = await app.app.inject({ method: "POST", url: WIDGET, payload: {} });
    return { status: res.statusCode, body: res.json(), headers: res.headers };
  };
  const say = (app: SecurityApp, chat: { conversation: { id: string }; token: string }, n: number) =>
    app.app.inject({
      method: "POST",
      url: `${WIDGET}/${chat.conversation.id}/messages`,
      headers: { authorization: `Bearer ${chat.token}` },
      payload: { text: `hello ${n}`, clientMessageId: `m-${n}-${Math.random()}` },
    });

  it("conversation creation is limited per client, with Retry-After and the documented body", async () => {
    const app = await start({ rateLimits: { conversations: { max: 5, windowMs: 60_000 } } });
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof openChat>> | undefined;
    for (let i = 0; i < 8; i++) {
      const r = await openChat(app);
      statuses.push(r.status);
      if (r.status === 429) limited = r;
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
    expect(limited?.body).toEqual({
      error: { code: "RATE_LIMITED", message: expect.any(String), details: { retryAfterSeconds: expect.any(Number) } },
    });
    expect(Number(limited?.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("messages are limited per conversation over HTTP and WebSocket together", async () => {
    const app = await start({ listen: true, rateLimits: { messages: { max: 4, windowMs: 60_000 } } });
    const chat = (await openChat(app)).body;
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await say(app, chat, i)).statusCode);
    expect(statuses).toEqual([201, 201, 201]);
    const socket = await openSocket(app.wsBase, chat.token);
    socket.send({ type: "message", conversationId: chat.conversation.id, clientMessageId: "ws-1", text: "one more" });
    socket.send({ type: "message", conversationId: chat.conversation.id, clientMessageId: "ws-2", text: "too many" });
    const deadline = Date.now() + 3000;
    const seen = (type: string) => socket.frames.some((f) => f.type === type);
    while (Date.now() < deadline && !(seen("ack") && seen("error"))) await new Promise((r) => setTimeout(r, 20));
    // Frames run concurrently: exactly one of the two fits the budget, the other is refused.
    const acked = socket.frames.filter((f) => f.type === "ack").map((f) => f.clientMessageId);
    const refused = socket.frames.filter((f) => f.type === "error");
    expect(acked).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ error: { code: "RATE_LIMITED" } });
    expect([...acked, refused[0]?.clientMessageId].sort()).toEqual(["ws-1", "ws-2"]);
    const over = await say(app, chat, 99);
    expect(over.statusCode).toBe(429);
    expect(over.json().error.code).toBe("RATE_LIMITED");
    // Another conversation has its own budget.
    expect((await say(app, (await openChat(app)).body, 0)).statusCode).toBe(201);
    socket.socket.close();
  });

  it("hand-offs are limited per client: past the budget, messages to bot-held chats get 429", async () => {
    // No bot: a shopper's first message queues the chat for a human, i.e. one hand-off.
    const app = await start({ rateLimits: { handoffs: { max: 2, windowMs: 60_000 } } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await say(app, (await openChat(app)).body, i)).statusCode);
    expect(statuses).toEqual([201, 201, 429, 429]);
    const queue = await storeTarget.open().then((s) => s.handoffs.listOpen());
    expect(queue).toHaveLength(2);
  });

  it("sockets are limited per widget token", async () => {
    const app = await start({
      listen: true,
      rateLimits: { socketsPerToken: 3, socketOpens: { max: 100, windowMs: 60_000 } },
    });
    const chat = (await openChat(app)).body;
    const open = [];
    for (let i = 0; i < 3; i++) open.push(await openSocket(app.wsBase, chat.token));
    await expect(openSocket(app.wsBase, chat.token)).rejects.toThrow("upgrade refused: 429");
    // Closing one frees a slot.
    open[0]?.socket.close();
    await open[0]?.closed;
    await new Promise((r) => setTimeout(r, 50));
    const again = await openSocket(app.wsBase, chat.token);
    for (const s of [...open.slice(1), again]) s.socket.close();
  });

  it("socket openings are rate limited per token", async () => {
    const app = await start({ listen: true, rateLimits: { socketOpens: { max: 4, windowMs: 60_000 } } });
    const chat = (await openChat(app)).body;
    for (let i = 0; i < 4; i++) {
      const s = await openSocket(app.wsBase, chat.token);
      s.socket.close();
      await s.closed;
    }
    await expect(openSocket(app.wsBase, chat.token)).rejects.toThrow("upgrade refused: 429");
  });
});
