import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EventBus } from "../../../src/application/ports/event-bus.js";
import type { Store } from "../../../src/application/ports/store.js";
import { buildApp } from "../../../src/drivers/http/build-app.js";
import { createRedisEventBus } from "../../../src/infrastructure/realtime/event-bus-redis.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import {
  ADMIN,
  AGENT,
  createTestApp,
  openTestStore,
  SECRET,
  type TestApp,
  testPasswords,
} from "../fixtures/test-app.js";
import { connect, type Frame } from "../fixtures/ws-client.js";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

type Viewers = { staffId: string; name: string; typing: boolean }[];
const viewersOf = (f: Frame) => f.viewers as Viewers;

// Two server instances on one database, each with its own Redis event bus connection, as behind a load balancer.
describe("presence and collision across two server instances (Redis event bus)", () => {
  const channel = `kefu-test-presence-${randomUUID().slice(0, 8)}`;
  let t: TestApp;
  let store2: Store;
  let app2: FastifyInstance;
  let bus1: EventBus;
  let bus2: EventBus;
  let base1: string;
  let base2: string;

  beforeAll(async () => {
    bus1 = await createRedisEventBus({ url: REDIS_URL, channel, logger: silentLogger });
    bus2 = await createRedisEventBus({ url: REDIS_URL, channel, logger: silentLogger });
    t = await createTestApp({ eventBus: bus1 });
    store2 = await openTestStore(t.dir);
    app2 = await buildApp({
      store: store2,
      clock: systemClock,
      ids: randomIds,
      logger: silentLogger,
      eventBus: bus2,
      secret: SECRET,
      passwords: testPasswords,
    });
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    await app2.listen({ port: 0, host: "127.0.0.1" });
    base1 = `ws://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    base2 = `ws://127.0.0.1:${(app2.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app2.close();
    await store2.close();
    await t.close();
    await bus2.close();
  });

  it("shows on one server who views and types on the other, takes the holder's name, and refuses a silent reply", async () => {
    const opened = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const id: string = opened.conversation.id;
    const agentAuth = await t.login(AGENT);
    const adminLogin = await app2.inject({ method: "POST", url: "/api/v1/auth/login", payload: ADMIN });
    const adminToken: string = adminLogin.json().token;
    const agentToken = agentAuth.authorization.slice("Bearer ".length);

    const admin = await connect(base2, adminToken);
    admin.send({ type: "subscribe_queue" });
    const agent = await connect(base1, agentToken);
    agent.send({ type: "resume", conversationId: id, afterSeq: 0 });
    await agent.next((f) => f.type === "resumed");
    agent.send({ type: "presence", conversationId: id, state: "viewing" });
    const seen = await admin.next((f) => f.type === "presence" && viewersOf(f).length === 1);
    expect(seen).toMatchObject({ conversationId: id, viewers: [{ name: "agent", typing: false }] });

    agent.send({ type: "presence", conversationId: id, state: "typing" });
    await admin.next((f) => f.type === "presence" && viewersOf(f)[0]?.typing === true);

    // The agent takes the chat on server 1; the admin's reply on server 2 is refused with the holder's name.
    const taken = await t.app.inject({ method: "POST", url: `/api/v1/conversations/${id}/assign`, headers: agentAuth });
    expect(taken.statusCode).toBe(200);
    const adminAuth = { authorization: `Bearer ${adminToken}` };
    const reply = (takeover?: boolean) =>
      app2.inject({
        method: "POST",
        url: `/api/v1/conversations/${id}/messages`,
        headers: adminAuth,
        payload: { text: "I'll handle this", clientMessageId: `admin-${String(takeover)}`, takeover },
      });
    const refused = await reply();
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: "CONVERSATION_ASSIGNED_TO_OTHER",
      details: { assigneeName: "agent" },
    });
    // The same refusal over the socket, with the frame's clientMessageId.
    admin.send({ type: "message", conversationId: id, clientMessageId: "ws-1", text: "hi" });
    expect(await admin.next((f) => f.type === "error" && f.clientMessageId === "ws-1")).toMatchObject({
      error: { code: "CONVERSATION_ASSIGNED_TO_OTHER" },
    });

    const forced = await reply(true);
    expect(forced.statusCode).toBe(201);
    const conversation = await t.store.conversations.get(id);
    expect(conversation?.assigneeId).not.toBe(taken.json().conversation.assigneeId);

    // Closing the agent's socket on server 1 clears its presence on server 2 at once.
    await agent.close();
    await admin.next((f) => f.type === "presence" && viewersOf(f).length === 0);
    await admin.close();
  });
});
