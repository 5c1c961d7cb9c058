import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ShopperConversation, ShopperMessage } from "../../../../src/contract/entities.js";
import type { ClientFrame } from "../../../../src/contract/ws-frames.js";
import { ChatClient } from "./chat-client.js";
import type { ChatClientDeps, ChatSocketHandlers } from "./chat-types.js";

const conversation: ShopperConversation = {
  id: "conv_1",
  channel: "widget",
  locale: "en",
  status: "bot",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  lastSeq: 1,
};

function message(
  seq: number,
  author: ShopperMessage["author"],
  text: string,
  clientMessageId?: string,
): ShopperMessage {
  return {
    id: `m${seq}`,
    conversationId: "conv_1",
    seq,
    author,
    text,
    payload: {},
    createdAt: "2026-01-01T00:00:00.000Z",
    ...(clientMessageId ? { clientMessageId } : {}),
  };
}

/** A socket we drive by hand: records frames, opens and drops on command. */
class FakeSocket {
  open = false;
  sent: ClientFrame[] = [];
  constructor(readonly handlers: ChatSocketHandlers) {}
  connect() {}
  send(frame: ClientFrame): boolean {
    if (!this.open) return false;
    this.sent.push(frame);
    return true;
  }
  close() {
    this.open = false;
  }
  up() {
    this.open = true;
    this.handlers.onStatus("open");
  }
  down() {
    this.open = false;
    this.handlers.onStatus("closed");
  }
}

function setup(overrides: Partial<ChatClientDeps> = {}) {
  let socket: FakeSocket | undefined;
  let ids = 0;
  const posts: { text: string; clientMessageId: string }[] = [];
  const postMessage = vi.fn(async (_id: string, _token: string, body: { text: string; clientMessageId: string }) => {
    posts.push(body);
    return { message: message(10 + posts.length, "customer", body.text, body.clientMessageId), replies: [] };
  });
  const client = new ChatClient({
    openSocket: (_token, handlers) => {
      socket = new FakeSocket(handlers);
      return socket;
    },
    postMessage,
    newClientMessageId: () => `w_${++ids}`,
    maxChars: 4000,
    ackTimeoutMs: 1000,
    ...overrides,
  });
  client.start({ conversationId: "conv_1", token: "tok" }, conversation, [message(1, "bot", "Hi")]);
  const sock = () => {
    if (!socket) throw new Error("no socket opened");
    return socket;
  };
  return { client, sock, posts, postMessage };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("ChatClient", () => {
  it("re-posts over HTTP with the same clientMessageId when the socket ack does not come in time", async () => {
    const { client, sock, posts } = setup();
    sock().up();
    const sent = client.send("where is my order?");
    expect(sent.ok).toBe(true);
    const frame = sock().sent.find((f) => f.type === "message");
    expect(frame).toMatchObject({ clientMessageId: "w_1", text: "where is my order?" });
    expect(posts).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(999);
    expect(posts).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(posts).toEqual([{ text: "where is my order?", clientMessageId: "w_1" }]);
    expect(client.getState().pending).toHaveLength(0);
    expect(client.getState().messages.map((m) => m.clientMessageId)).toContain("w_1");
  });

  it("does not re-post once the ack arrives", async () => {
    const { client, sock, posts } = setup();
    sock().up();
    client.send("hello");
    sock().handlers.onFrame({ type: "ack", clientMessageId: "w_1", message: message(2, "customer", "hello", "w_1") });
    await vi.advanceTimersByTimeAsync(5000);
    expect(posts).toHaveLength(0);
    expect(client.getState().messages.map((m) => m.seq)).toEqual([1, 2]);
  });

  it("retries a failed message under the same clientMessageId and keeps the server's reason", async () => {
    let fail = true;
    const { client, posts } = setup({
      postMessage: async (_c, _t, body) => {
        posts.push(body);
        if (fail) throw Object.assign(new Error("Rate limited"), { code: "RATE_LIMITED" });
        return { message: message(2, "customer", body.text, body.clientMessageId), replies: [] };
      },
    });
    client.send("refund please"); // socket closed: straight to HTTP
    await vi.advanceTimersByTimeAsync(0);
    const [failed] = client.getState().pending;
    expect(failed).toMatchObject({ failed: true, failure: { code: "RATE_LIMITED", message: "Rate limited" } });

    fail = false;
    client.retry("w_1");
    await vi.advanceTimersByTimeAsync(0);
    expect(posts.map((p) => p.clientMessageId)).toEqual(["w_1", "w_1"]);
    expect(client.getState().pending).toHaveLength(0);
  });

  it("refuses an over-long message before sending, saying the limit", () => {
    const { client, sock, postMessage } = setup();
    sock().up();
    const result = client.send("x".repeat(5000));
    expect(result).toEqual({
      ok: false,
      failure: { code: "MESSAGE_TOO_LONG", message: "Messages can be up to 4000 characters" },
    });
    expect(sock().sent.filter((f) => f.type === "message")).toHaveLength(0);
    expect(postMessage).not.toHaveBeenCalled();
  });

  it("resumes from the last seq seen after a reconnect", async () => {
    const { client, sock } = setup();
    sock().up();
    expect(sock().sent[0]).toEqual({ type: "resume", conversationId: "conv_1", afterSeq: 1 });
    sock().handlers.onFrame({ type: "message", message: message(2, "bot", "Anything else?") });

    sock().down();
    sock().sent = [];
    sock().up();
    expect(sock().sent[0]).toEqual({ type: "resume", conversationId: "conv_1", afterSeq: 2 });

    // Messages missed while away arrive as a replay and merge in seq order without duplicates.
    sock().handlers.onFrame({ type: "message", message: message(2, "bot", "Anything else?") });
    sock().handlers.onFrame({ type: "message", message: message(3, "agent", "I'm here") });
    expect(client.getState().messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it("re-sends an unacked socket message after reconnect with the same clientMessageId", () => {
    const { client, sock } = setup();
    sock().up();
    client.send("first");
    sock().down();
    sock().sent = [];
    sock().up();
    const again = sock().sent.filter((f) => f.type === "message");
    expect(again).toEqual([{ type: "message", conversationId: "conv_1", clientMessageId: "w_1", text: "first" }]);
  });

  it("shows the other side typing and throttles its own typing frames", async () => {
    const { client, sock } = setup();
    sock().up();
    sock().handlers.onFrame({ type: "typing", conversationId: "conv_1", author: "agent", on: true });
    expect(client.getState().typing).toBe("agent");
    sock().handlers.onFrame({ type: "message", message: message(2, "agent", "Hello") });
    expect(client.getState().typing).toBeNull();

    client.notifyTyping();
    client.notifyTyping();
    expect(sock().sent.filter((f) => f.type === "typing")).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3000);
    client.notifyTyping();
    expect(sock().sent.filter((f) => f.type === "typing")).toHaveLength(2);
  });

  it("marks a message failed with the reason the socket gives", () => {
    const { client, sock } = setup();
    sock().up();
    client.send("hi");
    sock().handlers.onFrame({
      type: "error",
      clientMessageId: "w_1",
      error: { code: "CONVERSATION_RESOLVED", message: "This conversation is closed" },
    });
    expect(client.getState().pending[0]).toMatchObject({ failed: true, failure: { code: "CONVERSATION_RESOLVED" } });
  });
});
