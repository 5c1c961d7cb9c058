import { describe, expect, it } from "vitest";
import type { StaffUser } from "../../../../src/domain/staff/staff-user.js";
import { at } from "../store-fixtures.js";
import type { ContractContext } from "./contract-context.js";

const staff = (id: string, email: string): StaffUser => ({
  id,
  email,
  name: id,
  role: "agent",
  passwordHash: "scrypt$1024$8$1$salt$hash",
  disabled: false,
  createdAt: at(0),
});

export function adminContract(ctx: ContractContext): void {
  describe("knowledge base", () => {
    it("upserts, reads, lists and deletes articles", async () => {
      const s = ctx.store();
      const article = { id: "kb1", locale: "zh" as const, title: "退货", body: "七天无理由", tags: ["return"] };
      await s.kb.upsert(article);
      await s.kb.upsert({ ...article, id: "kb0", locale: "en", title: "Returns", body: "30 days" });
      expect(await s.kb.get("kb1")).toEqual(article);
      await s.kb.upsert({ ...article, title: "退货政策" });
      expect((await s.kb.get("kb1"))?.title).toBe("退货政策");
      expect((await s.kb.all()).map((a) => a.id)).toEqual(["kb0", "kb1"]);
      expect(await s.kb.delete("kb1")).toBe(true);
      expect(await s.kb.delete("kb1")).toBe(false);
      expect(await s.kb.get("kb1")).toBeUndefined();
    });
  });

  describe("audit log", () => {
    it("appends and lists newest first, filtered by actor, action, entity and time", async () => {
      const s = ctx.store();
      const event = (id: string, minute: number, action: string, actorId = "u1") => ({
        id,
        at: at(minute),
        actor: { type: "staff" as const, id: actorId },
        action,
        entityType: "order",
        entityId: `o${minute}`,
        details: { minute },
      });
      await s.audit.append(event("a1", 1, "order.cancel"));
      await s.audit.append(event("a2", 2, "user.login", "u2"));
      await s.audit.append(event("a3", 3, "order.cancel"));
      expect((await s.audit.list({})).items.map((e) => e.id)).toEqual(["a3", "a2", "a1"]);
      expect((await s.audit.list({})).items[2]).toEqual(event("a1", 1, "order.cancel"));
      expect((await s.audit.list({ action: "order.cancel" })).total).toBe(2);
      expect((await s.audit.list({ actor: { type: "staff", id: "u2" } })).items.map((e) => e.id)).toEqual(["a2"]);
      expect((await s.audit.list({ entityId: "o3" })).items.map((e) => e.id)).toEqual(["a3"]);
      expect((await s.audit.list({ since: at(2) })).items.map((e) => e.id)).toEqual(["a3", "a2"]);
      expect(await s.audit.list({ limit: 1, offset: 1 })).toMatchObject({ total: 3, items: [{ id: "a2" }] });
    });
  });

  describe("staff users and sessions", () => {
    it("upserts, finds by email case-insensitively, lists, and refuses a second user with the same email", async () => {
      const s = ctx.store();
      await s.staff.upsert(staff("u1", "Ann@Shop.test"));
      await s.staff.upsert(staff("u2", "bob@shop.test"));
      expect(await s.staff.get("u1")).toEqual(staff("u1", "Ann@Shop.test"));
      expect((await s.staff.findByEmail("ANN@shop.test"))?.id).toBe("u1");
      expect(await s.staff.findByEmail("nobody@shop.test")).toBeUndefined();
      await s.staff.upsert({ ...staff("u1", "ann@shop.test"), disabled: true });
      expect((await s.staff.get("u1"))?.disabled).toBe(true);
      expect((await s.staff.list()).map((u) => u.id)).toEqual(["u1", "u2"]);
      await expect(s.staff.upsert(staff("u3", "BOB@shop.test"))).rejects.toThrow();
    });

    it("creates, reads and deletes sessions by token hash", async () => {
      const s = ctx.store();
      const session = { tokenHash: "h1", userId: "u1", expiresAt: at(60), createdAt: at(0) };
      await s.sessions.create(session);
      expect(await s.sessions.get("h1")).toEqual(session);
      await s.sessions.delete("h1");
      expect(await s.sessions.get("h1")).toBeUndefined();
    });

    it("ends every session of one user, and sweeps expired sessions only", async () => {
      const s = ctx.store();
      for (const [tokenHash, userId, expires] of [
        ["a1", "u1", 60],
        ["a2", "u1", 60],
        ["b1", "u2", 60],
        ["b2", "u2", 5],
      ] as const) {
        await s.sessions.create({ tokenHash, userId, expiresAt: at(expires), createdAt: at(0) });
      }
      expect(await s.sessions.deleteByUser("u1")).toBe(2);
      expect(await s.sessions.get("a1")).toBeUndefined();
      expect(await s.sessions.get("a2")).toBeUndefined();
      expect(await s.sessions.deleteExpired(at(10))).toBe(1);
      expect(await s.sessions.get("b2")).toBeUndefined();
      expect(await s.sessions.get("b1")).toBeDefined();
    });
  });

  describe("idempotency records", () => {
    it("stores the first record for a (scope, key) and refuses later ones, even when racing", async () => {
      const s = ctx.store();
      const record = {
        scope: "staff:u1 POST /orders/:id/cancel",
        key: "k1",
        requestHash: "abc",
        statusCode: 200,
        responseBody: '{"ok":true}',
        createdAt: at(0),
        expiresAt: at(3600),
      };
      expect(await s.idempotency.put(record)).toBe(true);
      expect(await s.idempotency.put({ ...record, statusCode: 500 })).toBe(false);
      expect(await s.idempotency.get(record.scope, "k1")).toEqual(record);
      expect(await s.idempotency.get("other scope", "k1")).toBeUndefined();
      const other = await ctx.openAnother();
      const race = await Promise.all([
        s.idempotency.put({ ...record, key: "k2" }),
        other.idempotency.put({ ...record, key: "k2" }),
      ]);
      expect(race.filter(Boolean)).toHaveLength(1);
    });

    it("finishes a pending claim with its response, and releases only a pending claim of the same time", async () => {
      const s = ctx.store();
      const claim = {
        scope: "anon:1 POST /kb",
        key: "c1",
        requestHash: "h",
        statusCode: 0,
        responseBody: "",
        createdAt: at(0),
        expiresAt: at(3600),
      };
      expect(await s.idempotency.put(claim)).toBe(true);
      await s.idempotency.release(claim.scope, claim.key, at(1));
      expect(await s.idempotency.get(claim.scope, "c1")).toEqual(claim);
      await s.idempotency.release(claim.scope, claim.key, at(0));
      expect(await s.idempotency.get(claim.scope, "c1")).toBeUndefined();

      expect(await s.idempotency.put(claim)).toBe(true);
      const done = { ...claim, statusCode: 201, responseBody: '{"id":"kb_1"}' };
      await s.idempotency.finish(done);
      expect(await s.idempotency.get(claim.scope, "c1")).toEqual(done);
      await s.idempotency.release(claim.scope, claim.key, at(0));
      expect(await s.idempotency.get(claim.scope, "c1")).toEqual(done);
    });

    it("deletes records once they expire, and only those", async () => {
      const s = ctx.store();
      const base = { scope: "anon:1 POST /x", requestHash: "h", statusCode: 200, responseBody: "{}", createdAt: at(0) };
      await s.idempotency.put({ ...base, key: "old", expiresAt: at(10) });
      await s.idempotency.put({ ...base, key: "new", expiresAt: at(100) });
      expect(await s.idempotency.deleteExpired(at(50))).toBe(1);
      expect(await s.idempotency.get(base.scope, "old")).toBeUndefined();
      expect(await s.idempotency.get(base.scope, "new")).toMatchObject({ expiresAt: at(100) });
    });
  });

  describe("settings", () => {
    it("stores any JSON value by key; undefined clears it", async () => {
      const s = ctx.store();
      expect(await s.settings.get("policy")).toBeUndefined();
      await s.settings.set("policy", { returnDays: 30, zh: "七天", nested: [1, null, true] });
      expect(await s.settings.get("policy")).toEqual({ returnDays: 30, zh: "七天", nested: [1, null, true] });
      await s.settings.set("policy", 7);
      expect(await s.settings.get("policy")).toBe(7);
      await s.settings.set("policy", undefined);
      expect(await s.settings.get("policy")).toBeUndefined();
    });
  });
}
