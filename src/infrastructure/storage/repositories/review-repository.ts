import type { ReviewRepository } from "../../../application/ports/insight-repositories.js";
import { Review } from "../../../domain/insights/review.js";
import { checked, fromDoc, toDoc } from "../json-doc.js";
import { countValue, pageWindow } from "../paging.js";
import type { StoreContext } from "../store-context.js";

const parse = (row: { doc: string }) => fromDoc(Review, row.doc, "review");

export function reviewRepository(ctx: StoreContext): ReviewRepository {
  return {
    async upsert(input) {
      const review = checked(Review, input, "review");
      const row = {
        id: review.id,
        product_id: review.productId ?? null,
        category: review.category,
        created_at: review.createdAt,
        doc: toDoc(review),
      };
      const { id: _id, ...rest } = row;
      await ctx.db
        .insertInto("reviews")
        .values(row)
        .onConflict((oc) => oc.column("id").doUpdateSet(rest))
        .execute();
    },
    async get(id) {
      const row = await ctx.db.selectFrom("reviews").select("doc").where("id", "=", id).executeTakeFirst();
      return row ? parse(row) : undefined;
    },
    async list(filter) {
      const { offset, limit } = pageWindow(filter);
      let query = ctx.db.selectFrom("reviews");
      if (filter.productId) query = query.where("product_id", "=", filter.productId);
      if (filter.category) query = query.where("category", "=", filter.category);
      if (filter.since) query = query.where("created_at", ">=", filter.since);
      const count = await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
      const rows = await query
        .select("doc")
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .limit(limit)
        .offset(offset)
        .execute();
      return { items: rows.map(parse), total: countValue(count) };
    },
    async all() {
      const rows = await ctx.db.selectFrom("reviews").select("doc").orderBy("created_at").orderBy("id").execute();
      return rows.map(parse);
    },
  };
}
