import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Store } from "../../../src/application/ports/store.js";
import { createStaffUser } from "../../../src/application/use-cases/staff/create-staff-user.js";
import { buildApp } from "../../../src/drivers/http/build-app.js";
import { createLocalEventBus } from "../../../src/infrastructure/realtime/event-bus-local.js";
import { randomSessionTokens } from "../../../src/infrastructure/security/random-session-tokens.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { SECRET, testPasswords } from "../fixtures/test-app.js";
import { openTarget, type StoreTarget, type TargetName } from "../storage/store-targets.js";

type Headers = { authorization: string };
const PASSWORD = "canned-password-1";

for (const target of ["sqlite", "postgres"] satisfies TargetName[]) {
  describe(`canned replies API on ${target}`, () => {
    let storeTarget: StoreTarget;
    let store: Store;
    let app: Awaited<ReturnType<typeof buildApp>>;
    let admin: Headers;
    let agent: Headers;
    const eventBus = createLocalEventBus();

    beforeAll(async () => {
      storeTarget = await openTarget(target);
      store = await storeTarget.open();
      const staffDeps = {
        store,
        clock: systemClock,
        ids: randomIds,
        passwords: testPasswords,
        tokens: randomSessionTokens,
      };
      for (const role of ["admin", "agent"] as const) {
        await createStaffUser(staffDeps, {
          email: `${role}@canned.test`,
          password: PASSWORD,
          role,
          name: role,
          actor: { type: "system", id: "test" },
        });
      }
      app = await buildApp({
        store,
        clock: systemClock,
        ids: randomIds,
        logger: silentLogger,
        eventBus,
        secret: SECRET,
        passwords: testPasswords,
      });
      await app.ready();
      const login = async (role: string): Promise<Headers> => {
        const res = await app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: { email: `${role}@canned.test`, password: PASSWORD },
        });
        return { authorization: `Bearer ${res.json().token}` };
      };
      admin = await login("admin");
      agent = await login("agent");
    }, 60_000);
    afterAll(async () => {
      await app?.close();
      await eventBus.close();
      await storeTarget?.destroy();
    });

    const valid = {
      locale: "zh",
      shortcut: "发货",
      title: "已发货",
      body: "{customer_name}您好，订单 {order_number} 已发货：{tracking_link}",
      actions: ["resolve"],
    };

    it("starts with the default replies in both languages, filtered by locale, for agents too", async () => {
      const zh = await app.inject({ method: "GET", url: "/api/v1/canned-replies?locale=zh", headers: agent });
      expect(zh.statusCode).toBe(200);
      const items: { locale: string; shortcut: string; body: string }[] = zh.json().items;
      expect(items.length).toBeGreaterThanOrEqual(5);
      expect(items.every((r) => r.locale === "zh")).toBe(true);
      expect(items.find((r) => r.shortcut === "hello")?.body).toContain("{agent}");
      const all = (await app.inject({ method: "GET", url: "/api/v1/canned-replies", headers: agent })).json();
      expect(all.total).toBe(all.items.length);
      expect(new Set(all.items.map((r: { locale: string }) => r.locale))).toEqual(new Set(["en", "zh"]));
    });

    it("lets admins create, update and delete, audited; agents get 403 on writes", async () => {
      const denied = await app.inject({
        method: "POST",
        url: "/api/v1/canned-replies",
        headers: agent,
        payload: valid,
      });
      expect(denied.statusCode).toBe(403);

      const created = await app.inject({
        method: "POST",
        url: "/api/v1/canned-replies",
        headers: admin,
        payload: valid,
      });
      expect(created.statusCode).toBe(201);
      const reply = created.json();
      expect(reply).toMatchObject({ ...valid, id: expect.any(String) });

      const edited = await app.inject({
        method: "PUT",
        url: `/api/v1/canned-replies/${reply.id}`,
        headers: admin,
        payload: { ...valid, title: "  已发货通知 ", actions: ["resolve", "assign_me"] },
      });
      expect(edited.statusCode).toBe(200);
      // Trimmed, and actions in the order the console runs them.
      expect(edited.json()).toMatchObject({
        title: "已发货通知",
        actions: ["assign_me", "resolve"],
        createdAt: reply.createdAt,
      });

      const listed = (
        await app.inject({ method: "GET", url: "/api/v1/canned-replies?locale=zh", headers: agent })
      ).json();
      expect(listed.items.filter((r: { id: string }) => r.id === reply.id)).toHaveLength(1);
      const en = (await app.inject({ method: "GET", url: "/api/v1/canned-replies?locale=en", headers: agent })).json();
      expect(en.items.some((r: { id: string }) => r.id === reply.id)).toBe(false);

      const removed = await app.inject({ method: "DELETE", url: `/api/v1/canned-replies/${reply.id}`, headers: admin });
      expect(removed.json()).toEqual({ ok: true });
      const again = await app.inject({ method: "DELETE", url: `/api/v1/canned-replies/${reply.id}`, headers: admin });
      expect(again.statusCode).toBe(404);
      expect(again.json().error.code).toBe("CANNED_REPLY_NOT_FOUND");

      const audit = await store.audit.list({ entityId: reply.id, offset: 0, limit: 10 });
      expect(audit.items.map((e) => e.action).sort()).toEqual([
        "canned_reply.create",
        "canned_reply.delete",
        "canned_reply.update",
      ]);
    });

    it("refuses bad input with a code per mistake and writes nothing", async () => {
      const before = (await store.cannedReplies.list()).length;
      const cases: [Record<string, unknown>, number, string][] = [
        [{ body: "Hi {customer}, {order_id}" }, 400, "CANNED_REPLY_UNKNOWN_VARIABLE"],
        [{ body: "   " }, 400, "CANNED_REPLY_EMPTY"],
        [{ title: "" }, 400, "CANNED_REPLY_EMPTY"],
        [{ body: "长".repeat(2001) }, 400, "CANNED_REPLY_TOO_LONG"],
        [{ title: "x".repeat(81) }, 400, "CANNED_REPLY_TOO_LONG"],
        [{ shortcut: "two words" }, 400, "CANNED_REPLY_SHORTCUT_INVALID"],
        [{ actions: ["resolve", "handback"] }, 400, "CANNED_REPLY_ACTIONS_CONFLICT"],
        [{ actions: ["delete_everything"] }, 400, "VALIDATION_FAILED"],
        [{ locale: "fr" }, 400, "VALIDATION_FAILED"],
        // A default Chinese reply already answers to /hello.
        [{ shortcut: "hello" }, 409, "CANNED_REPLY_SHORTCUT_TAKEN"],
      ];
      for (const [change, status, code] of cases) {
        const res = await app.inject({
          method: "POST",
          url: "/api/v1/canned-replies",
          headers: admin,
          payload: { ...valid, ...change },
        });
        expect({ change, status: res.statusCode, code: res.json().error?.code }).toEqual({ change, status, code });
      }
      const unknown = await app.inject({
        method: "POST",
        url: "/api/v1/canned-replies",
        headers: admin,
        payload: { ...valid, body: "Hi {customer}" },
      });
      expect(unknown.json().error.details).toMatchObject({ field: "body", variables: ["customer"] });
      const missing = await app.inject({
        method: "PUT",
        url: "/api/v1/canned-replies/canned_missing",
        headers: admin,
        payload: valid,
      });
      expect(missing.json().error.code).toBe("CANNED_REPLY_NOT_FOUND");
      expect((await store.cannedReplies.list()).length).toBe(before);
    });

    it("creates once when a client retries a POST with the same Idempotency-Key", async () => {
      const payload = { ...valid, shortcut: "retry" };
      const headers = { ...admin, "idempotency-key": `canned-${target}` };
      const first = await app.inject({ method: "POST", url: "/api/v1/canned-replies", headers, payload });
      const second = await app.inject({ method: "POST", url: "/api/v1/canned-replies", headers, payload });
      expect(first.statusCode).toBe(201);
      expect(second.statusCode).toBe(201);
      expect(second.headers["idempotent-replayed"]).toBe("true");
      expect(second.json().id).toBe(first.json().id);
      expect((await store.cannedReplies.list("zh")).filter((r) => r.shortcut === "retry")).toHaveLength(1);
    });

    it("answers 401 without a token", async () => {
      expect((await app.inject({ method: "GET", url: "/api/v1/canned-replies" })).statusCode).toBe(401);
    });
  });
}
