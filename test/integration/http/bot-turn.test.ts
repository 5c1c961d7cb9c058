import { afterEach, describe, expect, it } from "vitest";
import type { ConversationAgent } from "../../../src/application/ports/conversation-agent.js";
import { AGENT, createTestApp, type TestApp } from "../fixtures/test-app.js";

/** A bot whose understanding (before the turn's transaction) waits until the test releases it, and which verifies the shopper. */
function slowAgent() {
  let release: () => void = () => {};
  const gate = new Promise<void>((r) => {
    release = r;
  });
  let entered: () => void = () => {};
  const thinking = new Promise<void>((r) => {
    entered = r;
  });
  const agent: ConversationAgent = {
    greet: async () => [{ text: "hi" }],
    async prepare() {
      entered();
      await gate;
      return {};
    },
    async reply({ conversation }) {
      return {
        messages: [{ text: "Found you, Sara." }],
        conversation: { ...conversation, verifiedCustomerId: "sara_doe_1", state: { flow: "order_status" } },
      };
    },
  };
  return { agent, release, thinking };
}

describe("bot turns", () => {
  let t: TestApp;
  afterEach(async () => t.close());

  it("a human taking over while the bot thinks keeps ownership; the bot then stays silent and the message waits for the human", async () => {
    const slow = slowAgent();
    t = await createTestApp({ agent: slow.agent });
    const opened = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const id: string = opened.conversation.id;
    const shopper = { authorization: `Bearer ${opened.token}` };
    const posting = t.app.inject({
      method: "POST",
      url: `/api/v1/widget/conversations/${id}/messages`,
      headers: shopper,
      payload: { text: "sara@example.com", clientMessageId: "m-1" },
    });
    await slow.thinking;
    const staff = await t.login(AGENT);
    const assigned = await t.app.inject({ method: "POST", url: `/api/v1/conversations/${id}/assign`, headers: staff });
    expect(assigned.json(), assigned.body).toHaveProperty("conversation.status", "agent");
    slow.release();
    const posted = (await posting).json();
    // The turn re-reads the conversation under its lock: a human holds it now, so the bot does not talk over them.
    expect(posted.replies).toEqual([]);
    expect(posted.message).toMatchObject({ author: "customer", text: "sara@example.com" });
    const after = await t.store.conversations.get(id);
    expect(after?.status).toBe("agent");
    expect(after?.verifiedCustomerId).toBeUndefined();
    const texts = (await t.store.messages.listSince(id, 0)).map((m) => m.text);
    expect(texts).toContain("sara@example.com");
    expect(texts).not.toContain("Found you, Sara.");
    const seqs = (await t.store.messages.listSince(id, 0)).map((m) => m.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(after?.lastSeq).toBe(seqs.length);
  });

  it("serialises a shopper's concurrent messages so each bot reply follows its message", async () => {
    const agent: ConversationAgent = {
      greet: async () => [{ text: "hi" }],
      async reply({ conversation, message }) {
        await new Promise((r) => setTimeout(r, 5));
        return { messages: [{ text: `re: ${message.text}` }], conversation };
      },
    };
    t = await createTestApp({ agent });
    const opened = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const id: string = opened.conversation.id;
    const headers = { authorization: `Bearer ${opened.token}` };
    await Promise.all(
      ["a", "b", "c", "d"].map((text) =>
        t.app.inject({
          method: "POST",
          url: `/api/v1/widget/conversations/${id}/messages`,
          headers,
          payload: { text, clientMessageId: text },
        }),
      ),
    );
    const messages = await t.store.messages.listSince(id, 1);
    for (let i = 0; i < messages.length; i += 2) {
      expect(messages[i + 1]?.text).toBe(`re: ${messages[i]?.text}`);
    }
    expect(messages).toHaveLength(8);
  });
});
