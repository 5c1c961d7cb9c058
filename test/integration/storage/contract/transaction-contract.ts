import { describe, expect, it } from "vitest";
import { conversation, customer, order } from "../store-fixtures.js";
import type { ContractContext } from "./contract-context.js";

export function transactionContract(ctx: ContractContext): void {
  describe("transactions", () => {
    it("commits everything the work wrote and returns its value", async () => {
      const s = ctx.store();
      const value = await s.transaction(async (tx) => {
        await tx.customers.upsert(customer("c1"));
        await tx.conversations.create(conversation("v1"));
        const { message } = await tx.messages.append({ conversationId: "v1", author: "bot", text: "hi", payload: {} });
        // Reads inside the transaction see its own writes.
        expect((await tx.conversations.get("v1"))?.lastSeq).toBe(1);
        return message.seq;
      });
      expect(value).toBe(1);
      expect(await s.customers.get("c1")).toBeDefined();
      expect((await s.messages.listSince("v1", 0)).map((m) => m.text)).toEqual(["hi"]);
    });

    it("rolls back every write, message seqs included, when the work throws", async () => {
      const s = ctx.store();
      await s.conversations.create(conversation("v1"));
      await s.orders.upsert(order("o1", "c1"));
      const failing = s.transaction(async (tx) => {
        await tx.customers.upsert(customer("c1"));
        await tx.messages.append({ conversationId: "v1", author: "customer", text: "lost", payload: {} });
        await tx.orders.update({ ...order("o1", "c1"), status: "cancelled" });
        await tx.settings.set("k", 1);
        throw new Error("boom");
      });
      await expect(failing).rejects.toThrow("boom");
      expect(await s.customers.get("c1")).toBeUndefined();
      expect(await s.settings.get("k")).toBeUndefined();
      expect(await s.orders.get("o1")).toMatchObject({ status: "pending", version: 0 });
      expect(await s.messages.listSince("v1", 0)).toEqual([]);
      expect((await s.conversations.get("v1"))?.lastSeq).toBe(0);
      // The next append reuses seq 1: nothing leaked from the rolled-back one.
      expect(
        (await s.messages.append({ conversationId: "v1", author: "bot", text: "ok", payload: {} })).message.seq,
      ).toBe(1);
    });

    it("rolls back when a version conflict aborts the work", async () => {
      const s = ctx.store();
      await s.orders.upsert(order("o1", "c1", { version: 3 }));
      const stale = s.transaction(async (tx) => {
        await tx.kb.upsert({ id: "kb1", locale: "en", title: "t", body: "b", tags: [] });
        await tx.orders.update(order("o1", "c1", { version: 2 }));
      });
      await expect(stale).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
      expect(await s.kb.get("kb1")).toBeUndefined();
    });

    it("joins the open transaction from store-level calls and nested transactions instead of waiting on it", async () => {
      const s = ctx.store();
      await s.conversations.create(conversation("v1"));
      let later: Promise<unknown> = Promise.resolve();
      const failing = s.transaction(async (tx) => {
        await tx.messages.append({ conversationId: "v1", author: "bot", text: "in tx", payload: {} });
        // Code that forgot to use `tx` still sees and shares the transaction's writes.
        const outside = await s.messages.append({
          conversationId: "v1",
          author: "bot",
          text: "via store",
          payload: {},
        });
        expect(outside.message.seq).toBe(2);
        await s.transaction(async (inner) => inner.customers.upsert(customer("c1")));
        later = new Promise((resolve) => setTimeout(resolve, 20)).then(() => s.customers.get("c1"));
        throw new Error("undo all");
      });
      await expect(failing).rejects.toThrow("undo all");
      // A callback outliving the transaction runs outside it.
      expect(await later).toBeUndefined();
      expect(await s.messages.listSince("v1", 0)).toEqual([]);
      expect((await s.conversations.get("v1"))?.lastSeq).toBe(0);
    });
  });
}
