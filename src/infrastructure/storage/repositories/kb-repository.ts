import type { KbRepository } from "../../../application/ports/admin-repositories.js";
import { KbArticle } from "../../../domain/kb/kb-article.js";
import { checked, fromDoc, toDoc } from "../json-doc.js";
import type { StoreContext } from "../store-context.js";

const parse = (row: { doc: string }) => fromDoc(KbArticle, row.doc, "KB article");

export function kbRepository(ctx: StoreContext): KbRepository {
  return {
    async get(id) {
      const row = await ctx.db.selectFrom("kb_articles").select("doc").where("id", "=", id).executeTakeFirst();
      return row ? parse(row) : undefined;
    },
    async all() {
      const rows = await ctx.db.selectFrom("kb_articles").select("doc").orderBy("id").execute();
      return rows.map(parse);
    },
    async upsert(input) {
      const article = checked(KbArticle, input, "KB article");
      const doc = toDoc(article);
      await ctx.db
        .insertInto("kb_articles")
        .values({ id: article.id, doc })
        .onConflict((oc) => oc.column("id").doUpdateSet({ doc }))
        .execute();
    },
    async delete(id) {
      const result = await ctx.db.deleteFrom("kb_articles").where("id", "=", id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
