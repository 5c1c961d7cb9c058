import { useCallback, useEffect, useRef, useState } from "react";
import { api, newClientId } from "../shared/api-client.js";
import type { ShopperConversation, ShopperMessage } from "../shared/api-types.js";
import type { Locale } from "../shared/i18n.js";
import { KefuSocket, type SocketStatus } from "../shared/ws-client.js";
import { type ChatSession, openChat, saveSession, startChat } from "./chat-session.js";

/** A message the shopper sent that the server has not confirmed yet. */
export interface PendingMessage {
  clientMessageId: string;
  text: string;
  failed: boolean;
}

export interface ChatState {
  phase: "starting" | "ready" | "error";
  conversation?: ShopperConversation;
  messages: ShopperMessage[];
  pending: PendingMessage[];
  typing: "bot" | "agent" | null;
  connection: SocketStatus;
}

/** How long to wait for a socket ack before re-posting over HTTP (same clientMessageId, so no duplicate). */
const ACK_TIMEOUT_MS = 6000;
/** The bot's "typing…" shows at most this long while its reply is on the way. */
const BOT_TYPING_MS = 15_000;

function merge(current: ShopperMessage[], incoming: ShopperMessage[]): ShopperMessage[] {
  const bySeq = new Map(current.map((m) => [m.seq, m]));
  for (const m of incoming) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/**
 * The widget's chat: opens or resumes the conversation, streams it over the socket (resuming from
 * the last seq after any drop), sends with client ids so retries never duplicate, and falls back
 * to HTTP when the socket is down.
 */
export function useChat(locale: Locale) {
  const [state, setState] = useState<ChatState>({
    phase: "starting",
    messages: [],
    pending: [],
    typing: null,
    connection: "closed",
  });
  const sessionRef = useRef<ChatSession>(undefined);
  const socketRef = useRef<KefuSocket>(undefined);
  const ackTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pendingRef = useRef<PendingMessage[]>([]);
  const initialLocale = useRef(locale);

  const patch = useCallback((fn: (s: ChatState) => ChatState) => setState((s) => fn(s)), []);

  const confirm = useCallback(
    (clientMessageId: string, stored: ShopperMessage[]) => {
      clearTimeout(ackTimers.current.get(clientMessageId));
      ackTimers.current.delete(clientMessageId);
      pendingRef.current = pendingRef.current.filter((p) => p.clientMessageId !== clientMessageId);
      patch((s) => ({
        ...s,
        messages: merge(s.messages, stored),
        pending: s.pending.filter((p) => p.clientMessageId !== clientMessageId),
      }));
    },
    [patch],
  );

  const postHttp = useCallback(
    async (p: PendingMessage) => {
      const session = sessionRef.current;
      if (!session) return;
      try {
        const res = await api.post<{ message: ShopperMessage; replies: ShopperMessage[] }>(
          `/widget/conversations/${session.conversationId}/messages`,
          { text: p.text, clientMessageId: p.clientMessageId },
          { token: session.token },
        );
        confirm(p.clientMessageId, [res.message, ...res.replies]);
      } catch {
        pendingRef.current = pendingRef.current.map((x) =>
          x.clientMessageId === p.clientMessageId ? { ...x, failed: true } : x,
        );
        patch((s) => ({
          ...s,
          typing: null,
          pending: s.pending.map((x) => (x.clientMessageId === p.clientMessageId ? { ...x, failed: true } : x)),
        }));
      }
    },
    [confirm, patch],
  );

  const deliver = useCallback(
    (p: PendingMessage) => {
      const session = sessionRef.current;
      if (!session) return;
      const sent = socketRef.current?.send({
        type: "message",
        conversationId: session.conversationId,
        clientMessageId: p.clientMessageId,
        text: p.text,
      });
      if (!sent) return void postHttp(p);
      clearTimeout(ackTimers.current.get(p.clientMessageId));
      ackTimers.current.set(
        p.clientMessageId,
        setTimeout(() => void postHttp(p), ACK_TIMEOUT_MS),
      );
    },
    [postHttp],
  );

  const connect = useCallback(
    (session: ChatSession, conversation: ShopperConversation, messages: ShopperMessage[]) => {
      sessionRef.current = session;
      socketRef.current?.close();
      const socket = new KefuSocket({
        token: session.token,
        onStatus: (connection) => {
          patch((s) => ({ ...s, connection }));
          // Anything unconfirmed goes again once we are back (the server dedupes by clientMessageId).
          if (connection === "open") for (const p of pendingRef.current) if (!p.failed) deliver(p);
        },
        onFrame: (frame) => {
          switch (frame.type) {
            case "ack":
              confirm(frame.clientMessageId, [frame.message]);
              patch((s) => (s.conversation?.status === "bot" ? { ...s, typing: "bot" } : s));
              clearTimeout(typingTimer.current);
              typingTimer.current = setTimeout(() => patch((s) => ({ ...s, typing: null })), BOT_TYPING_MS);
              return;
            case "message": {
              const m = frame.message;
              patch((s) => ({
                ...s,
                messages: merge(s.messages, [m]),
                typing: m.author === "customer" ? s.typing : null,
              }));
              return;
            }
            case "conversation": {
              const c = frame.conversation;
              patch((s) => (s.conversation ? { ...s, conversation: { ...s.conversation, ...c } } : s));
              return;
            }
            case "typing": {
              const { author, on } = frame;
              if (author !== "customer") patch((s) => ({ ...s, typing: on ? author : null }));
              return;
            }
            case "error":
              if (frame.clientMessageId) {
                const id = frame.clientMessageId;
                pendingRef.current = pendingRef.current.map((x) =>
                  x.clientMessageId === id ? { ...x, failed: true } : x,
                );
                patch((s) => ({
                  ...s,
                  typing: null,
                  pending: s.pending.map((x) => (x.clientMessageId === id ? { ...x, failed: true } : x)),
                }));
              }
              return;
            default:
              return;
          }
        },
      });
      socketRef.current = socket;
      socket.connect();
      socket.resume(
        session.conversationId,
        messages.reduce((max, m) => Math.max(max, m.seq), 0),
      );
      patch((s) => ({ ...s, phase: "ready", conversation, messages: merge([], messages) }));
    },
    [confirm, deliver, patch],
  );

  const start = useCallback(
    async (fresh: boolean) => {
      patch((s) => ({ ...s, phase: "starting" }));
      try {
        const opened = fresh ? await startChat(initialLocale.current) : await openChat(initialLocale.current);
        if (fresh) patch((s) => ({ ...s, messages: [], pending: [] }));
        connect(opened.session, opened.conversation, opened.messages);
      } catch {
        patch((s) => ({ ...s, phase: "error" }));
      }
    },
    [connect, patch],
  );

  useEffect(() => {
    void start(false);
    const timers = ackTimers.current;
    return () => {
      socketRef.current?.close();
      for (const t of timers.values()) clearTimeout(t);
      clearTimeout(typingTimer.current);
    };
  }, [start]);

  const send = useCallback(
    (text: string) => {
      const body = text.trim();
      if (!body) return;
      const p: PendingMessage = { clientMessageId: newClientId("w"), text: body, failed: false };
      pendingRef.current = [...pendingRef.current, p];
      patch((s) => ({ ...s, pending: [...s.pending, p] }));
      deliver(p);
    },
    [deliver, patch],
  );

  const retry = useCallback(
    (clientMessageId: string) => {
      const p = pendingRef.current.find((x) => x.clientMessageId === clientMessageId);
      if (!p) return;
      const again = { ...p, failed: false };
      pendingRef.current = pendingRef.current.map((x) => (x.clientMessageId === clientMessageId ? again : x));
      patch((s) => ({ ...s, pending: s.pending.map((x) => (x.clientMessageId === clientMessageId ? again : x)) }));
      deliver(again);
    },
    [deliver, patch],
  );

  const typingSentAt = useRef(0);
  const notifyTyping = useCallback(() => {
    const session = sessionRef.current;
    if (!session || Date.now() - typingSentAt.current < 3000) return;
    typingSentAt.current = Date.now();
    socketRef.current?.send({ type: "typing", conversationId: session.conversationId, on: true });
  }, []);

  const rate = useCallback(
    async (rating: number, comment: string) => {
      const session = sessionRef.current;
      if (!session) return;
      await api.post(
        `/widget/conversations/${session.conversationId}/csat`,
        { rating, ...(comment.trim() ? { comment: comment.trim() } : {}) },
        { token: session.token },
      );
      patch((s) => (s.conversation ? { ...s, conversation: { ...s.conversation, csat: rating } } : s));
    },
    [patch],
  );

  const restart = useCallback(() => {
    saveSession(undefined);
    void start(true);
  }, [start]);

  return { state, send, retry, rate, restart, notifyTyping, reload: () => void start(false) };
}
