import type { ShopperConversation, ShopperMessage } from "../../../../src/contract/entities.js";
import type { ServerFrame } from "../../../../src/contract/ws-frames.js";
import type {
  ChatClientDeps,
  ChatClientState,
  ChatSocket,
  PendingMessage,
  SendFailure,
  SocketStatus,
} from "./chat-types.js";
import { lastSeqOf, mergeMessages } from "./merge-messages.js";

const DEFAULT_ACK_TIMEOUT_MS = 6000;
const DEFAULT_BOT_TYPING_MS = 15_000;
const TYPING_THROTTLE_MS = 3000;

/** What `send` answers: accepted for delivery, or refused at once with the reason. */
export type SendResult = { ok: true; clientMessageId: string } | { ok: false; failure: SendFailure };

function failureOf(err: unknown): SendFailure {
  if (typeof err === "object" && err !== null && "code" in err && typeof err.code === "string") {
    const message = "message" in err && typeof err.message === "string" ? err.message : err.code;
    return { code: err.code, message };
  }
  return { code: "NETWORK_ERROR", message: err instanceof Error ? err.message : "Network error" };
}

/**
 * The shopper's side of one conversation, without any UI framework: sends with client ids (a retry
 * reuses the id, so the server never stores it twice), waits for the socket's ack and re-posts over
 * HTTP when it does not come, resumes from the last seq after every reconnect, relays typing.
 */
export class ChatClient {
  private state: ChatClientState = { messages: [], pending: [], typing: null, connection: "closed" };
  private readonly listeners = new Set<(state: ChatClientState) => void>();
  private readonly ackTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private typingTimer: ReturnType<typeof setTimeout> | undefined;
  private typingSentAt = Number.NEGATIVE_INFINITY;
  private socket: ChatSocket | undefined;
  private session: { conversationId: string; token: string } | undefined;

  constructor(private readonly deps: ChatClientDeps) {}

  getState(): ChatClientState {
    return this.state;
  }

  subscribe(listener: (state: ChatClientState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts streaming a conversation whose history is already loaded. */
  start(
    session: { conversationId: string; token: string },
    conversation: ShopperConversation,
    messages: ShopperMessage[],
  ): void {
    this.stop();
    this.session = session;
    this.update({ conversation, messages: mergeMessages([], messages), pending: [], typing: null });
    this.socket = this.deps.openSocket(session.token, {
      onFrame: (frame) => this.onFrame(frame),
      onStatus: (status) => this.onStatus(status),
    });
    this.socket.connect();
  }

  stop(): void {
    this.socket?.close();
    this.socket = undefined;
    for (const timer of this.ackTimers.values()) clearTimeout(timer);
    this.ackTimers.clear();
    clearTimeout(this.typingTimer);
  }

  /** Queues a message; refuses empty or over-long text at once, with the reason. */
  send(text: string): SendResult {
    const body = text.trim();
    if (!body) return { ok: false, failure: { code: "EMPTY", message: "Type a message first" } };
    if (body.length > this.deps.maxChars) {
      return {
        ok: false,
        failure: { code: "MESSAGE_TOO_LONG", message: `Messages can be up to ${this.deps.maxChars} characters` },
      };
    }
    const p: PendingMessage = { clientMessageId: this.deps.newClientMessageId(), text: body, failed: false };
    this.update({ pending: [...this.state.pending, p] });
    this.deliver(p);
    return { ok: true, clientMessageId: p.clientMessageId };
  }

  /** Sends a failed message again under the same clientMessageId. */
  retry(clientMessageId: string): void {
    const p = this.state.pending.find((x) => x.clientMessageId === clientMessageId);
    if (!p) return;
    const again: PendingMessage = { clientMessageId, text: p.text, failed: false };
    this.replacePending(again);
    this.deliver(again);
  }

  /** Tells the other side the shopper is typing, at most once every few seconds. */
  notifyTyping(): void {
    const now = (this.deps.now ?? Date.now)();
    if (!this.session || now - this.typingSentAt < TYPING_THROTTLE_MS) return;
    this.typingSentAt = now;
    this.socket?.send({ type: "typing", conversationId: this.session.conversationId, on: true });
  }

  /** Applies a local change to the conversation (e.g. after rating it). */
  patchConversation(patch: Partial<ShopperConversation>): void {
    if (this.state.conversation) this.update({ conversation: { ...this.state.conversation, ...patch } });
  }

  /** Adds messages stored by another path (an upload) to the transcript. */
  addMessages(messages: ShopperMessage[]): void {
    this.update({ messages: mergeMessages(this.state.messages, messages) });
  }

  private deliver(p: PendingMessage): void {
    const session = this.session;
    if (!session) return;
    const sent = this.socket?.send({
      type: "message",
      conversationId: session.conversationId,
      clientMessageId: p.clientMessageId,
      text: p.text,
    });
    if (!sent) {
      void this.postHttp(p);
      return;
    }
    clearTimeout(this.ackTimers.get(p.clientMessageId));
    this.ackTimers.set(
      p.clientMessageId,
      setTimeout(() => void this.postHttp(p), this.deps.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS),
    );
  }

  private async postHttp(p: PendingMessage): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.ackTimers.delete(p.clientMessageId);
    try {
      const res = await this.deps.postMessage(session.conversationId, session.token, {
        text: p.text,
        clientMessageId: p.clientMessageId,
      });
      this.confirm(p.clientMessageId, [res.message, ...res.replies]);
    } catch (err) {
      this.fail(p.clientMessageId, failureOf(err));
    }
  }

  private confirm(clientMessageId: string, stored: ShopperMessage[]): void {
    clearTimeout(this.ackTimers.get(clientMessageId));
    this.ackTimers.delete(clientMessageId);
    this.update({
      messages: mergeMessages(this.state.messages, stored),
      pending: this.state.pending.filter((p) => p.clientMessageId !== clientMessageId),
    });
  }

  private fail(clientMessageId: string, failure: SendFailure): void {
    clearTimeout(this.ackTimers.get(clientMessageId));
    this.ackTimers.delete(clientMessageId);
    const p = this.state.pending.find((x) => x.clientMessageId === clientMessageId);
    if (p) this.replacePending({ ...p, failed: true, failure });
    this.update({ typing: null });
  }

  private replacePending(next: PendingMessage): void {
    this.update({
      pending: this.state.pending.map((x) => (x.clientMessageId === next.clientMessageId ? next : x)),
    });
  }

  private onStatus(connection: SocketStatus): void {
    this.update({ connection });
    if (connection !== "open" || !this.session) return;
    // After every (re)connect: replay what was missed, then send again whatever is unconfirmed.
    this.socket?.send({
      type: "resume",
      conversationId: this.session.conversationId,
      afterSeq: lastSeqOf(this.state.messages),
    });
    for (const p of this.state.pending) if (!p.failed) this.deliver(p);
  }

  private onFrame(frame: ServerFrame): void {
    switch (frame.type) {
      case "ack":
        this.confirm(frame.clientMessageId, [frame.message]);
        if (this.state.conversation?.status === "bot") this.showTyping("bot");
        return;
      case "message": {
        const m = frame.message;
        this.update({
          messages: mergeMessages(this.state.messages, [m]),
          typing: m.author === "customer" ? this.state.typing : null,
        });
        return;
      }
      case "conversation":
        this.patchConversation(frame.conversation);
        return;
      case "typing":
        if (frame.author !== "customer") this.update({ typing: frame.on ? frame.author : null });
        return;
      case "error":
        if (frame.clientMessageId) this.fail(frame.clientMessageId, frame.error);
        return;
      default:
        return;
    }
  }

  private showTyping(who: "bot" | "agent"): void {
    this.update({ typing: who });
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => this.update({ typing: null }), this.deps.botTypingMs ?? DEFAULT_BOT_TYPING_MS);
  }

  private update(patch: Partial<ChatClientState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }
}
