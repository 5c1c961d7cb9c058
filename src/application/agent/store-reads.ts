import type { ShopPolicy } from "../../domain/policy/shop-policy.js";
import type { DialogReads } from "../ports/dialog-reads.js";
import type { Store } from "../ports/store.js";
import { loadShopPolicy } from "../use-cases/after-sales/index.js";

/** DialogReads over the store; the policy comes from `loadPolicy` when given (tests, fixed shops). */
export function createStoreReads(store: Store, loadPolicy?: () => Promise<ShopPolicy>): DialogReads {
  return {
    order: (id) => store.orders.get(id),
    ordersOf: (customerId) => store.orders.listByCustomer(customerId),
    product: (id) => store.products.get(id),
    async findProducts(text) {
      const page = await store.products.list({ query: text, limit: 20 });
      return page.items;
    },
    requestsOf: (orderId) => store.afterSales.listByOrder(orderId),
    policy: loadPolicy ?? (() => loadShopPolicy(store)),
  };
}
