import type { Clock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";
import { listAllCustomers } from "./list-all-customers.js";
import { SHOP_DOCUMENT_FORMAT, SHOP_DOCUMENT_VERSION, type ShopDocument } from "./shop-document.js";

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The whole shop as a Kefu shop document, records sorted by id so exports diff cleanly. */
export async function exportShop(store: Store, clock?: Clock): Promise<ShopDocument> {
  const [customers, products, orders, kbArticles, reviews] = await Promise.all([
    listAllCustomers(store),
    store.products.all(),
    store.orders.all(),
    store.kb.all(),
    store.reviews.all(),
  ]);
  return {
    format: SHOP_DOCUMENT_FORMAT,
    version: SHOP_DOCUMENT_VERSION,
    ...(clock ? { exportedAt: clock.nowIso() } : {}),
    customers: customers.sort(byId),
    products: products.sort(byId),
    orders: orders.sort(byId),
    kbArticles: kbArticles.sort(byId),
    reviews: reviews.sort(byId),
  };
}
