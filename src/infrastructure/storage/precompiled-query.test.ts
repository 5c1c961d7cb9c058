import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../system/pino-logger.js";
import { precompiled } from "./precompiled-query.js";
import { runMigrations } from "./run-migrations.js";
import { acquireSqlite } from "./shared-sqlite.js";

const opened: { release(): Promise<void> }[] = [];
afterEach(async () => {
  for (const handle of opened.splice(0)) await handle.release();
});

async function migrated() {
  const handle = acquireSqlite(":memory:");
  opened.push(handle);
  await runMigrations(handle.db, silentLogger, "sqlite");
  return handle;
}

const insertSetting = precompiled((db, p: { key: string; value: string }) =>
  db.insertInto("settings").values({ key: p.key, value: p.value }),
);
const selectSetting = precompiled((db, p: { key: string }) =>
  db.selectFrom("settings").select("value").where("key", "=", p.key),
);

describe("precompiled", () => {
  it("runs one compiled query with each call's values, in and out of transactions", async () => {
    const { db, stats } = await migrated();
    await insertSetting(db, { key: "a", value: "1" });
    await db.transaction().execute((trx) => insertSetting(trx, { key: "b", value: "2" }));
    expect((await selectSetting(db, { key: "a" })).rows).toEqual([{ value: "1" }]);
    expect((await selectSetting(db, { key: "b" })).rows).toEqual([{ value: "2" }]);
    expect((await selectSetting(db, { key: "c" })).rows).toEqual([]);
    expect(stats.statements).toBeGreaterThan(0);
  });

  it("refuses a builder that spreads its parameters (it would bind none)", async () => {
    const { db } = await migrated();
    const spread = precompiled((d, p: { key: string; value: string }) => d.insertInto("settings").values({ ...p }));
    await expect(spread(db, { key: "a", value: "1" })).rejects.toThrow(/by name/);
  });

  it("refuses a builder that reads a parameter without binding it", async () => {
    const { db } = await migrated();
    const unbound = precompiled((d, p: { key: string; other: string }) => {
      void p.other;
      return d.selectFrom("settings").select("value").where("key", "=", p.key);
    });
    await expect(unbound(db, { key: "a", other: "b" })).rejects.toThrow(/bind other/);
  });
});
