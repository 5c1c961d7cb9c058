import type { AfterSalesRepository } from "../../../application/ports/shop-repositories.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import type { AfterSalesRow } from "../database-schema.js";
import { checked } from "../json-doc.js";
import { countValue, pageWindow } from "../paging.js";
import { openDoc, sealDoc } from "../sealed-doc.js";
import type { StoreContext } from "../store-context.js";

function toRow(ctx: StoreContext, input: AfterSalesRequest): AfterSalesRow {
  const request = checked(AfterSalesRequest, input, "after-sales request");
  return {
    id: request.id,
    order_id: request.orderId,
    customer_id: request.customerId,
    kind: request.kind,
    status: request.status,
    created_at: request.createdAt,
    doc: sealDoc(ctx.cipher, "after_sales_requests", request.id, request),
  };
}

export function afterSalesRepository(ctx: StoreContext): AfterSalesRepository {
  const parse = (row: { id: string; doc: string }) =>
    openDoc(ctx.cipher, AfterSalesRequest, "after_sales_requests", row, "after-sales request");
  return {
    async create(request) {
      await ctx.db.insertInto("after_sales_requests").values(toRow(ctx, request)).execute();
    },
    async get(id) {
      const row = await ctx.db
        .selectFrom("after_sales_requests")
        .select(["id", "doc"])
        .where("id", "=", id)
        .executeTakeFirst();
      return row ? parse(row) : undefined;
    },
    async update(request) {
      const { id, ...rest } = toRow(ctx, request);
      const result = await ctx.db.updateTable("after_sales_requests").set(rest).where("id", "=", id).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw new KefuError("NOT_FOUND", `after-sales request ${id} not found`);
    },
    async listByOrder(orderId) {
      const rows = await ctx.db
        .selectFrom("after_sales_requests")
        .select(["id", "doc"])
        .where("order_id", "=", orderId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(parse);
    },
    async list(filter) {
      const { offset, limit } = pageWindow(filter);
      let query = ctx.db.selectFrom("after_sales_requests");
      if (filter.status) query = query.where("status", "=", filter.status);
      if (filter.kind) query = query.where("kind", "=", filter.kind);
      const count = await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
      const rows = await query
        .select(["id", "doc"])
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .limit(limit)
        .offset(offset)
        .execute();
      return { items: rows.map(parse), total: countValue(count) };
    },
  };
}
