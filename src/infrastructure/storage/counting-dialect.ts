import type {
  DatabaseConnection,
  DatabaseIntrospector,
  Dialect,
  DialectAdapter,
  Driver,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from "kysely";
import type { StoreStats } from "../../application/ports/store.js";

/** A statement that changes rows; outside a transaction each one is its own (auto)commit. */
const WRITE = /^\s*(insert|update|delete|replace|create|drop|alter)\b/i;

/** Counts a connection's statements; begin/commit/rollback go to the inner connection uncounted. */
class CountingConnection implements DatabaseConnection {
  inTransaction = false;

  constructor(
    readonly inner: DatabaseConnection,
    private readonly stats: StoreStats,
  ) {}

  executeQuery<R>(query: Parameters<DatabaseConnection["executeQuery"]>[0]): Promise<QueryResult<R>> {
    this.count(query.sql);
    return this.inner.executeQuery<R>(query);
  }

  streamQuery<R>(
    query: Parameters<DatabaseConnection["streamQuery"]>[0],
    chunkSize?: number,
  ): AsyncIterableIterator<QueryResult<R>> {
    this.count(query.sql);
    return this.inner.streamQuery<R>(query, chunkSize);
  }

  private count(sql: string): void {
    this.stats.statements += 1;
    if (!this.inTransaction && WRITE.test(sql)) this.stats.commits += 1;
  }
}

const unwrap = (connection: DatabaseConnection): DatabaseConnection =>
  connection instanceof CountingConnection ? connection.inner : connection;

class CountingDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly stats: StoreStats,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new CountingConnection(await this.inner.acquireConnection(), this.stats);
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await this.inner.beginTransaction(unwrap(connection), settings);
    if (connection instanceof CountingConnection) connection.inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    if (connection instanceof CountingConnection) connection.inTransaction = false;
    await this.inner.commitTransaction(unwrap(connection));
    this.stats.commits += 1;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (connection instanceof CountingConnection) connection.inTransaction = false;
    await this.inner.rollbackTransaction(unwrap(connection));
    this.stats.rollbacks += 1;
  }

  async savepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler["compileQuery"],
  ): Promise<void> {
    await this.inner.savepoint?.(unwrap(connection), name, compileQuery);
  }

  async rollbackToSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler["compileQuery"],
  ): Promise<void> {
    await this.inner.rollbackToSavepoint?.(unwrap(connection), name, compileQuery);
  }

  async releaseSavepoint(
    connection: DatabaseConnection,
    name: string,
    compileQuery: QueryCompiler["compileQuery"],
  ): Promise<void> {
    await this.inner.releaseSavepoint?.(unwrap(connection), name, compileQuery);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.inner.releaseConnection(unwrap(connection));
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/**
 * Wraps a dialect so every statement, commit and rollback is counted in `stats`: a statement
 * outside a transaction that writes counts as a commit too (it autocommits). For tests and benches.
 */
export class CountingDialect implements Dialect {
  constructor(
    private readonly inner: Dialect,
    readonly stats: StoreStats,
  ) {}

  createDriver(): Driver {
    return new CountingDriver(this.inner.createDriver(), this.stats);
  }

  createQueryCompiler(): QueryCompiler {
    return this.inner.createQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return this.inner.createAdapter();
  }

  createIntrospector(db: Parameters<Dialect["createIntrospector"]>[0]): DatabaseIntrospector {
    return this.inner.createIntrospector(db);
  }
}

/** Fresh zeroed counters. */
export const newStoreStats = (): StoreStats => ({ commits: 0, rollbacks: 0, statements: 0 });
