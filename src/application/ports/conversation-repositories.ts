import type { Conversation, ConversationStatus } from "../../domain/conversation/conversation.js";
import type { Handoff } from "../../domain/conversation/handoff.js";
import type { Message } from "../../domain/conversation/message.js";
import type { Page, PageRequest } from "./page.js";

/** A message before the store assigns it an id, seq and timestamp. */
export type NewMessage = Omit<Message, "id" | "seq" | "createdAt"> & { createdAt?: string };

export interface ConversationRepository {
  create(conversation: Conversation): Promise<void>;
  get(id: string): Promise<Conversation | undefined>;
  /**
   * The conversation with its version (bumped by every `update`). Inside a transaction it is
   * locked until commit (PostgreSQL row lock; SQLite's transactions hold the write lock anyway).
   */
  getForTurn(id: string): Promise<{ conversation: Conversation; version: number } | undefined>;
  /**
   * Locks like `getForTurn` but reads only the version and lastSeq (no document to open): enough
   * to confirm that a conversation read earlier at that version is still current.
   */
  lockVersion(id: string): Promise<{ version: number; lastSeq: number } | undefined>;
  /** Just the status (an indexed column; the sealed document is not opened). */
  statusOf(id: string): Promise<ConversationStatus | undefined>;
  /** Replaces everything but lastSeq, which only appendMessage moves, and bumps the version. */
  update(conversation: Conversation): Promise<void>;
  list(
    filter: {
      status?: ConversationStatus;
      assigneeId?: string;
      customerId?: string;
      since?: string;
      until?: string;
      /** Keyset paging: only conversations after this one in the (updatedAt desc, id desc) order. */
      after?: { updatedAt: string; id: string };
    } & PageRequest,
  ): Promise<Page<Conversation>>;
}

export interface MessageRepository {
  /**
   * Durably appends a message with the next seq of its conversation (gap-free) and returns it.
   * Idempotent: with a clientMessageId already stored for that conversation, returns the stored one.
   */
  append(message: NewMessage): Promise<{ message: Message; duplicate: boolean }>;
  /** Messages with seq > afterSeq, oldest first. */
  listSince(conversationId: string, afterSeq: number, limit?: number): Promise<Message[]>;
  /** Messages created in [since, until), across conversations, for metrics. */
  listBetween(since: string, until: string): Promise<Message[]>;
  /**
   * Messages containing every one of `terms` (see domain/search/search-terms), newest first,
   * found through the blind index: only the matches are decrypted.
   */
  search(terms: string[], limit: number): Promise<Message[]>;
}

export interface HandoffRepository {
  create(handoff: Handoff): Promise<void>;
  get(id: string): Promise<Handoff | undefined>;
  update(handoff: Handoff): Promise<void>;
  listOpen(): Promise<Handoff[]>;
  listByConversation(conversationId: string): Promise<Handoff[]>;
  listBetween(since: string, until: string): Promise<Handoff[]>;
}
