import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { MESSAGE_MAX_CHARS } from "../../../src/contract/limits.js";
import type { PostedMessage } from "../../../src/contract/widget-api.js";
import { api, newClientId } from "../shared/api-client.js";
import { ChatClient } from "../shared/chat-client/chat-client.js";
import type { ChatClientState } from "../shared/chat-client/chat-types.js";
import type { Locale } from "../shared/i18n.js";
import { KefuSocket } from "../shared/ws-client.js";
import { type ChatSession, openChat, saveSession, startChat } from "./chat-session.js";

export type { PendingMessage } from "../shared/chat-client/chat-types.js";

export interface ChatState extends ChatClientState {
  phase: "starting" | "ready" | "error";
}

function createClient(): ChatClient {
  return new ChatClient({
    // The client sends `resume` itself after each (re)connect, so the socket is never asked to.
    openSocket: (token, handlers) => new KefuSocket({ token, ...handlers }),
    postMessage: (conversationId, token, body) =>
      api.post<PostedMessage>(`/widget/conversations/${conversationId}/messages`, body, { token }),
    newClientMessageId: () => newClientId("w"),
    maxChars: MESSAGE_MAX_CHARS,
  });
}

/**
 * The widget's chat in React: opens or resumes the conversation, then hands it to the
 * framework-free ChatClient (send, ack, retry, resume, typing) and renders its state.
 */
export function useChat(locale: Locale) {
  const clientRef = useRef<ChatClient>(undefined);
  clientRef.current ??= createClient();
  const client = clientRef.current;
  const chat = useSyncExternalStore(
    (listener) => client.subscribe(listener),
    () => client.getState(),
  );
  const [phase, setPhase] = useState<ChatState["phase"]>("starting");
  const sessionRef = useRef<ChatSession>(undefined);
  const initialLocale = useRef(locale);

  const start = useCallback(
    async (fresh: boolean) => {
      setPhase("starting");
      try {
        const opened = fresh ? await startChat(initialLocale.current) : await openChat(initialLocale.current);
        sessionRef.current = opened.session;
        client.start(opened.session, opened.conversation, opened.messages);
        setPhase("ready");
      } catch {
        setPhase("error");
      }
    },
    [client],
  );

  useEffect(() => {
    void start(false);
    return () => client.stop();
  }, [client, start]);

  const rate = useCallback(
    async (rating: number, comment: string) => {
      const session = sessionRef.current;
      if (!session) return;
      await api.post(
        `/widget/conversations/${session.conversationId}/csat`,
        { rating, ...(comment.trim() ? { comment: comment.trim() } : {}) },
        { token: session.token },
      );
      client.patchConversation({ csat: rating });
    },
    [client],
  );

  const restart = useCallback(() => {
    saveSession(undefined);
    void start(true);
  }, [start]);

  const state: ChatState = { ...chat, phase };
  return {
    state,
    session: sessionRef.current,
    client,
    send: (text: string) => client.send(text),
    retry: (clientMessageId: string) => client.retry(clientMessageId),
    notifyTyping: () => client.notifyTyping(),
    rate,
    restart,
    reload: () => void start(false),
  };
}
