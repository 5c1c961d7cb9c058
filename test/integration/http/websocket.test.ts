import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { AGENT, createTestApp, type TestApp } from "../fixtures/test-app.js";
import { connect, type Frame } from "../fixtures/ws-client.js";

const seqOf = (f: Frame) => (f.message as { seq: number }).seq;

describe("websocket", () => {
  let t: TestApp;
  afterEach(async () => t.close());

  async function start() {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = t.app.server.address() as AddressInfo;
    return `ws://127.0.0.1:${port}`;
  }

  it("acks stored messages and replays what a reconnecting shopper missed", async () => {
    const base = await start();
    const opened = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const id: string = opened.conversation.id;
    const shopper = await connect(base, opened.token);
    shopper.send({ type: "resume", conversationId: id, afterSeq: 0 });
    expect(seqOf(await shopper.next((f) => f.type === "message"))).toBe(1);
    await shopper.next((f) => f.type === "resumed");

    shopper.send({ type: "message", conversationId: id, clientMessageId: "c-1", text: "hello" });
    const ack = await shopper.next((f) => f.type === "ack");
    expect(ack).toMatchObject({ clientMessageId: "c-1", message: { seq: 2, author: "customer", text: "hello" } });
    expect((await t.store.messages.listSince(id, 1))[0]?.text).toBe("hello");
    // The live stream carries the holding reply and the queue handoff (no bot configured).
    expect(seqOf(await shopper.next((f) => f.type === "message" && seqOf(f) === 3))).toBe(3);
    await shopper.close();

    // While disconnected, an agent replies twice and writes a note.
    const staff = await t.login(AGENT);
    for (const [i, internal] of [
      [1, false],
      [2, true],
      [3, false],
    ] as const) {
      await t.app.inject({
        method: "POST",
        url: `/api/v1/conversations/${id}/messages`,
        headers: staff,
        payload: { text: `agent ${i}`, clientMessageId: `a-${i}`, internal },
      });
    }
    const stored = await t.store.messages.listSince(id, 3);
    const expectedSeqs = stored.filter((m) => m.author !== "note").map((m) => m.seq);

    const again = await connect(base, opened.token);
    again.send({ type: "resume", conversationId: id, afterSeq: 3 });
    const resumed = await again.next((f) => f.type === "resumed");
    expect(resumed.lastSeq).toBe(stored.at(-1)?.seq);
    const replayed = again.frames.filter((f) => f.type === "message");
    expect(replayed.map(seqOf)).toEqual(expectedSeqs);
    expect(replayed.map((f) => (f.message as { text: string }).text)).not.toContain("agent 2");

    // Live messages keep flowing after the replay, exactly once.
    await t.app.inject({
      method: "POST",
      url: `/api/v1/conversations/${id}/messages`,
      headers: staff,
      payload: { text: "live one", clientMessageId: "a-9" },
    });
    const live = await again.next((f) => f.type === "message" && (f.message as { text: string }).text === "live one");
    expect(seqOf(live)).toBe((stored.at(-1)?.seq ?? 0) + 1);
    await again.close();
  });

  it("a message resent on a new socket after a lost ack is acked again with the stored message, not duplicated", async () => {
    const base = await start();
    const opened = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const id: string = opened.conversation.id;
    const first = await connect(base, opened.token);
    const frame = { type: "message", conversationId: id, clientMessageId: "lost-ack", text: "where is my parcel?" };
    first.send(frame);
    // The socket drops right after sending, as a flaky mobile connection would, before reading the ack.
    first.socket.terminate();
    await expect
      .poll(async () => (await t.store.messages.listSince(id, 0)).some((m) => m.clientMessageId === "lost-ack"))
      .toBe(true);
    const stored = (await t.store.messages.listSince(id, 0)).find((m) => m.clientMessageId === "lost-ack");

    const second = await connect(base, opened.token);
    second.send(frame);
    const ack = await second.next((f) => f.type === "ack");
    expect(ack).toMatchObject({ clientMessageId: "lost-ack", message: { id: stored?.id, seq: stored?.seq } });
    const all = await t.store.messages.listSince(id, 0);
    expect(all.filter((m) => m.clientMessageId === "lost-ack")).toHaveLength(1);
    expect(all.filter((m) => m.author === "customer")).toHaveLength(1);
    await second.close();
  });

  it("rejects connections without a valid token and frames for other conversations", async () => {
    const base = await start();
    await expect(connect(base, "kw1.bad.token")).rejects.toThrow(/401/);
    const a = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const b = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const shopper = await connect(base, a.token);
    shopper.send({ type: "resume", conversationId: b.conversation.id, afterSeq: 0 });
    expect(await shopper.next((f) => f.type === "error")).toMatchObject({ error: { code: "CONVERSATION_NOT_FOUND" } });
    shopper.send({ type: "message", conversationId: b.conversation.id, clientMessageId: "x", text: "hi" });
    expect(await shopper.next((f) => f.type === "error")).toMatchObject({ clientMessageId: "x" });
    shopper.socket.send("not json");
    expect(await shopper.next((f) => f.type === "error")).toMatchObject({ error: { code: "VALIDATION_FAILED" } });
    shopper.send({ type: "subscribe_queue" });
    expect(await shopper.next((f) => f.type === "error")).toMatchObject({ error: { code: "FORBIDDEN" } });
    expect(await t.store.messages.listSince(b.conversation.id, 0)).toHaveLength(1);
    await shopper.close();
  });

  it("staff see queue updates and typing; shoppers see agent typing", async () => {
    const base = await start();
    const staffToken = (await t.login(AGENT)).authorization.slice("Bearer ".length);
    const console_ = await connect(base, staffToken);
    console_.send({ type: "subscribe_queue" });
    console_.send({ type: "ping" });
    await console_.next((f) => f.type === "pong");
    const opened = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const id: string = opened.conversation.id;
    const shopper = await connect(base, opened.token);
    shopper.send({ type: "resume", conversationId: id, afterSeq: 1 });
    await shopper.next((f) => f.type === "resumed");
    shopper.send({ type: "message", conversationId: id, clientMessageId: "c-1", text: "help" });
    const handoff = await console_.next((f) => f.type === "handoff");
    expect(handoff.handoff).toMatchObject({ conversationId: id, status: "open" });

    console_.send({ type: "resume", conversationId: id, afterSeq: 0 });
    await console_.next((f) => f.type === "resumed");
    console_.send({ type: "typing", conversationId: id, on: true });
    expect(await shopper.next((f) => f.type === "typing")).toMatchObject({ author: "agent", on: true });
    console_.send({ type: "message", conversationId: id, clientMessageId: "s-1", text: "On it" });
    expect(await console_.next((f) => f.type === "ack")).toMatchObject({ message: { author: "agent", text: "On it" } });
    expect(
      await shopper.next((f) => f.type === "message" && (f.message as { text: string }).text === "On it"),
    ).toBeTruthy();
    await Promise.all([shopper.close(), console_.close()]);
  });
});
