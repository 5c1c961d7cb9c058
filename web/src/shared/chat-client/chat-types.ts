import type { ShopperConversation, ShopperMessage } from "../../../../src/contract/entities.js";
import type { PostedMessage } from "../../../../src/contract/widget-api.js";
import type { ClientFrame, ServerFrame } from "../../../../src/contract/ws-frames.js";

export type SocketStatus = "connecting" | "open" | "closed";

/** Why a message was not sent, shown to the shopper next to it. */
export interface SendFailure {
  code: string;
  message: string;
}

/** A message the shopper sent that the server has not confirmed yet. */
export interface PendingMessage {
  clientMessageId: string;
  text: string;
  failed: boolean;
  failure?: SendFailure;
}

export interface ChatClientState {
  conversation?: ShopperConversation;
  messages: ShopperMessage[];
  pending: PendingMessage[];
  typing: "bot" | "agent" | null;
  connection: SocketStatus;
}

/** The realtime socket as the chat client needs it (KefuSocket in the browser, a fake in tests). */
export interface ChatSocket {
  connect(): void;
  /** false when not connected; the client then falls back to HTTP. */
  send(frame: ClientFrame): boolean;
  close(): void;
}

export interface ChatSocketHandlers {
  onFrame: (frame: ServerFrame) => void;
  onStatus: (status: SocketStatus) => void;
}

/** Everything the client does outside itself, injected so it runs without a browser or framework. */
export interface ChatClientDeps {
  openSocket: (token: string, handlers: ChatSocketHandlers) => ChatSocket;
  /** POST /widget/conversations/:id/messages; rejects with an error carrying `code` and `message`. */
  postMessage: (
    conversationId: string,
    token: string,
    body: { text: string; clientMessageId: string },
  ) => Promise<PostedMessage>;
  newClientMessageId: () => string;
  now?: () => number;
  /** Longest accepted message; longer ones are refused before sending, with the reason. */
  maxChars: number;
  /** How long to wait for a socket ack before re-posting over HTTP with the same clientMessageId. */
  ackTimeoutMs?: number;
  /** How long the bot's "typing…" shows at most while its reply is on the way. */
  botTypingMs?: number;
}
