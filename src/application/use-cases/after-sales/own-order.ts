import { KefuError } from "../../../domain/errors/kefu-error.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Order } from "../../../domain/shop/order.js";
import type { Repositories } from "../../ports/store.js";

/** Loads an order and its shopper; ORDER_NOT_FOUND, or FORBIDDEN when it is another shopper's. */
export async function loadOwnOrder(
  repos: Pick<Repositories, "orders" | "customers">,
  orderId: string,
  customerId: string,
): Promise<{ order: Order; customer: Customer }> {
  const order = await repos.orders.get(orderId);
  if (!order) throw new KefuError("ORDER_NOT_FOUND", `Order ${orderId} does not exist`);
  if (order.customerId !== customerId) {
    throw new KefuError("FORBIDDEN", `Order ${orderId} does not belong to customer ${customerId}`);
  }
  const customer = await repos.customers.get(customerId);
  if (!customer) throw new KefuError("CUSTOMER_NOT_FOUND", `Customer ${customerId} does not exist`);
  return { order, customer };
}
