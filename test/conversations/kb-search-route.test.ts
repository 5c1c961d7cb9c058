import { afterEach, describe, expect, it } from "vitest";
import { createKbSearch } from "../../src/application/agent/search-kb.js";
import type { Store } from "../../src/application/ports/store.js";
import { kbSearchRoutes } from "../../src/drivers/http/routes/kb-search-routes.js";
import { JiebaSegmenter } from "../../src/infrastructure/nlu/jieba-segmenter.js";
import { AGENT, createTestApp, type TestApp } from "../integration/fixtures/test-app.js";
import { KB_ARTICLES } from "./fixtures/fixture-shop.js";

describe("GET /api/v1/kb/search", () => {
  let t: TestApp;
  afterEach(async () => t.close());

  async function start(): Promise<TestApp> {
    let storeRef: Store | undefined;
    const kb = createKbSearch({
      store: { kb: { all: async () => (storeRef ? storeRef.kb.all() : []) } },
      segmenter: new JiebaSegmenter(),
    });
    return createTestApp({
      seed: async (store) => {
        storeRef = store;
        for (const a of KB_ARTICLES) await store.kb.upsert(a);
      },
      extraRoutes: [kbSearchRoutes({ kb })],
    });
  }

  it("finds articles for staff in both languages, best first, with answerability", async () => {
    t = await start();
    const staff = await t.login(AGENT);
    const en = await t.app.inject({
      method: "GET",
      url: "/api/v1/kb/search?q=how%20long%20for%20a%20refund&locale=en",
      headers: staff,
    });
    expect(en.statusCode, en.body).toBe(200);
    expect(en.json().items[0], en.body).toMatchObject({ id: "kb_refund_time_en", answerable: true });
    const zh = await t.app.inject({
      method: "GET",
      url: `/api/v1/kb/search?q=${encodeURIComponent("退款多久到账")}&locale=zh`,
      headers: staff,
    });
    expect(zh.json().items[0]).toMatchObject({ id: "kb_refund_time_zh", answerable: true });
  });

  it("serves widget shoppers and refuses anonymous callers", async () => {
    t = await start();
    const opened = (await t.app.inject({ method: "POST", url: "/api/v1/widget/conversations", payload: {} })).json();
    const shopper = { authorization: `Bearer ${opened.token}` };
    const res = await t.app.inject({ method: "GET", url: "/api/v1/kb/search?q=shipping%20fee", headers: shopper });
    expect(res.json().items?.[0], res.body).toMatchObject({ id: "kb_shipping_en" });
    const anon = await t.app.inject({ method: "GET", url: "/api/v1/kb/search?q=shipping" });
    expect(anon.statusCode).toBe(401);
    const bad = await t.app.inject({ method: "GET", url: "/api/v1/kb/search?q=", headers: shopper });
    expect(bad.statusCode).toBe(400);
  });
});
