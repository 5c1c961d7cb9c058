import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyPluginAsync } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationAgent } from "../../src/application/ports/conversation-agent.js";
import type { Store } from "../../src/application/ports/store.js";
import { DEMO_SHOPPERS, seedDemoShop } from "../../src/application/use-cases/shop-data/seed-demo-shop.js";
import { createAgentForRuntime } from "../../src/drivers/composition/compose-agent.js";
import { loadConfig } from "../../src/drivers/config/load-config.js";
import { llmUsageRoutes } from "../../src/drivers/http/routes/llm-usage-routes.js";
import { loadDefaultNlu } from "../../src/infrastructure/nlu/load-default-nlu.js";
import { createLocalEventBus } from "../../src/infrastructure/realtime/event-bus-local.js";
import { silentLogger } from "../../src/infrastructure/system/pino-logger.js";
import { randomIds } from "../../src/infrastructure/system/random-ids.js";
import { systemClock } from "../../src/infrastructure/system/system-clock.js";
import { AGENT, createTestApp, type TestApp } from "../integration/fixtures/test-app.js";
import { type ScriptedOpenAiServer, startScriptedOpenAiServer } from "./scripted-openai-server.js";
import { scriptedShopModel } from "./scripted-shop-model.js";

let server: ScriptedOpenAiServer;
let t: TestApp;

/** Prices as an operator sets them: KEFU_LLM_PRICE_INPUT / KEFU_LLM_PRICE_OUTPUT, USD per million tokens. */
const PRICE_IN = 2;
const PRICE_OUT = 8;

beforeAll(async () => {
  server = await startScriptedOpenAiServer(scriptedShopModel(() => "shop"));
  const nlu = await loadDefaultNlu({ dataDir: join(tmpdir(), "kefu-test-nlu-models") });
  const config = loadConfig({
    KEFU_DATA_DIR: tmpdir(),
    KEFU_LLM_BASE_URL: server.baseUrl,
    KEFU_LLM_MODEL: "scripted",
    KEFU_LLM_TIMEOUT_MS: "2000",
    KEFU_LLM_PRICE_INPUT: String(PRICE_IN),
    KEFU_LLM_PRICE_OUTPUT: String(PRICE_OUT),
  });
  // The app owns its store; the LLM agent and the usage route are built once it exists.
  let agent: ConversationAgent | undefined;
  let store: Store | undefined;
  const ready = () => {
    if (!agent || !store) throw new Error("test app not seeded");
    return { agent, store };
  };
  const usage: FastifyPluginAsync = async (app, opts) => llmUsageRoutes({ store: ready().store })(app, opts);
  t = await createTestApp({
    agent: { greet: (c) => ready().agent.greet(c), reply: (input) => ready().agent.reply(input) },
    extraRoutes: [usage],
    seed: async (s) => {
      store = s;
      await seedDemoShop(s, systemClock);
      const runtime = {
        store: s,
        clock: systemClock,
        ids: randomIds,
        logger: silentLogger,
        eventBus: createLocalEventBus(),
        config,
      };
      agent = await createAgentForRuntime(runtime, { nlu });
    },
  });
});
afterAll(async () => {
  await t.close();
  await server.close();
});

describe("GET /conversations/:id/llm-usage", () => {
  it("reports the conversation's calls, tokens, priced cost and latency from the audit log", async () => {
    const opened = (
      await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: { locale: "en" } })
    ).json();
    const id: string = opened.conversation.id;
    const shopper = { authorization: `Bearer ${opened.token}` };
    for (const [i, text] of ["where is my order #W0010004", `my email is ${DEMO_SHOPPERS.en.email}`].entries()) {
      const res = await t.app.inject({
        method: "POST",
        url: `/api/v1/widget/conversations/${id}/messages`,
        headers: shopper,
        payload: { text, clientMessageId: `m-${i}` },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const staff = await t.login(AGENT);
    const res = await t.app.inject({ method: "GET", url: `/api/v1/conversations/${id}/llm-usage`, headers: staff });
    expect(res.statusCode, res.body).toBe(200);
    const usage = res.json();
    const calls = server.requests.length;
    expect(calls).toBeGreaterThanOrEqual(4);
    // The scripted server reports 11 prompt and 7 completion tokens per call.
    expect(usage).toMatchObject({
      conversationId: id,
      calls,
      inputTokens: 11 * calls,
      outputTokens: 7 * calls,
      byPurpose: { understand: 2, phrase: calls - 2 },
      outcomes: { ok: calls, rejected: 0, failed: 0 },
    });
    expect(usage.costUsd).toBeCloseTo((calls * (11 * PRICE_IN + 7 * PRICE_OUT)) / 1e6, 10);
    expect(usage.latencyMsMean).toBeGreaterThanOrEqual(0);
    expect(usage.latencyMsMax).toBeGreaterThanOrEqual(usage.latencyMsMean);
    // The running totals written with the newest audit event agree with the rebuilt figures.
    const latest = (await t.store.audit.list({ entityId: id, limit: 1 })).items[0];
    expect(latest?.details.totals).toMatchObject({ calls, inputTokens: usage.inputTokens });
  });

  it("is staff-only and 404s for an unknown conversation", async () => {
    const opened = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const asShopper = await t.app.inject({
      method: "GET",
      url: `/api/v1/conversations/${opened.conversation.id}/llm-usage`,
      headers: { authorization: `Bearer ${opened.token}` },
    });
    expect(asShopper.statusCode).toBe(403);
    const staff = await t.login(AGENT);
    const missing = await t.app.inject({ method: "GET", url: "/api/v1/conversations/nope/llm-usage", headers: staff });
    expect(missing.statusCode).toBe(404);
  });
});
