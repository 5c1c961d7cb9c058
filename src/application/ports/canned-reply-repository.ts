import type { CannedReply } from "../../domain/canned/canned-reply.js";
import type { Locale } from "../../domain/locale.js";

export interface CannedReplyRepository {
  /** One language's replies (or all), ordered by shortcut. */
  list(locale?: Locale): Promise<CannedReply[]>;
  get(id: string): Promise<CannedReply | undefined>;
  findByShortcut(locale: Locale, shortcut: string): Promise<CannedReply | undefined>;
  /** Inserts a new reply or replaces the one with its id. */
  upsert(reply: CannedReply): Promise<void>;
  delete(id: string): Promise<boolean>;
}
