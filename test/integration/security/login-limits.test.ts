import { afterEach, describe, expect, it } from "vitest";
import { openTarget, type StoreTarget, type TargetName } from "../storage/store-targets.js";
import { ADMIN, type SecurityApp, seedStaff, startSecurityApp } from "./security-app.js";

const login = (a: SecurityApp, payload: { email: string; password: string }, xff?: string) =>
  a.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload,
    ...(xff ? { headers: { "x-forwarded-for": xff } } : {}),
  });

describe.each<TargetName>(["sqlite", "postgres"])("login limits (%s)", (target) => {
  let storeTarget: StoreTarget;
  let a: SecurityApp | undefined;
  afterEach(async () => {
    await a?.close();
    a = undefined;
    await storeTarget.destroy();
  });

  async function start(options: Parameters<typeof startSecurityApp>[1]) {
    storeTarget = await openTarget(target);
    const store = await storeTarget.open();
    await seedStaff(store);
    a = await startSecurityApp(store, options);
    return { app: a, store };
  }

  it("rotating X-Forwarded-For does not escape the per-client limit when no proxy is trusted", async () => {
    const { app } = await start({ rateLimits: { login: { max: 3, windowMs: 60_000 } } });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      // A different unknown email each time, so only the per-client limit can apply.
      const res = await login(app, { email: `nobody${i}@x.test`, password: "wrong" }, `203.0.113.${i}`);
      statuses.push(res.statusCode);
      if (res.statusCode === 429) {
        expect(res.json().error.code).toBe("RATE_LIMITED");
        expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
  });

  it("behind a trusted proxy each forwarded client has its own budget", async () => {
    const { app } = await start({ rateLimits: { login: { max: 3, windowMs: 60_000 } }, trustProxy: ["127.0.0.1"] });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await login(app, { email: `nobody${i}@x.test`, password: "wrong" }, `203.0.113.${i}`);
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    // ...but one forwarded client is still limited.
    const same: number[] = [];
    for (let i = 0; i < 4; i++)
      same.push((await login(app, { email: `x${i}@x.test`, password: "w" }, "198.51.100.7")).statusCode);
    expect(same).toEqual([401, 401, 401, 429]);
  });

  it("locks an account after repeated failures from many clients, audits it, and refuses even the right password", async () => {
    const { app, store } = await start({
      trustProxy: ["127.0.0.1"],
      rateLimits: { loginAccount: { max: 4, windowMs: 60_000 } },
    });
    for (let i = 0; i < 4; i++) {
      const res = await login(app, { email: ADMIN.email, password: `guess-${i}` }, `192.0.2.${i}`);
      expect(res.statusCode).toBe(401);
    }
    const locked = await login(app, ADMIN, "192.0.2.200");
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error).toMatchObject({ code: "RATE_LIMITED", details: { retryAfterSeconds: 60 } });
    expect(locked.headers["retry-after"]).toBe("60");
    const audit = await store.audit.list({ action: "user.locked_out", limit: 10 });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]?.details).toMatchObject({ failures: 4 });
    // Other accounts are unaffected; an unknown email locks out the same way (no enumeration).
    for (let i = 0; i < 4; i++) await login(app, { email: "ghost@x.test", password: "w" }, `192.0.2.${50 + i}`);
    expect((await login(app, { email: "ghost@x.test", password: "w" }, "192.0.2.99")).statusCode).toBe(429);
  });

  it("a success before the lockout clears the failure count", async () => {
    const { app } = await start({ rateLimits: { loginAccount: { max: 3, windowMs: 60_000 } } });
    for (let i = 0; i < 2; i++)
      expect((await login(app, { email: ADMIN.email, password: "bad" })).statusCode).toBe(401);
    expect((await login(app, ADMIN)).statusCode).toBe(200);
    for (let i = 0; i < 2; i++)
      expect((await login(app, { email: ADMIN.email, password: "bad" })).statusCode).toBe(401);
    expect((await login(app, ADMIN)).statusCode).toBe(200);
  });

  it("the anonymous idempotency scope ignores a spoofed X-Forwarded-For", async () => {
    const { app } = await start({});
    const open = (xff: string) =>
      app.app.inject({
        method: "POST",
        url: "/api/v1/widget/conversations",
        headers: { "idempotency-key": "same-key", "x-forwarded-for": xff },
        payload: {},
      });
    const first = await open("203.0.113.1");
    const second = await open("203.0.113.2");
    expect(first.statusCode).toBe(201);
    // Same socket address, same scope: the second call is a replay of the first, not a new conversation.
    expect(second.headers["idempotent-replayed"]).toBe("true");
    expect(second.json().conversation.id).toBe(first.json().conversation.id);
  });
});
