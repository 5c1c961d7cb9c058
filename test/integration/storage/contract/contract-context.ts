import type { Store } from "../../../../src/application/ports/store.js";
import type { TargetName } from "../store-targets.js";

/** What each contract section gets: the store under test and a way to open a second one on the same data. */
export interface ContractContext {
  name: TargetName;
  store(): Store;
  /** A second store (own connection or pool) on the same database, for cross-connection races. */
  openAnother(): Promise<Store>;
}
