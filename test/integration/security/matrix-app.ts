import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Store } from "../../../src/application/ports/store.js";
import { DEMO_SHOPPERS, seedDemoShop } from "../../../src/application/use-cases/shop-data/seed-demo-shop.js";
import { createStaffUser } from "../../../src/application/use-cases/staff/create-staff-user.js";
import { loadConfig } from "../../../src/drivers/config/load-config.js";
import type { ServerRuntime } from "../../../src/drivers/http/create-server.js";
import { defaultServerWiring } from "../../../src/drivers/http/server-wiring.js";
import { createLocalEventBus } from "../../../src/infrastructure/realtime/event-bus-local.js";
import { randomSessionTokens } from "../../../src/infrastructure/security/random-session-tokens.js";
import { signWidgetToken } from "../../../src/infrastructure/security/widget-token.js";
import { silentLogger } from "../../../src/infrastructure/system/pino-logger.js";
import { randomIds } from "../../../src/infrastructure/system/random-ids.js";
import { systemClock } from "../../../src/infrastructure/system/system-clock.js";
import { testPasswords } from "../fixtures/test-app.js";
import { openTarget, type StoreTarget, type TargetName } from "../storage/store-targets.js";
import { startSecurityApp } from "./security-app.js";

/** The callers of the authorization matrix, in the order their cells are listed. */
export const CALLERS = ["none", "forged", "shopperA", "shopperB", "agent", "admin", "disabled", "loggedOut"] as const;
export type Caller = (typeof CALLERS)[number];

export const EMMA = DEMO_SHOPPERS.en;
export const LI_NA = DEMO_SHOPPERS.zh;

export interface MatrixApp {
  app: FastifyInstance;
  store: Store;
  /** http://127.0.0.1:port (the app listens, for WebSocket tests). */
  url: string;
  /** Bearer token per caller (none has no token). */
  tokens: Record<Exclude<Caller, "none">, string>;
  /** Shopper A's conversation (verified as Emma) and shopper B's (verified as Li Na). */
  conversationA: string;
  conversationB: string;
  ids: { agent: string; admin: string };
  close(): Promise<void>;
}

const PASSWORD = "matrix-password-1";

/**
 * The full API (built-in and extra routes, as `kefu serve` wires them, without the bot so nothing
 * trains) on the demo shop in SQLite or PostgreSQL, with one token per kind of caller.
 */
export async function startMatrixApp(target: TargetName): Promise<MatrixApp> {
  const storeTarget: StoreTarget = await openTarget(target);
  const store = await storeTarget.open();
  const dataDir = mkdtempSync(join(tmpdir(), "kefu-security-"));
  await seedDemoShop(store, systemClock);
  const eventBus = createLocalEventBus();
  const runtime: ServerRuntime = {
    store,
    clock: systemClock,
    ids: randomIds,
    logger: silentLogger,
    eventBus,
    config: { ...loadConfig({}), dataDir, sqlitePath: join(dataDir, "unused.sqlite") },
  };
  const staffDeps = {
    store,
    clock: systemClock,
    ids: randomIds,
    passwords: testPasswords,
    tokens: randomSessionTokens,
  };
  const actor = { type: "system" as const, id: "test" };
  const users: Record<string, string> = {};
  for (const role of ["admin", "agent", "disabled", "loggedOut"] as const) {
    const created = await createStaffUser(staffDeps, {
      email: `${role.toLowerCase()}@matrix.local`,
      password: PASSWORD,
      role: role === "admin" ? "admin" : "agent",
      name: role,
      actor,
    });
    users[role] = created.id;
  }
  const extraRoutes = await defaultServerWiring({ jobs: false }).createExtraRoutes?.(runtime, { agent: undefined });
  const secured = await startSecurityApp(store, {
    eventBus,
    extraRoutes,
    listen: true,
    // Login throttling is tested elsewhere; here every caller logs in and the matrix calls login 8 times.
    loginRateLimit: 1000,
    // Every caller logs in and the matrix posts bad logins: lift the abuse limits, tested on their own elsewhere.
    rateLimits: {
      login: { max: 10_000, windowMs: 60_000 },
      loginAccount: { max: 10_000, windowMs: 60_000 },
      conversations: { max: 10_000, windowMs: 60_000 },
      messages: { max: 10_000, windowMs: 60_000 },
      handoffs: { max: 10_000, windowMs: 60_000 },
    },
  });
  const { app, url } = secured;
  const login = (role: string) => secured.login({ email: `${role.toLowerCase()}@matrix.local`, password: PASSWORD });
  const admin = await login("admin");
  const agent = await login("agent");
  const disabled = await login("disabled");
  const loggedOut = await login("loggedOut");
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const disable = await app.inject({
    method: "PATCH",
    url: `/api/v1/users/${users.disabled}`,
    headers: bearer(admin),
    payload: { disabled: true },
  });
  if (disable.statusCode !== 200) throw new Error(`disable: ${disable.body}`);
  await app.inject({ method: "POST", url: "/api/v1/auth/logout", headers: bearer(loggedOut) });

  const shopper = async (customerId: string) => {
    const opened = (await app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const conversation = await store.conversations.get(opened.conversation.id);
    if (!conversation) throw new Error("conversation was not stored");
    await store.conversations.update({ ...conversation, verifiedCustomerId: customerId });
    return { token: String(opened.token), conversationId: String(opened.conversation.id) };
  };
  const a = await shopper(EMMA.id);
  const b = await shopper(LI_NA.id);
  // Shopper A's own conversation id, signed with another secret: the signature must not verify.
  const forged = signWidgetToken("another-secret-0123456789", a.conversationId, new Date());

  return {
    app,
    store,
    url,
    tokens: { forged, shopperA: a.token, shopperB: b.token, agent, admin, disabled, loggedOut },
    conversationA: a.conversationId,
    conversationB: b.conversationId,
    ids: { agent: users.agent ?? "", admin: users.admin ?? "" },
    async close() {
      await secured.close();
      await eventBus.close();
      await storeTarget.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
