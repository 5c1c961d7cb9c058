import type { Conversation } from "../../domain/conversation/conversation.js";
import type { Handoff } from "../../domain/conversation/handoff.js";
import type { Message } from "../../domain/conversation/message.js";

/** Realtime events fanned out to widget and console sockets, after they are persisted. */
export type KefuEvent =
  | { type: "message.created"; conversationId: string; message: Message }
  | { type: "conversation.updated"; conversationId: string; conversation: Conversation }
  | { type: "handoff.updated"; conversationId: string; handoff: Handoff }
  | { type: "typing"; conversationId: string; author: "customer" | "bot" | "agent"; on: boolean }
  /** A staff member is viewing or typing in a conversation, or left it; heartbeats refresh it. */
  | PresenceEvent
  /** Staff sessions ended (logout, disable, role or password change): sockets on them close. */
  | SessionRevokedEvent;

export interface PresenceEvent {
  type: "presence";
  conversationId: string;
  staffId: string;
  staffName: string;
  state: "viewing" | "typing" | "left";
}

/** One session (`tokenHash`) or every session of `userId` (no `tokenHash`) is no longer valid. */
export interface SessionRevokedEvent {
  type: "session.revoked";
  userId: string;
  tokenHash?: string;
  reason: "logout" | "disabled" | "role_changed" | "password_changed" | "expired";
}

/** Publish/subscribe across server instances: in-process by default, Redis when configured. */
export interface EventBus {
  publish(event: KefuEvent): Promise<void>;
  /** Returns an unsubscribe function. */
  subscribe(listener: (event: KefuEvent) => void): () => void;
  close(): Promise<void>;
}
