import type { OrderRepository } from "../../../application/ports/shop-repositories.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { Order } from "../../../domain/shop/order.js";
import type { OrderRow } from "../database-schema.js";
import { checked } from "../json-doc.js";
import { countValue, pageWindow } from "../paging.js";
import { openDoc, sealDoc } from "../sealed-doc.js";
import type { StoreContext } from "../store-context.js";
import { containsText, searchText } from "../text-search.js";

function toRow(ctx: StoreContext, order: Order, version: number): OrderRow {
  return {
    id: order.id,
    customer_id: order.customerId,
    status: order.status,
    placed_at: order.placedAt ?? "",
    version,
    search_text: searchText([order.id, order.customerId]),
    doc: sealDoc(ctx.cipher, "orders", order.id, { ...order, version }),
  };
}

export function orderRepository(ctx: StoreContext): OrderRepository {
  /** The version column is the truth; the doc's copy may lag behind after a bump. */
  const parse = (row: { id: string; doc: string; version: number }) => ({
    ...openDoc(ctx.cipher, Order, "orders", row, "order"),
    version: row.version,
  });
  const base = () => ctx.db.selectFrom("orders").select(["id", "doc", "version"]);
  return {
    async get(id) {
      const row = await base().where("id", "=", id).executeTakeFirst();
      return row ? parse(row) : undefined;
    },
    async listByCustomer(customerId) {
      const rows = await base()
        .where("customer_id", "=", customerId)
        .orderBy("placed_at", "desc")
        .orderBy("id")
        .execute();
      return rows.map(parse);
    },
    async list(filter) {
      const { offset, limit } = pageWindow(filter);
      let query = ctx.db.selectFrom("orders");
      if (filter.status) query = query.where("status", "=", filter.status);
      if (filter.customerId) query = query.where("customer_id", "=", filter.customerId);
      if (filter.query) query = query.where(containsText("search_text", filter.query));
      const count = await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
      const rows = await query
        .select(["id", "doc", "version"])
        .orderBy("placed_at", "desc")
        .orderBy("id")
        .limit(limit)
        .offset(offset)
        .execute();
      return { items: rows.map(parse), total: countValue(count) };
    },
    async all() {
      // Oldest first, so history-based learners see orders in the order they happened.
      const rows = await base().orderBy("placed_at").orderBy("id").execute();
      return rows.map(parse);
    },
    async upsert(input) {
      const order = checked(Order, input, "order");
      const row = toRow(ctx, order, order.version);
      const { id: _id, ...rest } = row;
      await ctx.db
        .insertInto("orders")
        .values(row)
        .onConflict((oc) => oc.column("id").doUpdateSet(rest))
        .execute();
    },
    async update(input) {
      const order = checked(Order, input, "order");
      const next = order.version + 1;
      const { id: _id, ...rest } = toRow(ctx, order, next);
      // Compare-and-set in one statement: no read-modify-write window.
      const result = await ctx.db
        .updateTable("orders")
        .set(rest)
        .where("id", "=", order.id)
        .where("version", "=", order.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) {
        const exists = await ctx.db
          .selectFrom("orders")
          .select("version")
          .where("id", "=", order.id)
          .executeTakeFirst();
        if (!exists) throw new KefuError("ORDER_NOT_FOUND", `order ${order.id} not found`);
        throw new KefuError("VERSION_CONFLICT", `order ${order.id} was changed by someone else`, {
          details: { orderId: order.id, expectedVersion: order.version, actualVersion: exists.version },
        });
      }
      return { ...order, version: next };
    },
  };
}
