import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import type { EventBus } from "../../../src/application/ports/event-bus.js";
import type { Store } from "../../../src/application/ports/store.js";
import { SESSION_ENDED_CLOSE } from "../../../src/drivers/http/ws/socket-guard.js";
import { createLocalEventBus } from "../../../src/infrastructure/realtime/event-bus-local.js";
import { createRedisEventBus } from "../../../src/infrastructure/realtime/event-bus-redis.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { fixedClock } from "../../../src/infrastructure/system/system-clock.js";
import { openTarget, type StoreTarget, type TargetName } from "../storage/store-targets.js";
import {
  ADMIN,
  AGENT,
  closedWithin,
  openSocket,
  type SecurityApp,
  seedStaff,
  startSecurityApp,
} from "./security-app.js";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe.each<TargetName>(["sqlite", "postgres"])("sessions end everywhere (%s)", (target) => {
  let storeTarget: StoreTarget;
  const apps: SecurityApp[] = [];
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.close();
    await storeTarget.destroy();
  });

  async function start(bus?: EventBus, store?: Store) {
    const s = store ?? (await storeTarget.open());
    const a = await startSecurityApp(s, { listen: true, eventBus: bus });
    apps.push(a);
    return a;
  }

  async function setUp() {
    storeTarget = await openTarget(target);
    const store = await storeTarget.open();
    await seedStaff(store);
    const a = await start(undefined, store);
    const admin = await a.login(ADMIN);
    const users = (await a.app.inject({ method: "GET", url: "/api/v1/users", headers: bearer(admin) })).json();
    const agentId: string = users.items.find((u: { email: string }) => u.email === AGENT.email).id;
    const patchAgent = (body: Record<string, unknown>) =>
      a.app.inject({ method: "PATCH", url: `/api/v1/users/${agentId}`, headers: bearer(admin), payload: body });
    return { a, store, patchAgent };
  }

  it("logout closes the socket opened with that session and the token stops working", async () => {
    const { a } = await setUp();
    const token = await a.login(AGENT);
    const other = await a.login(AGENT);
    const socket = await openSocket(a.wsBase, token);
    const otherSocket = await openSocket(a.wsBase, other);
    expect(
      (await a.app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: bearer(token) })).statusCode,
    ).toBe(200);
    expect(await closedWithin(socket, 2000)).toBe(SESSION_ENDED_CLOSE);
    // Only that session ended: the agent's other login and socket live on.
    expect(await closedWithin(otherSocket, 300)).toBe("open");
    expect((await a.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: bearer(token) })).statusCode).toBe(
      401,
    );
    expect((await a.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: bearer(other) })).statusCode).toBe(
      200,
    );
    otherSocket.socket.close();
  });

  for (const [what, body] of [
    ["disabling the user", { disabled: true }],
    ["a password change", { password: "a-brand-new-password" }],
    ["a role change", { role: "admin" }],
  ] as const) {
    it(`${what} ends every session of the user, over HTTP and WebSocket`, async () => {
      const { a, patchAgent } = await setUp();
      const first = await a.login(AGENT);
      const second = await a.login(AGENT);
      const s1 = await openSocket(a.wsBase, first);
      const s2 = await openSocket(a.wsBase, second);
      s1.send({ type: "subscribe_queue" });
      expect((await patchAgent(body)).statusCode).toBe(200);
      expect(await closedWithin(s1, 2000)).toBe(SESSION_ENDED_CLOSE);
      expect(await closedWithin(s2, 2000)).toBe(SESSION_ENDED_CLOSE);
      for (const token of [first, second]) {
        const me = await a.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: bearer(token) });
        expect(me.statusCode).toBe(401);
      }
    });
  }

  it("a socket on another instance closes on logout through the Redis event bus", async () => {
    storeTarget = await openTarget(target);
    const storeA = await storeTarget.open();
    await seedStaff(storeA);
    const channel = `kefu-test-${randomUUID()}:events`;
    const busA = await createRedisEventBus({ url: REDIS_URL, channel, logger: silentLogger });
    const busB = await createRedisEventBus({ url: REDIS_URL, channel, logger: silentLogger });
    try {
      const a = await start(busA, storeA);
      const b = await start(busB);
      const token = await a.login(AGENT);
      const onB = await openSocket(b.wsBase, token);
      await a.app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: bearer(token) });
      // No frame is sent: the revocation event alone closes the socket on B.
      expect(await closedWithin(onB, 3000)).toBe(SESSION_ENDED_CLOSE);
    } finally {
      for (const app of apps.splice(0)) await app.close();
      await busA.close();
      await busB.close();
    }
  });

  it("without a shared bus, the next frame on the other instance finds the session gone and closes", async () => {
    storeTarget = await openTarget(target);
    const storeA = await storeTarget.open();
    await seedStaff(storeA);
    const a = await start(createLocalEventBus(), storeA);
    const b = await start(createLocalEventBus());
    const token = await a.login(AGENT);
    const onB = await openSocket(b.wsBase, token);
    await a.app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: bearer(token) });
    expect(await closedWithin(onB, 300)).toBe("open");
    onB.send({ type: "subscribe_queue" });
    expect(await closedWithin(onB, 2000)).toBe(SESSION_ENDED_CLOSE);
    expect(onB.frames).toEqual([]);
  });

  it("an expired session stops working over HTTP and its open socket closes at the next frame", async () => {
    storeTarget = await openTarget(target);
    const store = await storeTarget.open();
    await seedStaff(store);
    const clock = fixedClock(new Date());
    const a = await startSecurityApp(store, { listen: true, clock });
    apps.push(a);
    const token = await a.login(AGENT);
    const socket = await openSocket(a.wsBase, token);
    socket.send({ type: "subscribe_queue" });
    expect(await closedWithin(socket, 300)).toBe("open");
    // Sessions last 12 hours: one minute past that, the same token is dead everywhere.
    clock.advance(12 * 3600 * 1000 + 60_000);
    expect((await a.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: bearer(token) })).statusCode).toBe(
      401,
    );
    socket.send({ type: "subscribe_queue" });
    expect(await closedWithin(socket, 2000)).toBe(SESSION_ENDED_CLOSE);
    await expect(openSocket(a.wsBase, token)).rejects.toThrow(/401/);
  });
});
