import { afterEach, describe, expect, it } from "vitest";
import type { ConversationAgent, PreparedTurn } from "../../src/application/ports/conversation-agent.js";
import type { KefuEvent } from "../../src/application/ports/event-bus.js";
import type { Store } from "../../src/application/ports/store.js";
import { createConversationDeps } from "../../src/application/use-cases/conversations/conversation-deps.js";
import { openConversation } from "../../src/application/use-cases/conversations/open-conversation.js";
import { postCustomerMessage } from "../../src/application/use-cases/conversations/post-customer-message.js";
import { createLocalEventBus } from "../../src/infrastructure/realtime/event-bus-local.js";
import { silentLogger } from "../../src/infrastructure/system/pino-logger.js";
import { sequentialIds } from "../../src/infrastructure/system/random-ids.js";
import { fixedClock } from "../../src/infrastructure/system/system-clock.js";
import { openConversationStore } from "./fixtures/open-conversation-store.js";

/** A bot that echoes, counts its turns in the dialog state and lets the test act while it "understands". */
function echoAgent(hooks: { duringPrepare?: (n: number) => Promise<void>; duringReply?: () => Promise<void> }) {
  const seen = { prepares: 0, replies: 0, preparedUsed: [] as boolean[] };
  const tokens = new WeakSet<PreparedTurn>();
  const agent: ConversationAgent = {
    greet: async () => [],
    async prepare() {
      seen.prepares += 1;
      await hooks.duringPrepare?.(seen.prepares);
      const token = {};
      tokens.add(token);
      return token;
    },
    async reply({ conversation, message, prepared }) {
      seen.replies += 1;
      seen.preparedUsed.push(prepared !== undefined && tokens.has(prepared));
      await hooks.duringReply?.();
      const turns = Number(conversation.state.turns ?? 0) + 1;
      return {
        messages: [{ text: `echo: ${message.text}` }],
        conversation: { ...conversation, state: { ...conversation.state, turns } },
      };
    },
  };
  return { agent, seen };
}

async function setup(agent: ConversationAgent) {
  const opened = await openConversationStore();
  const bus = createLocalEventBus();
  const published: KefuEvent[] = [];
  bus.subscribe((e) => published.push(e));
  const deps = createConversationDeps({
    store: opened.store,
    clock: fixedClock("2026-11-23T10:00:00.000Z"),
    ids: sequentialIds(),
    logger: silentLogger,
    eventBus: bus,
    agent,
  });
  const { conversation } = await openConversation(deps, { channel: "widget", locale: "en" });
  return { ...opened, deps, conversationId: conversation.id, published };
}

/** What another instance does meanwhile: a committed change to the conversation (bumps its version). */
async function writeElsewhere(store: Store, id: string, mark: string): Promise<void> {
  const current = await store.conversations.get(id);
  if (!current) throw new Error("no conversation");
  await store.conversations.update({ ...current, state: { ...current.state, [mark]: true } });
}

describe("turn conflicts", () => {
  let dispose: (() => Promise<void>) | undefined;
  afterEach(async () => dispose?.());

  it("a conversation changed while the turn was prepared: the turn is redone on the new version, nothing lost", async () => {
    let store: Store | undefined;
    let id = "";
    const { agent, seen } = echoAgent({
      duringPrepare: async (n) => {
        if (n === 1 && store) await writeElsewhere(store, id, "elsewhere");
      },
    });
    const s = await setup(agent);
    dispose = s.dispose;
    store = s.store;
    id = s.conversationId;
    const before = { ...s.store.stats };
    const result = await postCustomerMessage(s.deps, { conversationId: id, text: "hello", clientMessageId: "c1" });
    expect(seen).toEqual({ prepares: 2, replies: 1, preparedUsed: [true] });
    expect(result.replies.map((m) => m.text)).toEqual(["echo: hello"]);
    expect(s.store.stats.rollbacks - before.rollbacks).toBe(1);
    const after = await s.store.conversations.getForTurn(id);
    // The other write and the turn both survive; the turn counted once.
    expect(after?.conversation.state).toMatchObject({ elsewhere: true, turns: 1 });
    const messages = await s.store.messages.listSince(id, 0);
    expect(messages.filter((m) => m.author === "customer")).toHaveLength(1);
    expect(messages.filter((m) => m.author === "bot").map((m) => m.text)).toEqual(["echo: hello"]);
    expect(s.published.filter((e) => e.type === "message.created")).toHaveLength(2);
  });

  it("a conversation that keeps moving: the third try runs under the lock and prepares inside it", async () => {
    let store: Store | undefined;
    let id = "";
    const { agent, seen } = echoAgent({
      duringPrepare: async (n) => {
        if (store) await writeElsewhere(store, id, `elsewhere${n}`);
      },
    });
    const s = await setup(agent);
    dispose = s.dispose;
    store = s.store;
    id = s.conversationId;
    const before = { ...s.store.stats };
    await postCustomerMessage(s.deps, { conversationId: id, text: "hello", clientMessageId: "c1" });
    expect(seen).toEqual({ prepares: 2, replies: 1, preparedUsed: [false] });
    expect(s.store.stats.rollbacks - before.rollbacks).toBe(2);
    const after = await s.store.conversations.getForTurn(id);
    expect(after?.conversation.state).toMatchObject({ elsewhere1: true, elsewhere2: true, turns: 1 });
  });

  it("events leave only after commit, and a failing bot's writes are undone while the message is kept", async () => {
    let s: Awaited<ReturnType<typeof setup>> | undefined;
    let publishedDuringReply = -1;
    const { agent } = echoAgent({
      duringReply: async () => {
        if (!s) return;
        publishedDuringReply = s.published.length;
        await s.store.settings.set("written-by-a-failing-turn", { x: 1 });
        throw new Error("the bot broke");
      },
    });
    s = await setup(agent);
    dispose = s.dispose;
    const eventsBefore = s.published.length;
    const before = { ...s.store.stats };
    const result = await postCustomerMessage(s.deps, {
      conversationId: s.conversationId,
      text: "hello",
      clientMessageId: "c1",
    });
    expect(publishedDuringReply).toBe(eventsBefore);
    expect(s.store.stats.commits - before.commits).toBe(1);
    expect(await s.store.settings.get("written-by-a-failing-turn")).toBeUndefined();
    expect(result.replies).toHaveLength(1);
    const conversation = await s.store.conversations.get(s.conversationId);
    expect(conversation?.status).toBe("waiting_agent");
    const messages = await s.store.messages.listSince(s.conversationId, 0);
    expect(messages.map((m) => m.author)).toEqual(["customer", "bot"]);
  });
});
