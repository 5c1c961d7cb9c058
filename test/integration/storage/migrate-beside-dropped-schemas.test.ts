import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createStore } from "../../../src/infrastructure/storage/create-store.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { testCipher } from "../../fixtures/test-cipher.js";
import { freshPgSchema } from "../turns/turn-fixtures.js";
import { TEST_DATABASE_URL } from "./store-targets.js";

// Two deployments in one PostgreSQL database (a schema each): one migrating while the other's schema
// is dropped used to fail with "schema … does not exist" (Kysely reads every schema's catalog).
describe("migrations beside schemas that come and go (PostgreSQL)", () => {
  const admin = new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 3 });
  afterAll(() => admin.end());

  it("a store opens while sibling schemas are created and dropped", async () => {
    let churning = true;
    const churn = (async () => {
      while (churning) {
        const sibling = `kefu_sibling_${randomBytes(4).toString("hex")}`;
        await admin.query(`create schema "${sibling}"; create table "${sibling}".t (id serial primary key)`);
        await admin.query(`drop schema "${sibling}" cascade`);
      }
    })();
    let opened = 0;
    try {
      for (let i = 0; i < 6; i++) {
        const schema = await freshPgSchema();
        try {
          const store = await createStore({
            databaseUrl: schema.url,
            sqlitePath: "unused.sqlite",
            logger: silentLogger,
            cipher: testCipher,
          });
          await store.close();
          opened += 1;
        } finally {
          await schema.drop();
        }
      }
    } finally {
      churning = false;
      await churn;
    }
    expect(opened).toBe(6);
  }, 120_000);
});
