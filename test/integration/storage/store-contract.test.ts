import { afterEach, beforeEach, describe } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { adminContract } from "./contract/admin-contract.js";
import { cannedReplyContract } from "./contract/canned-reply-contract.js";
import type { ContractContext } from "./contract/contract-context.js";
import { conversationContract } from "./contract/conversation-contract.js";
import { insightContract } from "./contract/insight-contract.js";
import { shopContract } from "./contract/shop-contract.js";
import { transactionContract } from "./contract/transaction-contract.js";
import { openTarget, type StoreTarget, type TargetName } from "./store-targets.js";

/** Every adapter must pass the same suite; each test gets an empty database of its own. */
describe.each<TargetName>(["sqlite", "postgres"])("Store contract on %s", (name) => {
  let target: StoreTarget | undefined;
  let store: Store | undefined;
  beforeEach(async () => {
    target = await openTarget(name);
    store = await target.open();
  });
  afterEach(async () => {
    await target?.destroy();
    target = undefined;
    store = undefined;
  });
  const ctx: ContractContext = {
    name,
    store() {
      if (!store) throw new Error("store not open");
      return store;
    },
    openAnother() {
      if (!target) throw new Error("target not open");
      return target.open();
    },
  };
  shopContract(ctx);
  conversationContract(ctx);
  adminContract(ctx);
  cannedReplyContract(ctx);
  insightContract(ctx);
  transactionContract(ctx);
});
