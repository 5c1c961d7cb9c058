import { describe, expect, it } from "vitest";
import { afterSales, at, customer, order, product } from "../store-fixtures.js";
import type { ContractContext } from "./contract-context.js";

export function shopContract(ctx: ContractContext): void {
  describe("customers", () => {
    it("round-trips, replaces on upsert and answers undefined for unknown ids", async () => {
      const s = ctx.store();
      const c = customer("c1", {
        phone: "+1 (555) 010-2000",
        addresses: [{ ...customer("x").defaultAddress, zip: "10001" }],
      });
      await s.customers.upsert(c);
      expect(await s.customers.get("c1")).toEqual(c);
      await s.customers.upsert({ ...c, firstName: "Sarah" });
      expect((await s.customers.get("c1"))?.firstName).toBe("Sarah");
      expect(await s.customers.get("nope")).toBeUndefined();
    });

    it("finds by email case-insensitively, by phone digits, and by names + default zip", async () => {
      const s = ctx.store();
      await s.customers.upsert(
        customer("c1", {
          email: "Sara.Doe@Example.com",
          phone: "+1 (555) 010-2000",
          addresses: [{ ...customer("x").defaultAddress, zip: "10001" }],
        }),
      );
      await s.customers.upsert(customer("c2", { firstName: "小明", lastName: "王", email: "wang@example.com" }));
      expect((await s.customers.findByEmail("sara.doe@example.COM"))?.id).toBe("c1");
      expect(await s.customers.findByEmail("sara@example.com")).toBeUndefined();
      expect((await s.customers.findByPhone("15550102000"))?.id).toBe("c1");
      expect(await s.customers.findByPhone("5550102001")).toBeUndefined();
      expect((await s.customers.findByNameAndZip("SARA", "doe", "78701"))?.id).toBe("c1");
      expect((await s.customers.findByNameAndZip("小明", "王", "78701"))?.id).toBe("c2");
      // Only the default address's zip identifies a shopper.
      expect(await s.customers.findByNameAndZip("Sara", "Doe", "10001")).toBeUndefined();
    });

    it("lists by id substring or a whole name, email or phone (sealed at rest), with paging and total", async () => {
      const s = ctx.store();
      for (let i = 0; i < 7; i++) await s.customers.upsert(customer(`c${i}`, { lastName: i % 2 ? "Odd_%" : "Even" }));
      const odd = await s.customers.list({ query: "odd_%" });
      expect(odd.items.map((c) => c.id)).toEqual(["c1", "c3", "c5"]);
      expect(odd.total).toBe(3);
      // LIKE wildcards in the query are literal characters.
      expect((await s.customers.list({ query: "e_en" })).total).toBe(0);
      const page = await s.customers.list({ offset: 2, limit: 3 });
      expect(page.items.map((c) => c.id)).toEqual(["c2", "c3", "c4"]);
      expect(page.total).toBe(7);
      expect((await s.customers.list({ query: "C6@EXAMPLE.COM" })).items.map((c) => c.id)).toEqual(["c6"]);
      // Sealed contacts match only as a whole word: no substring of an email or name.
      expect((await s.customers.list({ query: "C6@EXAMPLE" })).total).toBe(0);
      expect((await s.customers.list({ query: "c" })).total).toBe(7);
      await s.customers.upsert(customer("w1", { firstName: "小明", lastName: "王", phone: "+86 139 1234 5678" }));
      expect((await s.customers.list({ query: "王小明" })).items.map((c) => c.id)).toEqual(["w1"]);
      expect((await s.customers.list({ query: "139-1234-5678" })).total).toBe(0);
      expect((await s.customers.list({ query: "8613912345678" })).items.map((c) => c.id)).toEqual(["w1"]);
    });

    it("caps a page at 500 rows whatever the caller asks", async () => {
      const s = ctx.store();
      await s.transaction(async (tx) => {
        for (let i = 0; i < 505; i++) await tx.customers.upsert(customer(`c${String(i).padStart(3, "0")}`));
      });
      const page = await s.customers.list({ limit: 10_000 });
      expect(page.items).toHaveLength(500);
      expect(page.total).toBe(505);
      expect((await s.customers.list({})).items).toHaveLength(50);
    });
  });

  describe("products", () => {
    it("round-trips, finds variants, and re-indexes variants on upsert", async () => {
      const s = ctx.store();
      const p = product("p1", { nameZh: "椅子" });
      await s.products.upsert(p);
      expect(await s.products.get("p1")).toEqual(p);
      expect(await s.products.getVariant("p1-m")).toEqual(p.variants[1]);
      await s.products.upsert({ ...p, variants: p.variants.slice(0, 1) });
      expect(await s.products.getVariant("p1-m")).toBeUndefined();
      expect((await s.products.getVariant("p1-s"))?.productId).toBe("p1");
      expect(await s.products.get("nope")).toBeUndefined();
    });

    it("lists by category and query and returns all", async () => {
      const s = ctx.store();
      await s.products.upsert(product("p1", { name: "Oak Chair", category: "home" }));
      await s.products.upsert(product("p2", { name: "Blue Shirt", nameZh: "蓝色衬衫", category: "apparel" }));
      await s.products.upsert(product("p3", { name: "Oak Desk", category: "home" }));
      expect((await s.products.list({ category: "home" })).items.map((p) => p.id)).toEqual(["p1", "p3"]);
      expect((await s.products.list({ query: "oak" })).total).toBe(2);
      expect((await s.products.list({ query: "衬衫" })).items.map((p) => p.id)).toEqual(["p2"]);
      expect((await s.products.list({ category: "home", query: "desk" })).items.map((p) => p.id)).toEqual(["p3"]);
      expect((await s.products.all()).map((p) => p.id)).toEqual(["p1", "p2", "p3"]);
    });
  });

  describe("orders", () => {
    it("round-trips nested items, fulfillments and payments", async () => {
      const s = ctx.store();
      const o = order("o1", "c1", { deliveredAt: at(5), cancelReason: undefined });
      await s.orders.upsert(o);
      expect(await s.orders.get("o1")).toEqual(order("o1", "c1", { deliveredAt: at(5) }));
      expect(await s.orders.get("nope")).toBeUndefined();
    });

    it("update bumps the version; a stale version fails with VERSION_CONFLICT and changes nothing", async () => {
      const s = ctx.store();
      await s.orders.upsert(order("o1", "c1"));
      const first = await s.orders.update({ ...order("o1", "c1"), status: "processed" });
      expect(first.version).toBe(1);
      expect(await s.orders.get("o1")).toMatchObject({ status: "processed", version: 1 });
      await expect(s.orders.update({ ...order("o1", "c1"), status: "cancelled" })).rejects.toMatchObject({
        code: "VERSION_CONFLICT",
      });
      expect(await s.orders.get("o1")).toMatchObject({ status: "processed", version: 1 });
      await expect(s.orders.update(order("missing", "c1"))).rejects.toMatchObject({ code: "ORDER_NOT_FOUND" });
      // upsert is for imports: it takes the given version as is.
      await s.orders.upsert({ ...order("o1", "c1"), version: 7 });
      expect((await s.orders.get("o1"))?.version).toBe(7);
    });

    it("lets exactly one of two concurrent writers of the same version win", async () => {
      const s = ctx.store();
      const other = await ctx.openAnother();
      await s.orders.upsert(order("o1", "c1"));
      const results = await Promise.allSettled([
        s.orders.update({ ...order("o1", "c1"), status: "processed" }),
        other.orders.update({ ...order("o1", "c1"), status: "cancelled" }),
      ]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((r) => r.status === "rejected");
      expect(rejected?.status === "rejected" && rejected.reason).toMatchObject({ code: "VERSION_CONFLICT" });
      expect((await s.orders.get("o1"))?.version).toBe(1);
    });

    it("lists by customer, status and query, newest first, with paging", async () => {
      const s = ctx.store();
      await s.orders.upsert(order("o1", "c1", { placedAt: at(1), status: "delivered" }));
      await s.orders.upsert(order("o2", "c1", { placedAt: at(3) }));
      await s.orders.upsert(order("o3", "c2", { placedAt: at(2), status: "delivered" }));
      expect((await s.orders.listByCustomer("c1")).map((o) => o.id)).toEqual(["o2", "o1"]);
      expect((await s.orders.list({ status: "delivered" })).items.map((o) => o.id)).toEqual(["o3", "o1"]);
      expect((await s.orders.list({ customerId: "c2" })).items.map((o) => o.id)).toEqual(["o3"]);
      expect((await s.orders.list({ query: "o2" })).items.map((o) => o.id)).toEqual(["o2"]);
      expect(await s.orders.list({ limit: 1, offset: 1 })).toMatchObject({ total: 3, items: [{ id: "o3" }] });
      // all() is oldest first, the order history-based learners expect.
      expect((await s.orders.all()).map((o) => o.id)).toEqual(["o1", "o3", "o2"]);
    });
  });

  describe("after-sales requests", () => {
    it("creates, updates, lists by order and filters by status and kind", async () => {
      const s = ctx.store();
      await s.afterSales.create(afterSales("r1", "o1", { createdAt: at(1) }));
      await s.afterSales.create(afterSales("r2", "o1", { kind: "exchange", createdAt: at(2) }));
      await s.afterSales.create(afterSales("r3", "o2", { createdAt: at(3) }));
      await expect(s.afterSales.create(afterSales("r1", "o9"))).rejects.toThrow();
      expect(await s.afterSales.get("r1")).toEqual(afterSales("r1", "o1", { createdAt: at(1) }));
      await s.afterSales.update(afterSales("r1", "o1", { status: "approved", createdAt: at(1) }));
      expect((await s.afterSales.get("r1"))?.status).toBe("approved");
      await expect(s.afterSales.update(afterSales("nope", "o1"))).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await s.afterSales.listByOrder("o1")).map((r) => r.id)).toEqual(["r1", "r2"]);
      expect((await s.afterSales.list({ kind: "return" })).items.map((r) => r.id)).toEqual(["r3", "r1"]);
      expect((await s.afterSales.list({ status: "approved" })).items.map((r) => r.id)).toEqual(["r1"]);
      expect((await s.afterSales.list({ limit: 1 })).total).toBe(3);
    });
  });
}
