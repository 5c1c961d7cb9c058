import type { ProductRepository } from "../../../application/ports/shop-repositories.js";
import { Product } from "../../../domain/shop/product.js";
import { checked, fromDoc, toDoc } from "../json-doc.js";
import { countValue, pageWindow } from "../paging.js";
import { atomically, type StoreContext } from "../store-context.js";
import { containsText, searchText } from "../text-search.js";

const parse = (row: { doc: string }) => fromDoc(Product, row.doc, "product");

export function productRepository(ctx: StoreContext): ProductRepository {
  const get = async (id: string) => {
    const row = await ctx.db.selectFrom("products").select("doc").where("id", "=", id).executeTakeFirst();
    return row ? parse(row) : undefined;
  };
  return {
    get,
    async getVariant(variantId) {
      const link = await ctx.db
        .selectFrom("product_variants")
        .select("product_id")
        .where("variant_id", "=", variantId)
        .executeTakeFirst();
      const product = link ? await get(link.product_id) : undefined;
      return product?.variants.find((v) => v.id === variantId);
    },
    async list(filter) {
      const { offset, limit } = pageWindow(filter);
      let query = ctx.db.selectFrom("products");
      if (filter.category) query = query.where("category", "=", filter.category);
      if (filter.query) query = query.where(containsText("search_text", filter.query));
      const count = await query.select((eb) => eb.fn.countAll().as("n")).executeTakeFirst();
      const rows = await query.select("doc").orderBy("id").limit(limit).offset(offset).execute();
      return { items: rows.map(parse), total: countValue(count) };
    },
    async all() {
      const rows = await ctx.db.selectFrom("products").select("doc").orderBy("id").execute();
      return rows.map(parse);
    },
    async upsert(input) {
      const product = checked(Product, input, "product");
      const row = {
        id: product.id,
        category: product.category,
        search_text: searchText([product.id, product.name, product.nameZh, product.category]),
        doc: toDoc(product),
      };
      const { id: _id, ...rest } = row;
      // The product row and its variant index change together.
      await atomically(ctx, async (tx) => {
        await tx
          .insertInto("products")
          .values(row)
          .onConflict((oc) => oc.column("id").doUpdateSet(rest))
          .execute();
        await tx.deleteFrom("product_variants").where("product_id", "=", product.id).execute();
        if (product.variants.length === 0) return;
        await tx
          .insertInto("product_variants")
          .values(product.variants.map((v) => ({ variant_id: v.id, product_id: product.id })))
          .onConflict((oc) => oc.column("variant_id").doUpdateSet({ product_id: product.id }))
          .execute();
      });
    },
  };
}
