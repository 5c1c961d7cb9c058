import { dirname } from "node:path";
import { type Kysely, sql } from "kysely";
import type { FieldCipher } from "../../application/ports/field-cipher.js";
import type { Store } from "../../application/ports/store.js";
import type { Conversation } from "../../domain/conversation/conversation.js";
import type { Message } from "../../domain/conversation/message.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { createAesGcmFieldCipher } from "../security/aes-gcm-field-cipher.js";
import { generateDataKey, loadDataKeyring } from "../security/data-keyring.js";
import { type AfterCommitHook, AmbientTransaction } from "./ambient-transaction.js";
import { createRepositories } from "./create-repositories.js";
import type { KefuDatabase } from "./database-schema.js";
import { lockedSeqs } from "./locked-seqs.js";
import { type DatabaseTarget, openDatabase } from "./open-database.js";
import { OpenedDocCache } from "./opened-doc-cache.js";
import { runMigrations } from "./run-migrations.js";
import { sealPlaintextRows } from "./seal-plaintext-rows.js";

export interface CreateStoreOptions extends DatabaseTarget {
  /** Run pending migrations before returning (default true). */
  migrate?: boolean;
  /**
   * Seals personal data at rest. Unset: SQLite uses the key file `data.key` next to the database
   * (created on first use); PostgreSQL requires one.
   */
  cipher?: FieldCipher;
}

/** Opened messages kept per store (a few KB each): the recent history of a busy server's chats. */
const OPENED_MESSAGES = 5000;
/** Conversations as this process last wrote or read them: a turn reads its conversation back each time. */
const OPENED_CONVERSATIONS = 2000;

/**
 * One savepoint name at every depth: nested savepoints are strictly LIFO, and both SQLite and
 * PostgreSQL release or roll back to the innermost one of a name. A fixed text keeps the three
 * statements in the prepared-statement cache (a counter made each turn's savepoint a new one).
 */
const SAVEPOINT = sql.raw("savepoint kefu_sp");
const RELEASE_SAVEPOINT = sql.raw("release savepoint kefu_sp");
const ROLLBACK_TO_SAVEPOINT = sql.raw("rollback to savepoint kefu_sp");

/** The cipher given, else the SQLite default key file; never a silent plain-text store. */
async function resolveCipher(options: CreateStoreOptions, dialect: "sqlite" | "postgres"): Promise<FieldCipher> {
  if (options.cipher) return options.cipher;
  if (dialect === "postgres") {
    throw new KefuError(
      "DATA_KEY_INVALID",
      "a PostgreSQL store needs a data key (KEFU_DATA_KEY or KEFU_DATA_KEY_FILE)",
    );
  }
  // An in-memory database dies with the process, and so may its key.
  if (options.sqlitePath === ":memory:") return createAesGcmFieldCipher([generateDataKey()]);
  const { keys } = await loadDataKeyring({ defaultDir: dirname(options.sqlitePath) });
  return createAesGcmFieldCipher(keys);
}

/**
 * Opens Kefu's store: PostgreSQL when `databaseUrl` is a postgres:// URL, else the SQLite file at
 * `sqlitePath` (its folder is created). Migrates to the latest schema unless told not to.
 */
export async function createStore(options: CreateStoreOptions): Promise<Store> {
  const { db, dialect, stats, close } = openDatabase(options);
  let cipher: FieldCipher;
  try {
    cipher = await resolveCipher(options, dialect);
    if (options.migrate !== false) {
      await runMigrations(db, options.logger, dialect);
      await sealPlaintextRows(db, cipher, options.logger, dialect);
    }
  } catch (error) {
    await close();
    throw error;
  }
  const ambient = new AmbientTransaction();
  const messageDocs = new OpenedDocCache<Message>(OPENED_MESSAGES);
  const conversationDocs = new OpenedDocCache<Conversation>(OPENED_CONVERSATIONS);
  /** Runs after-commit hooks in order; a failing hook is logged and never undoes the commit. */
  async function runHooks(hooks: AfterCommitHook[]): Promise<void> {
    for (const hook of hooks) {
      try {
        await hook();
      } catch (err) {
        options.logger.warn({ err }, "after-commit hook failed");
      }
    }
  }
  /** A transaction inside another: a savepoint, so a failure the caller catches undoes only its own writes. */
  async function nested<T>(open: Kysely<KefuDatabase>, hooks: AfterCommitHook[], work: () => Promise<T>): Promise<T> {
    const queued = hooks.length;
    await SAVEPOINT.execute(open);
    try {
      const result = await work();
      await RELEASE_SAVEPOINT.execute(open);
      return result;
    } catch (error) {
      await ROLLBACK_TO_SAVEPOINT.execute(open);
      hooks.length = queued;
      // An append undone here moved last_seq back: what the transaction knew of it no longer holds.
      lockedSeqs(open).clear();
      throw error;
    }
  }
  // Store-level repositories use the caller's open transaction when there is one, else the pool.
  const root = createRepositories({
    get db() {
      return ambient.current() ?? db;
    },
    dialect,
    cipher,
    messageDocs,
    conversationDocs,
  });
  return {
    ...root,
    dialect,
    stats,
    async transaction(work) {
      // A transaction started inside another joins it: all-or-nothing with the outer one.
      const open = ambient.current();
      const openHooks = ambient.hooks();
      if (open && openHooks)
        return nested(open, openHooks, () =>
          work(createRepositories({ db: open, dialect, cipher, messageDocs, conversationDocs })),
        );
      const hooks: AfterCommitHook[] = [];
      const result = await db
        .transaction()
        .execute((trx) =>
          ambient.run(trx, hooks, () =>
            work(createRepositories({ db: trx, dialect, cipher, messageDocs, conversationDocs })),
          ),
        );
      await runHooks(hooks);
      return result;
    },
    async afterCommit(hook) {
      const hooks = ambient.hooks();
      if (hooks) hooks.push(hook);
      else await runHooks([hook]);
    },
    close,
  };
}

/** Applies pending migrations and closes the connection; for `kefu migrate`. */
export async function migrateStore(options: DatabaseTarget): Promise<{ applied: string[] }> {
  const { db, dialect, close } = openDatabase(options);
  try {
    return { applied: await runMigrations(db, options.logger, dialect) };
  } finally {
    await close();
  }
}
