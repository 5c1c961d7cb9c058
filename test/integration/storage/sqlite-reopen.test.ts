import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createStore, migrateStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { conversation, customer } from "./store-fixtures.js";

describe("SQLite file store", () => {
  const dir = mkdtempSync(join(tmpdir(), "kefu-reopen-"));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("creates its folder, keeps data across reopening, and migrates only once", async () => {
    const sqlitePath = join(dir, "nested", "data", "kefu.sqlite");
    const { applied } = await migrateStore({ sqlitePath, logger: silentLogger });
    expect(applied).toEqual(expect.arrayContaining(["001-initial-schema", "003-pii-at-rest"]));
    const first = await createStore({ sqlitePath, logger: silentLogger });
    expect(first.dialect).toBe("sqlite");
    await first.customers.upsert(customer("c1"));
    await first.conversations.create(conversation("v1"));
    await first.messages.append({ conversationId: "v1", author: "customer", text: "hi", payload: {} });
    await first.close();

    const second = await createStore({ sqlitePath, logger: silentLogger, migrate: false });
    expect(await second.customers.get("c1")).toEqual(customer("c1"));
    expect((await second.messages.listSince("v1", 0)).map((m) => m.text)).toEqual(["hi"]);
    expect(
      (await second.messages.append({ conversationId: "v1", author: "bot", text: "yo", payload: {} })).message.seq,
    ).toBe(2);
    await second.close();
    expect(await migrateStore({ sqlitePath, logger: silentLogger })).toEqual({ applied: [] });
  });

  it("refuses a DATABASE_URL it cannot use", async () => {
    await expect(
      createStore({ databaseUrl: "mysql://x", sqlitePath: join(dir, "k.sqlite"), logger: silentLogger }),
    ).rejects.toMatchObject({ code: "STORAGE_UNAVAILABLE" });
  });
});
