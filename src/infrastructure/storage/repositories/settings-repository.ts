import { z } from "zod";
import type { SettingsRepository } from "../../../application/ports/admin-repositories.js";
import { fromDoc, toDoc } from "../json-doc.js";
import type { StoreContext } from "../store-context.js";

/** Settings are opaque to the store; their owners validate them. */
const AnyJson = z.unknown();

export function settingsRepository(ctx: StoreContext): SettingsRepository {
  return {
    async get(key) {
      const row = await ctx.db.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirst();
      return row ? fromDoc(AnyJson, row.value, `setting ${key}`) : undefined;
    },
    async set(key, value) {
      // Setting undefined clears the key, so a later get() answers undefined as before.
      if (value === undefined) {
        await ctx.db.deleteFrom("settings").where("key", "=", key).execute();
        return;
      }
      const text = toDoc(value);
      await ctx.db
        .insertInto("settings")
        .values({ key, value: text })
        .onConflict((oc) => oc.column("key").doUpdateSet({ value: text }))
        .execute();
    },
  };
}
