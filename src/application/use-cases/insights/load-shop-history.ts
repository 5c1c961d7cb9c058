import type { AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import type { Order } from "../../../domain/shop/order.js";
import type { Product } from "../../../domain/shop/product.js";
import type { Store } from "../../ports/store.js";
import { collectPages } from "./collect-pages.js";

/** The catalogue, orders and after-sales requests the recommenders and risk model learn from. */
export interface ShopHistory {
  products: Product[];
  orders: Order[];
  afterSales: AfterSalesRequest[];
}

/** Loads the whole shop history from the store. */
export async function loadShopHistory(store: Store): Promise<ShopHistory> {
  const [products, orders, afterSales] = await Promise.all([
    store.products.all(),
    store.orders.all(),
    collectPages((page) => store.afterSales.list(page)),
  ]);
  return { products, orders, afterSales };
}
