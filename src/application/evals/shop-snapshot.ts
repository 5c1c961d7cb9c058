import type { Repositories } from "../ports/store.js";
import { listAllCustomers } from "../use-cases/shop-data/list-all-customers.js";
import type { ShopSnapshot } from "./dialog-outcome.js";

/** Reads every order, customer and after-sales request, to compare a dialog's end state with its start. */
export async function readShopSnapshot(
  repos: Pick<Repositories, "orders" | "customers" | "afterSales">,
): Promise<ShopSnapshot> {
  const orders = await repos.orders.all();
  const snapshot: ShopSnapshot = { orders: {}, customers: {}, requests: {} };
  for (const order of orders) {
    snapshot.orders[order.id] = order;
    for (const request of await repos.afterSales.listByOrder(order.id)) snapshot.requests[request.id] = request;
  }
  for (const customer of await listAllCustomers(repos)) snapshot.customers[customer.id] = customer;
  return snapshot;
}
