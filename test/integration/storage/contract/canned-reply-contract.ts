import { describe, expect, it } from "vitest";
import type { CannedReply } from "../../../../src/domain/canned/canned-reply.js";
import { at } from "../store-fixtures.js";
import type { ContractContext } from "./contract-context.js";

const reply = (id: string, shortcut: string, locale: "en" | "zh" = "zh"): CannedReply => ({
  id,
  locale,
  shortcut,
  title: `标题 ${shortcut}`,
  body: "{customer_name}您好",
  actions: ["assign_me", "resolve"],
  createdAt: at(0),
  updatedAt: at(1),
});

export function cannedReplyContract(ctx: ContractContext): void {
  describe("canned replies", () => {
    it("starts with the defaults of migration 014 in both languages", async () => {
      const s = ctx.store();
      const zh = await s.cannedReplies.list("zh");
      const en = await s.cannedReplies.list("en");
      expect(zh.length).toBe(en.length);
      expect(zh.map((r) => r.shortcut)).toEqual(en.map((r) => r.shortcut));
      expect((await s.cannedReplies.findByShortcut("zh", "bye"))?.actions).toEqual(["resolve"]);
    });

    it("inserts, replaces, finds by shortcut per language, lists in shortcut order and deletes", async () => {
      const s = ctx.store();
      await s.cannedReplies.upsert(reply("c2", "zz-b"));
      await s.cannedReplies.upsert(reply("c1", "zz-a"));
      await s.cannedReplies.upsert(reply("c3", "zz-a", "en"));
      expect(await s.cannedReplies.get("c1")).toEqual(reply("c1", "zz-a"));
      await s.cannedReplies.upsert({ ...reply("c1", "zz-a"), body: "改过", actions: [], updatedAt: at(5) });
      expect(await s.cannedReplies.get("c1")).toMatchObject({ body: "改过", actions: [], createdAt: at(0) });
      expect((await s.cannedReplies.findByShortcut("en", "zz-a"))?.id).toBe("c3");
      expect((await s.cannedReplies.list("zh")).filter((r) => r.shortcut.startsWith("zz-")).map((r) => r.id)).toEqual([
        "c1",
        "c2",
      ]);
      expect(await s.cannedReplies.delete("c1")).toBe(true);
      expect(await s.cannedReplies.delete("c1")).toBe(false);
      expect(await s.cannedReplies.get("c1")).toBeUndefined();
    });

    it("keeps a shortcut unique within its language even without the use case's check", async () => {
      const s = ctx.store();
      await s.cannedReplies.upsert(reply("d1", "dup"));
      await expect(s.cannedReplies.upsert(reply("d2", "dup"))).rejects.toThrow();
      await s.cannedReplies.upsert(reply("d3", "dup", "en"));
    });
  });
}
