import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { readDialogState } from "../../../src/domain/dialog/dialog-state.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { testCipher } from "../../fixtures/test-cipher.js";
import { type SpawnedServer, spawnServer } from "../fixtures/spawn-server.js";
import {
  allMessages,
  freshPgSchema,
  openWidgetChat,
  type PostedTurn,
  postTurn,
  type StoredMessage,
  TEST_DATA_KEY,
} from "./turn-fixtures.js";

const TURNS = 50;
/** Questions the bot answers without handing off, so every turn is a full bot turn. */
const SCRIPT = ["hi there", "what is your return policy?", "do you ship to Canada?", "how long does shipping take?"];

/** Each customer message is stored once and directly followed by its own replies: no turn interleaved another. */
function expectWholeTurns(messages: StoredMessage[], posted: PostedTurn[]): void {
  expect(messages.map((m) => m.seq)).toEqual(messages.map((_, i) => i + 1));
  const customer = messages.filter((m) => m.author === "customer");
  expect(customer).toHaveLength(TURNS);
  expect(new Set(customer.map((m) => m.clientMessageId)).size).toBe(TURNS);
  for (const turn of posted) {
    expect(turn.status).toBe(201);
    const at = messages.findIndex((m) => m.id === turn.message?.id);
    expect(at).toBeGreaterThanOrEqual(0);
    // The replies returned to the caller are exactly the bot messages stored right after its message.
    const following = messages.slice(at + 1, at + 1 + turn.replies.length);
    expect(following.map((m) => m.author)).toEqual(turn.replies.map(() => "bot"));
    expect(following.map((m) => m.seq)).toEqual(turn.replies.map((r) => r.seq));
    const next = messages[at + 1 + turn.replies.length];
    if (next) expect(next.author).toBe("customer");
  }
}

/** The committed state is the last turn's: one version bump per turn, lastSeq at the last message. */
async function expectConsistentState(store: Store, chatId: string, messages: StoredMessage[]): Promise<void> {
  const found = await store.conversations.getForTurn(chatId);
  if (!found) throw new Error("conversation vanished");
  expect(found.version).toBe(TURNS);
  expect(found.conversation.lastSeq).toBe(messages.at(-1)?.seq);
  expect(found.conversation.status).toBe("bot");
  const dialog = readDialogState(found.conversation.state);
  expect(dialog.failures).toBeLessThanOrEqual(TURNS);
}

/** Sends the turns concurrently, alternating servers, all in flight at once. */
async function burst(servers: SpawnedServer[], chat: { id: string; token: string }): Promise<PostedTurn[]> {
  return Promise.all(
    Array.from({ length: TURNS }, (_, n) => {
      const server = servers[n % servers.length];
      if (!server) throw new Error("no server");
      return postTurn(server.url, chat, SCRIPT[n % SCRIPT.length] ?? "hi", `turn-${n}`);
    }),
  );
}

const limits = { KEFU_LIMIT_MESSAGES: "1000000/60", KEFU_LIMIT_CONVERSATIONS: "1000000/60" };

describe("concurrent turns into one conversation", () => {
  const dirs: string[] = [];
  const servers: SpawnedServer[] = [];
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    for (const c of cleanups) await c();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it("two instances on one PostgreSQL database and Redis: whole turns, each stored once, none lost", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kefu-turns-pg-"));
    dirs.push(dir);
    const pgSchema = await freshPgSchema();
    cleanups.push(pgSchema.drop);
    const env = {
      ...limits,
      DATABASE_URL: pgSchema.url,
      REDIS_URL: "redis://127.0.0.1:6379",
      KEFU_REDIS_PREFIX: `kefu-turns-${process.pid}-${Date.now()}`,
      KEFU_DATA_KEY: TEST_DATA_KEY,
      KEFU_DATA_DIR: dir,
      KEFU_SEED_DEMO: "1",
    };
    // One after the other: the first migrates, seeds and trains the models the second then loads.
    const first = await spawnServer(env);
    servers.push(first);
    const second = await spawnServer({ ...env, KEFU_SEED_DEMO: "0" });
    servers.push(second);
    const chat = await openWidgetChat(first.url);
    const before = await Promise.all([first.stats(), second.stats()]);
    const posted = await burst([first, second], chat);
    const after = await Promise.all([first.stats(), second.stats()]);
    const redone = after.reduce((n, s, i) => n + s.rollbacks - (before[i]?.rollbacks ?? 0), 0);
    const messages = await allMessages(second.url, chat);
    expectWholeTurns(messages, posted);
    // A retry on either instance returns the stored message, not a second copy.
    const retry = await postTurn(second.url, chat, "again", "turn-0");
    expect(retry.message?.id).toBe(posted[0]?.message?.id);
    expect(retry.replies).toEqual([]);
    // The instances did race: some turns found the conversation moved on and were redone.
    console.log(`two instances: ${redone} of ${TURNS} turns redone after a version conflict`);
    expect(redone).toBeGreaterThan(0);
    const store = await createStore({
      databaseUrl: pgSchema.url,
      sqlitePath: "unused",
      logger: silentLogger,
      cipher: testCipher,
    });
    try {
      await expectConsistentState(store, chat.id, messages);
    } finally {
      await store.close();
    }
  }, 400_000);

  it("one instance on SQLite: the same", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kefu-turns-sqlite-"));
    dirs.push(dir);
    const sqlitePath = join(dir, "kefu.sqlite");
    const server = await spawnServer({
      ...limits,
      DATABASE_URL: "",
      REDIS_URL: "",
      KEFU_DB_PATH: sqlitePath,
      KEFU_DATA_DIR: dir,
      KEFU_SEED_DEMO: "1",
    });
    servers.push(server);
    const chat = await openWidgetChat(server.url);
    const posted = await burst([server], chat);
    const messages = await allMessages(server.url, chat);
    expectWholeTurns(messages, posted);
    const store = await createStore({ sqlitePath, logger: silentLogger });
    try {
      await expectConsistentState(store, chat.id, messages);
    } finally {
      await store.close();
    }
  }, 400_000);
});
