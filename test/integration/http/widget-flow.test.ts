import { afterEach, describe, expect, it } from "vitest";
import type { ConversationAgent } from "../../../src/application/ports/conversation-agent.js";
import { AGENT, createTestApp, type TestApp } from "../fixtures/test-app.js";

/** A scripted bot: echoes, hands off on "human", throws on "crash". */
const echoAgent: ConversationAgent = {
  async greet() {
    return [{ text: "Hello from the bot", payload: { quickReplies: [{ label: "Orders", value: "orders" }] } }];
  },
  async reply({ conversation, message }) {
    if (message.text === "crash") throw new Error("model exploded");
    if (message.text === "human") {
      return {
        messages: [{ text: "Passing you to a human" }],
        conversation,
        handoff: { reason: "requested", summary: "Shopper asked for a human", priority: 70 },
      };
    }
    return {
      messages: [{ text: `echo: ${message.text}`, explanation: { intent: "echo", confidence: 0.9 } }],
      conversation: { ...conversation, state: { turns: Number(conversation.state.turns ?? 0) + 1 } },
    };
  },
};

async function openChat(t: TestApp, locale: "en" | "zh" = "en") {
  const res = await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: { locale } });
  expect(res.statusCode).toBe(201);
  const body = res.json();
  return { id: body.conversation.id as string, headers: { authorization: `Bearer ${body.token}` }, body };
}

describe("widget flow", () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it("opens a conversation, posts a message, gets the bot reply and fetches messages after a seq", async () => {
    t = await createTestApp({ agent: echoAgent });
    const chat = await openChat(t);
    expect(chat.body.messages).toHaveLength(1);
    expect(chat.body.messages[0]).toMatchObject({ author: "bot", seq: 1, text: "Hello from the bot" });
    expect(chat.body.conversation).not.toHaveProperty("state");

    const post = await t.app.inject({
      method: "POST",
      url: `/api/v1/widget/conversations/${chat.id}/messages`,
      headers: chat.headers,
      payload: { text: "where is my order", clientMessageId: "m-1" },
    });
    expect(post.statusCode).toBe(201);
    const { message, replies } = post.json();
    expect(message).toMatchObject({ author: "customer", seq: 2, clientMessageId: "m-1" });
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ author: "bot", seq: 3, text: "echo: where is my order" });
    expect(replies[0]).not.toHaveProperty("explanation");

    const stored = await t.store.messages.listSince(chat.id, 2);
    expect(stored[0]?.explanation).toEqual({ intent: "echo", confidence: 0.9 });
    expect((await t.store.conversations.get(chat.id))?.state).toEqual({ turns: 1 });

    const retry = await t.app.inject({
      method: "POST",
      url: `/api/v1/widget/conversations/${chat.id}/messages`,
      headers: chat.headers,
      payload: { text: "where is my order", clientMessageId: "m-1" },
    });
    expect(retry.json().message.id).toBe(message.id);
    expect(await t.store.messages.listSince(chat.id, 0)).toHaveLength(3);

    const after = await t.app.inject({
      method: "GET",
      url: `/api/v1/widget/conversations/${chat.id}/messages?after=1`,
      headers: chat.headers,
    });
    expect(after.json().items.map((m: { seq: number }) => m.seq)).toEqual([2, 3]);
  });

  it("keeps the shopper's message when the bot throws, then apologises bilingually and hands off", async () => {
    t = await createTestApp({ agent: echoAgent });
    const chat = await openChat(t, "zh");
    const post = await t.app.inject({
      method: "POST",
      url: `/api/v1/widget/conversations/${chat.id}/messages`,
      headers: chat.headers,
      payload: { text: "crash", clientMessageId: "m-1" },
    });
    expect(post.statusCode).toBe(201);
    expect(post.json().replies[0].text).toContain("人工客服");
    const messages = await t.store.messages.listSince(chat.id, 0);
    expect(messages.map((m) => m.author)).toEqual(["bot", "customer", "bot"]);
    expect((await t.store.conversations.get(chat.id))?.status).toBe("waiting_agent");
    const handoffs = await t.store.handoffs.listByConversation(chat.id);
    expect(handoffs).toMatchObject([{ status: "open", reason: "repeated_failure" }]);
  });

  it("undoes what a failing bot wrote before it threw, and still keeps the shopper's message and answers it", async () => {
    let app: TestApp | undefined;
    const writesThenThrows: ConversationAgent = {
      greet: echoAgent.greet,
      async reply(input) {
        if (input.message.text !== "half-done") return echoAgent.reply(input);
        // Joins the turn's transaction, as a use case the bot calls would.
        await app?.store.audit.append({
          id: "aud_half_done",
          at: new Date().toISOString(),
          actor: { type: "bot", id: "kefu" },
          action: "order.cancel",
          entityType: "order",
          entityId: "W1",
          details: {},
        });
        throw new Error("failed after a write");
      },
    };
    t = app = await createTestApp({ agent: writesThenThrows });
    const chat = await openChat(t);
    const post = await t.app.inject({
      method: "POST",
      url: `/api/v1/widget/conversations/${chat.id}/messages`,
      headers: chat.headers,
      payload: { text: "half-done", clientMessageId: "m-1" },
    });
    expect(post.statusCode).toBe(201);
    const audit = await t.store.audit.list({ offset: 0, limit: 100 });
    expect(audit.items.map((e) => e.id)).not.toContain("aud_half_done");
    const messages = await t.store.messages.listSince(chat.id, 0);
    expect(messages.map((m) => [m.author, m.seq])).toEqual([
      ["bot", 1],
      ["customer", 2],
      ["bot", 3],
    ]);
    expect((await t.store.handoffs.listByConversation(chat.id)).map((h) => h.reason)).toEqual(["repeated_failure"]);
  });

  it("hands off, lets an agent take over, reply, add a note, resolve with a CSAT prompt, and the shopper rates", async () => {
    t = await createTestApp({ agent: echoAgent });
    const chat = await openChat(t);
    const staff = await t.login(AGENT);
    await t.app.inject({
      method: "POST",
      url: `/api/v1/widget/conversations/${chat.id}/messages`,
      headers: chat.headers,
      payload: { text: "human", clientMessageId: "m-1" },
    });
    const queue = (await t.app.inject({ method: "GET", url: "/api/v1/handoffs?status=open", headers: staff })).json();
    expect(queue.items).toMatchObject([{ conversationId: chat.id, priority: 70, status: "open" }]);
    const list = (
      await t.app.inject({ method: "GET", url: "/api/v1/conversations?status=waiting_agent", headers: staff })
    ).json();
    expect(list.items[0]).toMatchObject({ id: chat.id, priority: 70, lastMessage: { text: "Passing you to a human" } });

    const assigned = await t.app.inject({
      method: "POST",
      url: `/api/v1/conversations/${chat.id}/assign`,
      headers: staff,
      payload: {},
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json().conversation).toMatchObject({ status: "agent" });
    expect(assigned.json().handoff).toMatchObject({ status: "assigned" });

    const mine = (
      await t.app.inject({ method: "GET", url: "/api/v1/conversations?assignee=me", headers: staff })
    ).json();
    expect(mine.items.map((c: { id: string }) => c.id)).toEqual([chat.id]);

    const reply = await t.app.inject({
      method: "POST",
      url: `/api/v1/conversations/${chat.id}/messages`,
      headers: staff,
      payload: { text: "Hi, I'm Ann", clientMessageId: "a-1" },
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().message.author).toBe("agent");
    await t.app.inject({
      method: "POST",
      url: `/api/v1/conversations/${chat.id}/messages`,
      headers: staff,
      payload: { text: "VIP customer", clientMessageId: "a-2", internal: true },
    });

    // While a human owns the chat, the bot stays quiet.
    const shopperPost = await t.app.inject({
      method: "POST",
      url: `/api/v1/widget/conversations/${chat.id}/messages`,
      headers: chat.headers,
      payload: { text: "thanks", clientMessageId: "m-2" },
    });
    expect(shopperPost.json().replies).toEqual([]);

    const resolved = await t.app.inject({
      method: "POST",
      url: `/api/v1/conversations/${chat.id}/resolve`,
      headers: staff,
    });
    expect(resolved.json().conversation.status).toBe("resolved");
    const shopperView = (
      await t.app.inject({
        method: "GET",
        url: `/api/v1/widget/conversations/${chat.id}/messages`,
        headers: chat.headers,
      })
    ).json();
    const texts = shopperView.items.map((m: { text: string }) => m.text);
    expect(texts).not.toContain("VIP customer");
    expect(shopperView.items.at(-1).payload.kind).toBe("csat_prompt");

    const csat = await t.app.inject({
      method: "POST",
      url: `/api/v1/widget/conversations/${chat.id}/csat`,
      headers: chat.headers,
      payload: { rating: 5, comment: "great" },
    });
    expect(csat.json()).toEqual({ ok: true });
    expect((await t.store.conversations.get(chat.id))?.csat).toBe(5);

    const detail = (
      await t.app.inject({ method: "GET", url: `/api/v1/conversations/${chat.id}`, headers: staff })
    ).json();
    expect(detail.messages.map((m: { author: string }) => m.author)).toContain("note");
    expect(detail.handoffs[0].status).toBe("resolved");

    const reopened = await t.app.inject({
      method: "POST",
      url: `/api/v1/conversations/${chat.id}/reopen`,
      headers: staff,
    });
    expect(reopened.json().conversation.status).toBe("agent");
    const back = await t.app.inject({
      method: "POST",
      url: `/api/v1/conversations/${chat.id}/handback`,
      headers: staff,
    });
    expect(back.json().conversation).toMatchObject({ status: "bot" });
    expect(back.json().conversation.assigneeId).toBeUndefined();

    const actions = (await t.store.audit.list({ limit: 100 })).items.map((e) => e.action);
    for (const a of [
      "conversation.assign",
      "conversation.reply",
      "conversation.note",
      "conversation.resolve",
      "conversation.handback",
    ]) {
      expect(actions).toContain(a);
    }
  });

  it("without a bot, the first message is queued for a human", async () => {
    t = await createTestApp();
    const chat = await openChat(t);
    expect(chat.body.messages[0].author).toBe("bot");
    const post = await t.app.inject({
      method: "POST",
      url: `/api/v1/widget/conversations/${chat.id}/messages`,
      headers: chat.headers,
      payload: { text: "hello", clientMessageId: "m-1" },
    });
    expect(post.json().replies).toHaveLength(1);
    expect((await t.store.conversations.get(chat.id))?.status).toBe("waiting_agent");
  });
});
