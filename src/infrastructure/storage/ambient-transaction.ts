import { AsyncLocalStorage } from "node:async_hooks";
import type { Kysely } from "kysely";
import type { KefuDatabase } from "./database-schema.js";

/** Work to run once the outermost transaction has committed (event fan-out, webhooks). */
export type AfterCommitHook = () => unknown;

interface Scope {
  trx: Kysely<KefuDatabase>;
  /** False once the transaction has ended, so late callbacks fall back to the pool. */
  open: boolean;
  /** Run in order after commit; dropped on rollback. */
  hooks: AfterCommitHook[];
}

/**
 * Remembers the transaction the current async call chain runs in. Store-level calls made inside
 * `store.transaction(work)` then join it instead of waiting for a connection it holds: on SQLite
 * (one connection) that wait would never end, on PostgreSQL it could block on the transaction's own row locks.
 */
export class AmbientTransaction {
  readonly #storage = new AsyncLocalStorage<Scope>();

  /** The open transaction of this call chain, if any. */
  current(): Kysely<KefuDatabase> | undefined {
    const scope = this.#storage.getStore();
    return scope?.open ? scope.trx : undefined;
  }

  /** The after-commit list of the open transaction, if any. */
  hooks(): AfterCommitHook[] | undefined {
    const scope = this.#storage.getStore();
    return scope?.open ? scope.hooks : undefined;
  }

  /** Runs `work` with `trx` as the ambient transaction, collecting after-commit hooks into `hooks`. */
  async run<T>(trx: Kysely<KefuDatabase>, hooks: AfterCommitHook[], work: () => Promise<T>): Promise<T> {
    const scope: Scope = { trx, open: true, hooks };
    try {
      return await this.#storage.run(scope, work);
    } finally {
      scope.open = false;
    }
  }
}
