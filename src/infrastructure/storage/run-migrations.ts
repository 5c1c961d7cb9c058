import { type Kysely, Migrator, sql } from "kysely";
import type { Logger } from "../../application/ports/logger.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import type { KefuDatabase } from "./database-schema.js";
import { staticMigrationProvider } from "./migrations/migration-provider.js";
import type { StoreDialect } from "./store-context.js";

/** Brings the schema to the latest migration and returns the names it applied. */
export async function runMigrations(
  db: Kysely<KefuDatabase>,
  logger: Logger,
  dialect: StoreDialect,
): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every visible schema unless told which one: pin it
  // to the connection's own schema so stores in sibling schemas (search_path) never see each other's.
  const migrationTableSchema = dialect === "postgres" ? await currentSchema(db) : undefined;
  // Each branch owns a migration number and branches merge in any order: a lower number may arrive later.
  const migrator = new Migrator({
    db,
    provider: staticMigrationProvider,
    migrationTableSchema,
    allowUnorderedMigrations: true,
  });
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

async function currentSchema(db: Kysely<KefuDatabase>): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new KefuError("STORAGE_UNAVAILABLE", "PostgreSQL reports no current schema (check search_path)");
  return schema;
}
