import { type Kysely, Migrator } from "kysely";
import type { Logger } from "../../application/ports/logger.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import type { KefuDatabase } from "./database-schema.js";
import { staticMigrationProvider } from "./migrations/migration-provider.js";

/** Brings the schema to the latest migration and returns the names it applied. */
export async function runMigrations(db: Kysely<KefuDatabase>, logger: Logger): Promise<string[]> {
  const migrator = new Migrator({ db, provider: staticMigrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  const applied = results.filter((r) => r.status === "Success").map((r) => r.migrationName);
  for (const name of applied) logger.info({ migration: name }, "migration applied");
  if (error !== undefined) {
    const failed = results.find((r) => r.status === "Error")?.migrationName;
    throw new KefuError("STORAGE_UNAVAILABLE", `database migration failed${failed ? ` at ${failed}` : ""}`, {
      cause: error,
    });
  }
  return applied;
}
