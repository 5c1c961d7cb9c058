import type { Kysely } from "kysely";
import type { FieldCipher } from "../../application/ports/field-cipher.js";
import type { Conversation } from "../../domain/conversation/conversation.js";
import type { Message } from "../../domain/conversation/message.js";
import type { KefuDatabase } from "./database-schema.js";
import type { OpenedDocCache } from "./opened-doc-cache.js";

export type StoreDialect = "sqlite" | "postgres";

/** What every repository is built from: a connection or an open transaction (read per query), and the SQL dialect. */
export interface StoreContext {
  db: Kysely<KefuDatabase>;
  dialect: StoreDialect;
  /** Seals personal data in `doc` columns and computes blind indexes. */
  cipher: FieldCipher;
  /** Messages already opened, shared by every transaction of the store (messages are never rewritten). */
  messageDocs: OpenedDocCache<Message>;
  /**
   * Conversations by the very doc text last written or read: a row rewritten since (by anyone) or a
   * write rolled back never matches, so an entry is used only while it is what is stored.
   */
  conversationDocs: OpenedDocCache<Conversation>;
}

/** Runs `work` in a transaction, joining the current one when the context already is one. */
export async function atomically<T>(ctx: StoreContext, work: (db: Kysely<KefuDatabase>) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx.db);
  return ctx.db.transaction().execute(work);
}
