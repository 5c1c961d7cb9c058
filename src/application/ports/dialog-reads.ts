import type { ShopPolicy } from "../../domain/policy/shop-policy.js";
import type { AfterSalesRequest } from "../../domain/shop/after-sales-request.js";
import type { Order } from "../../domain/shop/order.js";
import type { Product } from "../../domain/shop/product.js";

/**
 * Everything the dialog runtime may read about the shop. Narrow on purpose: the dialog never sees
 * the store, and it writes only through the after-sales use cases.
 */
export interface DialogReads {
  order(id: string): Promise<Order | undefined>;
  ordersOf(customerId: string): Promise<Order[]>;
  product(id: string): Promise<Product | undefined>;
  /** Products whose name contains the text (case-insensitive), for "how many colours does X come in?". */
  findProducts(text: string): Promise<Product[]>;
  requestsOf(orderId: string): Promise<AfterSalesRequest[]>;
  /** The live shop policy, as the admin last saved it. */
  policy(): Promise<ShopPolicy>;
}
