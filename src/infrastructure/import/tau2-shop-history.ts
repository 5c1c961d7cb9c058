import { z } from "zod";
import { KefuError } from "../../domain/errors/kefu-error.js";
import { parseJson, parseValue } from "../../domain/parse-json.js";
import type { Order } from "../../domain/shop/order.js";
import type { Product } from "../../domain/shop/product.js";
import { convertTau2Db } from "./convert-tau2-db.js";
import { Tau2User } from "./tau2-db-schema.js";

const UserOrderLists = z.object({ users: z.record(z.string(), Tau2User.pick({ orders: true })) });

/**
 * Products and orders of a τ² retail db.json for the recommenders, converted as `kefu import` does.
 * The db has no dates, so orders follow each user's own order list: the timeline
 * `purchasesFromOrders` keeps. Orders without items are left out.
 */
export function readTau2ShopHistory(text: string, source: string): { products: Product[]; orders: Order[] } {
  const raw = parseJson(z.unknown(), text, source);
  const { doc, errors } = convertTau2Db(raw);
  const first = errors[0];
  if (first) {
    throw new KefuError(
      "IMPORT_INVALID",
      `${source}: ${errors.length} invalid records, first ${first.path}: ${first.message}`,
    );
  }
  const byId = new Map(doc.orders.map((o) => [o.id, o]));
  const orders: Order[] = [];
  for (const user of Object.values(parseValue(UserOrderLists, raw, source).users)) {
    for (const id of user.orders) {
      const order = byId.get(id);
      if (order && order.items.length > 0) orders.push(order);
    }
  }
  return { products: doc.products, orders };
}
