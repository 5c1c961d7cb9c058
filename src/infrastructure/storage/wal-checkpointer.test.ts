import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { startWalCheckpointer } from "./wal-checkpointer.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function walDatabase(): { database: Database.Database; path: string } {
  const dir = mkdtempSync(join(tmpdir(), "kefu-wal-"));
  dirs.push(dir);
  const path = join(dir, "db.sqlite");
  const database = new Database(path);
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = NORMAL");
  return { database, path };
}

async function until(check: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return check();
}

describe("startWalCheckpointer", () => {
  it("copies committed pages into the database file from a worker while the connection never checkpoints", async () => {
    const { database, path } = walDatabase();
    const stop = startWalCheckpointer(database, path);
    expect(database.pragma("wal_autocheckpoint", { simple: true })).toBe(0);
    database.exec("create table t (v blob)");
    const before = statSync(path).size;
    database.prepare("insert into t (v) values (?)").run(Buffer.alloc(2 * 1024 * 1024, 7));
    // Committed pages sit in the WAL until a checkpoint moves them into the file.
    expect(await until(() => statSync(path).size > before + 1024 * 1024, 5000)).toBe(true);
    await stop();
    expect(database.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    database.close();
  });

  it("hands checkpointing back to the connection once stopped, and stops once", async () => {
    const { database, path } = walDatabase();
    const stop = startWalCheckpointer(database, path);
    await Promise.all([stop(), stop()]);
    expect(database.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
    database.close();
  });
});
