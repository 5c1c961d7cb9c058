import { type ClientFrame, parseServerFrame, type ServerFrame } from "./ws-frames.js";

export type SocketStatus = "connecting" | "open" | "closed";

export interface KefuSocketOptions {
  /** Shopper (widget) or staff token, sent as ?token=. */
  token: string;
  /** http(s) origin of the Kefu server; the page's origin by default. */
  baseUrl?: string;
  onFrame: (frame: ServerFrame) => void;
  onStatus?: (status: SocketStatus) => void;
}

const PING_MS = 25_000;
const MAX_BACKOFF_MS = 10_000;

/**
 * A self-healing realtime connection. It remembers the last seq seen per conversation and, after
 * every reconnect, re-sends `resume` from there, so the server replays exactly what was missed.
 */
export class KefuSocket {
  private ws: WebSocket | undefined;
  private readonly lastSeq = new Map<string, number>();
  private queueWanted = false;
  private attempts = 0;
  private stopped = false;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  status: SocketStatus = "closed";

  constructor(private readonly opts: KefuSocketOptions) {}

  connect(): void {
    this.stopped = false;
    this.open();
  }

  /** Streams a conversation from `afterSeq` (and again from the newest seq after reconnects). */
  resume(conversationId: string, afterSeq: number): void {
    this.lastSeq.set(conversationId, Math.max(afterSeq, this.lastSeq.get(conversationId) ?? 0));
    this.send({ type: "resume", conversationId, afterSeq: this.lastSeq.get(conversationId) ?? afterSeq });
  }

  /** Stops tracking a conversation locally (the server keeps streaming until reconnect). */
  forget(conversationId: string): void {
    this.lastSeq.delete(conversationId);
  }

  subscribeQueue(): void {
    this.queueWanted = true;
    this.send({ type: "subscribe_queue" });
  }

  /** Sends when connected; returns false otherwise (callers fall back to HTTP or retry on "open"). */
  send(frame: ClientFrame): boolean {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  close(): void {
    this.stopped = true;
    clearInterval(this.pingTimer);
    clearTimeout(this.retryTimer);
    this.ws?.close();
    this.ws = undefined;
    this.setStatus("closed");
  }

  private url(): string {
    const base = this.opts.baseUrl || globalThis.location.origin;
    const u = new URL("/api/v1/ws", base);
    u.protocol = u.protocol === "https:" ? "wss:" : "ws:";
    u.searchParams.set("token", this.opts.token);
    return u.toString();
  }

  private open(): void {
    if (this.stopped) return;
    this.setStatus("connecting");
    const ws = new WebSocket(this.url());
    this.ws = ws;
    ws.onopen = () => {
      this.attempts = 0;
      this.setStatus("open");
      if (this.queueWanted) this.send({ type: "subscribe_queue" });
      for (const [conversationId, afterSeq] of this.lastSeq) this.send({ type: "resume", conversationId, afterSeq });
      clearInterval(this.pingTimer);
      this.pingTimer = setInterval(() => this.send({ type: "ping" }), PING_MS);
    };
    ws.onmessage = (event) => {
      if (typeof event.data !== "string") return;
      const frame = parseServerFrame(event.data);
      if (!frame) return;
      this.track(frame);
      this.opts.onFrame(frame);
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      clearInterval(this.pingTimer);
      this.setStatus("closed");
      this.scheduleRetry();
    };
  }

  private track(frame: ServerFrame): void {
    const message = frame.type === "message" || frame.type === "ack" ? frame.message : undefined;
    if (message && this.lastSeq.has(message.conversationId)) {
      this.lastSeq.set(message.conversationId, Math.max(message.seq, this.lastSeq.get(message.conversationId) ?? 0));
    }
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    // Exponential backoff with jitter so a restarted server is not stampeded.
    const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** this.attempts) * (0.75 + Math.random() * 0.5);
    this.attempts += 1;
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  private setStatus(status: SocketStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.opts.onStatus?.(status);
  }
}
