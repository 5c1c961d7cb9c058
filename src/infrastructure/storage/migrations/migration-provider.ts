import type { Migration, MigrationProvider } from "kysely";
import * as initialSchema from "./001-initial-schema.js";
import * as webhooks from "./011-webhooks.js";

/** Every migration, listed in code so bundles and tests need no filesystem scan. Names sort in run order. */
const MIGRATIONS: Record<string, Migration> = {
  "001-initial-schema": initialSchema,
  "011-webhooks": webhooks,
};

export const staticMigrationProvider: MigrationProvider = {
  async getMigrations() {
    return MIGRATIONS;
  },
};
