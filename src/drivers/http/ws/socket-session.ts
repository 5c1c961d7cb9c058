import type { KefuEvent } from "../../../application/ports/event-bus.js";
import { requireConversation } from "../../../application/use-cases/conversations/conversation-helpers.js";
import type { Message } from "../../../domain/conversation/message.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { Principal } from "../auth/principal.js";
import type { RouteContext } from "../route-context.js";
import { throttledWarn } from "../security/log-hygiene.js";
import { shopperConversation, shopperMessage } from "../views.js";
import type { ServerFrame } from "./ws-frames.js";

const PAGE = 500;

/**
 * One socket's subscriptions. Events from the bus and replays from the store go through one
 * serial queue per socket, and each conversation remembers the last seq delivered, so a resume
 * has no gap (the bus is subscribed before the replay starts) and no duplicate (seq dedupe).
 */
export class SocketSession {
  private readonly lastSeq = new Map<string, number>();
  private queue: Promise<void> = Promise.resolve();
  private queueSubscribed = false;
  /** Conversations this socket announced presence in. */
  private readonly present = new Set<string>();
  private closed = false;
  /** Hostile clients can fail tasks in a loop; one log line per window per socket is enough. */
  private readonly warn: (fields: Record<string, unknown>, message: string) => void;

  constructor(
    private readonly ctx: RouteContext,
    private readonly principal: Principal,
    private readonly send: (frame: ServerFrame) => void,
  ) {
    this.warn = throttledWarn(ctx.deps.logger);
  }

  /** Feeds one bus event through the queue. */
  onEvent(event: KefuEvent): void {
    this.enqueue(() => this.handleEvent(event));
  }

  /** Starts (or restarts) streaming a conversation from `afterSeq`. */
  resume(conversationId: string, afterSeq: number): Promise<void> {
    return this.enqueue(async () => {
      await this.checkAccess(conversationId);
      this.lastSeq.set(conversationId, afterSeq);
      await this.catchUp(conversationId);
      this.send({ type: "resumed", conversationId, lastSeq: this.lastSeq.get(conversationId) ?? afterSeq });
      if (this.principal.kind === "staff") {
        this.send({ type: "presence", conversationId, viewers: this.ctx.presence.viewers(conversationId) });
      }
    });
  }

  subscribeQueue(): void {
    if (this.principal.kind !== "staff") throw new KefuError("FORBIDDEN", "Only staff can watch the queue");
    this.queueSubscribed = true;
  }

  close(): void {
    this.closed = true;
  }

  /** Staff presence in a conversation, published for every server instance (and this one) to see. */
  async announce(conversationId: string, state: "viewing" | "typing" | "left"): Promise<void> {
    if (this.principal.kind !== "staff") throw new KefuError("FORBIDDEN", "Only staff announce presence");
    if (state === "left") this.present.delete(conversationId);
    else this.present.add(conversationId);
    const { id, name } = this.principal.user;
    await this.ctx.deps.eventBus.publish({ type: "presence", conversationId, staffId: id, staffName: name, state });
  }

  /** On close: others stop seeing this socket's staff member at once rather than after the TTL. */
  leaveAll(): void {
    for (const conversationId of [...this.present]) {
      this.announce(conversationId, "left").catch((err: unknown) => this.warn({ err }, "presence leave failed"));
    }
  }

  /** Throws CONVERSATION_NOT_FOUND for a missing conversation or one the shopper's token does not cover. */
  async checkAccess(conversationId: string): Promise<void> {
    if (this.principal.kind === "shopper" && this.principal.conversationId !== conversationId) {
      throw new KefuError("CONVERSATION_NOT_FOUND", `Conversation ${conversationId} does not exist`);
    }
    await requireConversation(this.ctx.deps.store, conversationId);
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(() => (this.closed ? undefined : task()));
    // The queue itself never rejects, so one failed task does not stall the next.
    this.queue = run.catch((err: unknown) => {
      // The client already got an error frame; only failures it did not cause are worth a log line.
      if (!KefuError.isInstance(err) || err.kind === "unexpected") this.warn({ err }, "socket task failed");
    });
    return run;
  }

  private async handleEvent(event: KefuEvent): Promise<void> {
    // Session revocations are the socket guard's business, not the conversation stream's.
    if (event.type === "session.revoked") return;
    const streaming = this.lastSeq.has(event.conversationId);
    const staff = this.principal.kind === "staff";
    switch (event.type) {
      case "message.created":
        if (streaming) await this.deliver(event.message);
        return;
      case "conversation.updated":
        if (streaming || (staff && this.queueSubscribed)) {
          const conversation = staff ? event.conversation : shopperConversation(event.conversation);
          this.send({ type: "conversation", conversation });
        }
        return;
      case "handoff.updated":
        if (staff && (streaming || this.queueSubscribed)) this.send({ type: "handoff", handoff: event.handoff });
        return;
      case "presence":
        if (staff && (streaming || this.queueSubscribed)) {
          const viewers = this.ctx.presence.viewers(event.conversationId);
          this.send({ type: "presence", conversationId: event.conversationId, viewers });
        }
        return;
      case "typing":
        if (streaming && !(this.principal.kind === "shopper" && event.author === "customer")) {
          this.send({ type: "typing", conversationId: event.conversationId, author: event.author, on: event.on });
        }
        return;
    }
  }

  /** In-order live delivery; a gap (events can cross between servers) is filled from the store. */
  private async deliver(message: Message): Promise<void> {
    const last = this.lastSeq.get(message.conversationId) ?? 0;
    if (message.seq <= last) return;
    if (message.seq === last + 1) this.emit(message);
    else await this.catchUp(message.conversationId);
  }

  private async catchUp(conversationId: string): Promise<void> {
    for (;;) {
      const after = this.lastSeq.get(conversationId) ?? 0;
      const page = await this.ctx.deps.store.messages.listSince(conversationId, after, PAGE);
      for (const m of page) this.emit(m);
      if (page.length < PAGE) return;
    }
  }

  private emit(message: Message): void {
    this.lastSeq.set(message.conversationId, Math.max(message.seq, this.lastSeq.get(message.conversationId) ?? 0));
    if (this.principal.kind === "staff") this.send({ type: "message", message });
    else if (message.author !== "note") this.send({ type: "message", message: shopperMessage(message) });
  }
}
