import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { OrderStatus } from "../../../domain/shop/order.js";
import type { Clock } from "../../ports/clock.js";
import type { Store } from "../../ports/store.js";
import { buildDemoAfterSales, writeDemoAfterSales } from "./demo-after-sales.js";
import { DEMO_PRODUCTS } from "./demo-catalog.js";
import { buildDemoHistory, demoAgentId, writeDemoHistory } from "./demo-conversation-history.js";
import { DEMO_CUSTOMERS } from "./demo-customers.js";
import { buildDemoKbArticles } from "./demo-kb.js";
import { buildDemoOrders } from "./demo-orders.js";
import { buildDemoReviews } from "./demo-reviews.js";
import { daysAgo } from "./demo-timeline.js";
import { formatRowError, type ImportReport } from "./import-report.js";
import { importShop } from "./import-shop.js";
import { SHOP_DOCUMENT_FORMAT, SHOP_DOCUMENT_VERSION, type ShopDocument } from "./shop-document.js";

export { DEMO_SHOPPERS, type DemoOrderKey, type DemoShopper } from "./demo-shoppers.js";

/** What seeding wrote: record counts, orders per status, and the import's created/updated/unchanged. */
export interface SeedSummary {
  customers: number;
  products: number;
  orders: number;
  kbArticles: number;
  reviews: number;
  /** Open return/exchange requests behind the demo orders waiting for review. */
  afterSalesRequests: number;
  /** Past chats of the demo history (already stored ones are kept as they are). */
  pastConversations: number;
  ordersByStatus: Partial<Record<OrderStatus, number>>;
  report: ImportReport;
}

/** The bilingual demo shop as a Kefu shop document, dated relative to `now` (deterministic). */
export function buildDemoShop(now: Date): ShopDocument {
  return {
    format: SHOP_DOCUMENT_FORMAT,
    version: SHOP_DOCUMENT_VERSION,
    customers: DEMO_CUSTOMERS.map((c) => ({ ...c, createdAt: daysAgo(now, 60) })),
    products: DEMO_PRODUCTS,
    orders: buildDemoOrders(now),
    kbArticles: buildDemoKbArticles(daysAgo(now, 30)),
    reviews: buildDemoReviews(now),
  };
}

/**
 * Writes the demo shop through importShop: fixed ids, so seeding again with the same clock
 * changes nothing, and with a later clock only moves the dates.
 */
export async function seedDemoShop(store: Store, clock: Clock): Promise<SeedSummary> {
  const doc = buildDemoShop(clock.now());
  const report = await importShop(store, doc);
  if (!report.ok) {
    const first = report.errors.slice(0, 5).map(formatRowError).join("; ");
    throw new KefuError("INTERNAL", `the demo shop does not fit the store: ${first}`, {
      details: { errors: report.errors.slice(0, 20) },
    });
  }
  const requests = buildDemoAfterSales(clock.now(), doc.orders, doc.products);
  await writeDemoAfterSales(store, requests);
  const history = buildDemoHistory(clock.now(), doc.customers, doc.orders, await demoAgentId(store));
  await writeDemoHistory(store, history);
  const ordersByStatus: Partial<Record<OrderStatus, number>> = {};
  for (const order of doc.orders) ordersByStatus[order.status] = (ordersByStatus[order.status] ?? 0) + 1;
  return {
    customers: doc.customers.length,
    products: doc.products.length,
    orders: doc.orders.length,
    kbArticles: doc.kbArticles.length,
    reviews: doc.reviews.length,
    afterSalesRequests: requests.filter((r) => r.status === "requested").length,
    pastConversations: history.conversations.length,
    ordersByStatus,
    report,
  };
}
