import { type Kysely, Migrator, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { KefuError } from "../../../src/domain/errors/kefu-error.js";
import { createAesGcmFieldCipher } from "../../../src/infrastructure/security/aes-gcm-field-cipher.js";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import type { KefuDatabase } from "../../../src/infrastructure/storage/database-schema.js";
import { staticMigrationProvider } from "../../../src/infrastructure/storage/migrations/migration-provider.js";
import { openDatabase } from "../../../src/infrastructure/storage/open-database.js";
import { resealRows } from "../../../src/infrastructure/storage/reseal-rows.js";
import { resealStore } from "../../../src/infrastructure/storage/reseal-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { testDataKey } from "../../fixtures/test-cipher.js";
import { conversation, customer, order } from "../storage/store-fixtures.js";
import { openRawDatabase, plainTextFound, type RawDatabase } from "./raw-database.js";

const EMAIL = "legacy.shopper@example.com";
const PHONE = "+1 415 555 0199";
const STREET = "99 Legacy Lane";
const CUSTOMER = customer("c_legacy", {
  email: EMAIL,
  phone: PHONE,
  defaultAddress: { line1: STREET, line2: "", city: "Austin", state: "TX", zip: "78701", country: "US" },
});
const SECRETS = [EMAIL, "4155550199", STREET, "I moved to 12 Quiet Court"];

const keyA = testDataKey("key A");
const keyB = testDataKey("key B");

async function schemaOf(db: Kysely<KefuDatabase>, name: RawDatabase["name"]): Promise<string | undefined> {
  if (name === "sqlite") return undefined;
  const { rows } = await sql<{ s: string }>`select current_schema() as s`.execute(db);
  return rows[0]?.s;
}

/** A database as Kefu 0.1 left it: schema 001 only, personal data in plain columns and docs. */
async function writeLegacyDatabase(raw: RawDatabase): Promise<void> {
  const { db, close } = openDatabase({
    databaseUrl: raw.databaseUrl,
    sqlitePath: raw.sqlitePath,
    logger: silentLogger,
  });
  try {
    const migrator = new Migrator({
      db,
      provider: staticMigrationProvider,
      migrationTableSchema: await schemaOf(db, raw.name),
    });
    const { error } = await migrator.migrateTo("001-initial-schema");
    if (error) throw error;
    const doc = JSON.stringify(CUSTOMER);
    await sql`insert into customers (id, email_lower, first_name_lower, last_name_lower, zip, phone_digits, search_text, doc)
      values (${CUSTOMER.id}, ${EMAIL}, 'sara', 'doe', '78701', '14155550199', ${`c_legacy\n${EMAIL}`}, ${doc})`.execute(
      db,
    );
    const o = order("o_legacy", CUSTOMER.id, { address: CUSTOMER.defaultAddress });
    await sql`insert into orders (id, customer_id, status, placed_at, version, search_text, doc)
      values (${o.id}, ${o.customerId}, ${o.status}, ${o.placedAt ?? ""}, 0, 'o_legacy', ${JSON.stringify(o)})`.execute(
      db,
    );
    const v = conversation("v_legacy", { lastSeq: 1, state: { slots: { email: EMAIL } } });
    await sql`insert into conversations (id, status, assignee_id, customer_id, created_at, updated_at, last_seq, doc)
      values (${v.id}, ${v.status}, null, null, ${v.createdAt}, ${v.updatedAt}, 1, ${JSON.stringify(v)})`.execute(db);
    const m = {
      id: "m_legacy",
      conversationId: v.id,
      seq: 1,
      author: "customer",
      text: `I moved to 12 Quiet Court, email ${EMAIL}`,
      payload: {},
      createdAt: v.createdAt,
    };
    await sql`insert into messages (id, conversation_id, seq, client_message_id, created_at, doc)
      values (${m.id}, ${v.id}, 1, null, ${m.createdAt}, ${JSON.stringify(m)})`.execute(db);
  } finally {
    await close();
  }
}

function errorCode(err: unknown): string | undefined {
  return err instanceof KefuError ? err.code : undefined;
}

describe.each(["sqlite", "postgres"] as const)("personal data at rest on %s", (name) => {
  let raw: RawDatabase;
  beforeEach(async () => {
    raw = await openRawDatabase(name);
  });
  afterEach(async () => raw.destroy());

  const open = (keys: Parameters<typeof createAesGcmFieldCipher>[0]) =>
    createStore({
      databaseUrl: raw.databaseUrl,
      sqlitePath: raw.sqlitePath,
      logger: silentLogger,
      cipher: createAesGcmFieldCipher(keys),
    });

  it("encrypts a plain-text database in place on the first start with a key; lookups keep working", async () => {
    await writeLegacyDatabase(raw);
    expect(plainTextFound(await raw.rawText(), SECRETS)).toEqual(SECRETS);

    const store = await open([keyA]);
    try {
      expect(await store.customers.get(CUSTOMER.id)).toEqual(CUSTOMER);
      expect((await store.customers.findByEmail(" Legacy.Shopper@EXAMPLE.com"))?.id).toBe(CUSTOMER.id);
      expect((await store.customers.findByPhone("(415) 555-0199"))?.id).toBeUndefined();
      expect((await store.customers.findByPhone("1-415-555-0199"))?.id).toBe(CUSTOMER.id);
      expect((await store.customers.findByNameAndZip("sara", "DOE", "78701"))?.id).toBe(CUSTOMER.id);
      expect((await store.orders.get("o_legacy"))?.address.line1).toBe(STREET);
      expect((await store.conversations.get("v_legacy"))?.state).toEqual({ slots: { email: EMAIL } });
      expect((await store.messages.listSince("v_legacy", 0))[0]?.text).toContain("12 Quiet Court");
    } finally {
      await store.close();
    }
    expect(plainTextFound(await raw.rawText(), SECRETS)).toEqual([]);

    // A second start finds nothing left to do and reads the same data.
    const again = await open([keyA]);
    try {
      expect((await again.customers.findByEmail(EMAIL))?.id).toBe(CUSTOMER.id);
    } finally {
      await again.close();
    }
  });

  it("rotates to a new key: re-encrypts, rebuilds blind indexes, resumes after an interruption", async () => {
    const store = await open([keyA]);
    await store.customers.upsert(CUSTOMER);
    await store.conversations.create(conversation("v1"));
    for (let i = 0; i < 5; i++) {
      await store.messages.append({
        conversationId: "v1",
        author: "customer",
        text: `note ${i} ${EMAIL}`,
        payload: {},
      });
    }
    await store.close();

    // Interrupted half-way: some rows under B, the rest still under A; both stay readable.
    const rotating = createAesGcmFieldCipher([keyB, keyA]);
    const { db, dialect, close } = openDatabase({
      databaseUrl: raw.databaseUrl,
      sqlitePath: raw.sqlitePath,
      logger: silentLogger,
    });
    let batches = 0;
    await expect(
      resealRows(db, rotating, {
        scope: "not-current",
        dialect,
        batchSize: 2,
        onProgress: () => {
          if (++batches === 2) throw new Error("power cut");
        },
      }),
    ).rejects.toThrow("power cut");
    await close();
    const midway = await open([keyB, keyA]);
    expect((await midway.customers.findByEmail(EMAIL))?.id).toBe(CUSTOMER.id);
    expect(await midway.messages.listSince("v1", 0)).toHaveLength(5);
    // Messages re-indexed under B and those still under A are each found once.
    expect(await midway.messages.search(["note"], 10)).toHaveLength(5);
    await midway.close();

    const target = { databaseUrl: raw.databaseUrl, sqlitePath: raw.sqlitePath, logger: silentLogger, cipher: rotating };
    const done = await resealStore(target);
    expect([...done.rowsByKey.keys()]).toEqual([keyB.id]);
    expect(done.rowsByKey.get(keyB.id)).toBe(7);
    // Idempotent: a second run has nothing left to do.
    expect((await resealStore(target)).resealed).toBe(0);

    const onlyB = await open([keyB]);
    try {
      expect(await onlyB.customers.get(CUSTOMER.id)).toEqual(CUSTOMER);
      expect((await onlyB.customers.findByEmail(EMAIL))?.id).toBe(CUSTOMER.id);
      expect((await onlyB.customers.findByPhone(PHONE))?.id).toBe(CUSTOMER.id);
      expect((await onlyB.customers.list({ query: EMAIL })).total).toBe(1);
      expect((await onlyB.messages.listSince("v1", 0)).map((m) => m.text)[4]).toBe(`note 4 ${EMAIL}`);
      // The message search index was rebuilt under B: still found with the old key gone.
      expect(await onlyB.messages.search(["note"], 10)).toHaveLength(5);
    } finally {
      await onlyB.close();
    }
    const onlyA = await open([keyA]);
    try {
      await expect(onlyA.customers.get(CUSTOMER.id)).rejects.toSatisfy((e) => errorCode(e) === "DATA_KEY_INVALID");
      expect(await onlyA.customers.findByEmail(EMAIL)).toBeUndefined();
    } finally {
      await onlyA.close();
    }
  });
});
