import { afterEach, describe, expect, it } from "vitest";
import type { TargetName } from "../storage/store-targets.js";
import { openRawTarget, type RawTarget } from "./raw-target.js";
import { ADMIN, type SecurityApp, seedStaff, startSecurityApp } from "./security-app.js";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe.each<TargetName>(["sqlite", "postgres"])("idempotency without secrets (%s)", (target) => {
  let raw: RawTarget;
  let a: SecurityApp | undefined;
  afterEach(async () => {
    await a?.close();
    a = undefined;
    await raw.destroy();
  });

  async function start(options: Parameters<typeof startSecurityApp>[1] = {}) {
    raw = await openRawTarget(target);
    await seedStaff(raw.store);
    a = await startSecurityApp(raw.store, options);
    return a;
  }

  it("a login sent twice with one Idempotency-Key never returns a logged-out token and stores none", async () => {
    const app = await start();
    const keyed = () =>
      app.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        headers: { "idempotency-key": "login-1" },
        payload: ADMIN,
      });
    const first = await keyed();
    expect(first.statusCode).toBe(200);
    const dead: string = first.json().token;
    await app.app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: bearer(dead) });
    const replay = await keyed();
    expect(replay.statusCode).toBe(200);
    expect(replay.headers["idempotent-replayed"]).toBeUndefined();
    const fresh: string = replay.json().token;
    expect(fresh).not.toBe(dead);
    expect((await app.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: bearer(fresh) })).statusCode).toBe(
      200,
    );
    const rows = await raw.rows("idempotency_records");
    expect(rows.filter((r) => String(r.scope).endsWith("/auth/login"))).toEqual([]);
    expect(JSON.stringify(rows)).not.toContain(dead);
  });

  it("a replayed widget conversation opening gets a freshly signed token; the record holds none", async () => {
    const app = await start();
    const open = () =>
      app.app.inject({
        method: "POST",
        url: "/api/v1/widget/conversations",
        headers: { "idempotency-key": "w-1" },
        payload: {},
      });
    const first = await open();
    const replay = await open();
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    expect(replay.json().conversation.id).toBe(first.json().conversation.id);
    const token: string = replay.json().token;
    expect(token.startsWith("kw1.")).toBe(true);
    const read = await app.app.inject({
      method: "GET",
      url: `/api/v1/widget/conversations/${first.json().conversation.id}`,
      headers: bearer(token),
    });
    expect(read.statusCode).toBe(200);
    const rows = await raw.rows("idempotency_records");
    expect(rows).toHaveLength(1);
    expect(String(rows[0]?.response_body)).not.toContain("kw1.");
    expect(String(rows[0]?.response_body)).not.toContain(first.json().token);
    expect(rows[0]?.expires_at).toEqual(expect.any(String));
  });

  it("records expire: past the TTL a key runs again instead of replaying, and the sweep deletes them", async () => {
    const app = await start({ idempotencyTtlMs: 200 });
    const open = () =>
      app.app.inject({
        method: "POST",
        url: "/api/v1/widget/conversations",
        headers: { "idempotency-key": "w-2" },
        payload: {},
      });
    const first = await open();
    await new Promise((r) => setTimeout(r, 300));
    const later = await open();
    expect(later.headers["idempotent-replayed"]).toBeUndefined();
    expect(later.json().conversation.id).not.toBe(first.json().conversation.id);
    await new Promise((r) => setTimeout(r, 300));
    expect(await raw.store.idempotency.deleteExpired(new Date().toISOString())).toBe(1);
    expect(await raw.rows("idempotency_records")).toEqual([]);
  });
});
