import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { DEMO_SHOPPERS } from "../../src/application/use-cases/shop-data/seed-demo-shop.js";
import type { LocalNlu } from "../../src/domain/nlu/create-local-nlu.js";
import { type DialogSession, openDialogSession } from "../../src/drivers/cli/commands/dialog-session.js";
import { loadDefaultNlu } from "../../src/infrastructure/nlu/load-default-nlu.js";
import { type ScriptedOpenAiServer, startScriptedOpenAiServer } from "./scripted-openai-server.js";
import { scriptedShopModel } from "./scripted-shop-model.js";

const emma = DEMO_SHOPPERS.en;
let nlu: LocalNlu;
let server: ScriptedOpenAiServer;
let session: DialogSession | undefined;

beforeAll(async () => {
  nlu = await loadDefaultNlu({ dataDir: join(tmpdir(), "kefu-test-nlu-models") });
  server = await startScriptedOpenAiServer(scriptedShopModel(() => "shop"));
});
afterAll(async () => {
  await server.close();
});
afterEach(async () => {
  await session?.close();
  session = undefined;
  server.requests.length = 0;
});

/** A verified Emma in LLM mode; returns the session and every reply of the given turns. */
async function chat(turns: string[]): Promise<{ s: DialogSession; replies: string[] }> {
  const llm = { baseUrl: server.baseUrl, model: "scripted", apiKey: "test-key", timeoutMs: 2000 };
  const s = await openDialogSession({ identityRule: "tau2", nlu, locale: "en", llm });
  session = s;
  const replies: string[] = [];
  for (const t of [`my email is ${emma.email}`, ...turns]) replies.push((await s.send(t)).replies.join("\n"));
  return { s, replies };
}

/** Outcomes of the understanding calls, oldest first: proves each turn came from tool calls. */
async function understandOutcomes(s: DialogSession): Promise<string[]> {
  const audit = await s.store.audit.list({ entityId: s.conversationId, action: "llm.understand", limit: 200 });
  return audit.items.map((e) => String(e.details.outcome)).reverse();
}

describe("the remaining flows, each driven by the model's tool calls", () => {
  it("modify items: a variant swap with the price difference, recorded on the order", async () => {
    const { s, replies } = await chat([
      "I want to change the items in order #W0010001",
      "the first item",
      "black / L",
      "yes",
    ]);
    expect(replies.at(-1)).toMatch(/^Sure! Done: Change items of order #W0010001: .*→ T-Shirt \(black \/ L\)/);
    const [request] = await s.store.afterSales.listByOrder(emma.orderIds.pending);
    expect(request).toMatchObject({ kind: "modify_items", newVariantIds: ["tshirt-black-l"] });
    expect(await understandOutcomes(s)).toEqual(Array(5).fill("ok"));
  });

  it("modify payment: only a method the policy offers, then the order is paid with it", async () => {
    const { s, replies } = await chat(["change the payment of order #W0010001", "paypal", "yes"]);
    expect(replies[1]).toContain("PayPal");
    expect(replies.at(-1)).toMatch(/^Sure! Done: Pay order #W0010001 with: PayPal/);
    const [request] = await s.store.afterSales.listByOrder(emma.orderIds.pending);
    expect(request?.kind).toBe("modify_payment");
    expect(await understandOutcomes(s)).toEqual(Array(4).fill("ok"));
  });

  it("refund status: the refund on record is reported, nothing is written", async () => {
    const { s, replies } = await chat(["where is my refund for order #W0010010"]);
    expect(replies.at(-1)).toMatch(/Refunded \$\d+\.\d\d on \d{4}-\d\d-\d\d/);
    // Only the completed return the demo shop was seeded with; the refund question writes nothing.
    const requests = await s.store.afterSales.listByOrder(emma.orderIds.returned);
    expect(requests.map((r) => [r.kind, r.status])).toEqual([["return", "completed"]]);
    expect(await understandOutcomes(s)).toEqual(["ok", "ok"]);
  });

  it("invoice: requested only after the shopper's yes", async () => {
    const { s, replies } = await chat(["I need an invoice for order #W0010005"]);
    expect(replies.at(-1)).toContain("Shall I go ahead?");
    expect(await s.store.afterSales.listByOrder(emma.orderIds.delivered)).toEqual([]);
    await s.send("yes");
    const [request] = await s.store.afterSales.listByOrder(emma.orderIds.delivered);
    expect(request).toMatchObject({ kind: "invoice", status: "requested" });
    expect(await understandOutcomes(s)).toEqual(["ok", "ok", "ok"]);
  });

  it("warranty: item and the shopper's own problem description", async () => {
    const { s, replies } = await chat([
      "warranty claim for order #W0010005",
      "the first item",
      "the keys stopped working",
      "yes",
    ]);
    expect(replies.at(-1)).toMatch(/^Sure! I've passed your request to ou/);
    expect(replies.at(-1)).toContain("#W0010005");
    const [request] = await s.store.afterSales.listByOrder(emma.orderIds.delivered);
    expect(request?.kind).toBe("warranty");
    expect(request?.reason).toContain("the keys stopped working");
    expect(await understandOutcomes(s)).toEqual(Array(5).fill("ok"));
  });

  it("complaint: order and details from one message, recorded after the yes", async () => {
    const { s, replies } = await chat(["I have a complaint about order #W0010004: the courier was rude", "yes"]);
    expect(replies.at(-1)).toMatch(/^Sure! I've passed your request to ou/);
    expect(replies.at(-1)).toContain("#W0010004");
    const [request] = await s.store.afterSales.listByOrder(emma.orderIds.shipped);
    expect(request).toMatchObject({ kind: "complaint", reason: "the courier was rude" });
    expect(await understandOutcomes(s)).toEqual(["ok", "ok", "ok"]);
  });

  it("update default address: the street is tokenised on the way out and restored on the customer", async () => {
    const { s } = await chat([
      "please change my default address",
      "address: 1 Main Street, Springfield, IL 62701",
      "yes",
    ]);
    const customer = await s.store.customers.get(emma.id);
    expect(JSON.stringify(customer)).toContain("1 Main Street");
    expect(server.requests.map((r) => r.raw).join("\n")).not.toContain("1 Main Street");
    expect(await understandOutcomes(s)).toEqual(Array(4).fill("ok"));
  });
});

describe("what the policy forbids, the model cannot do or reveal", () => {
  it("a cancel of a shipped order, confirmed through tool calls, is refused by the policy", async () => {
    const { s, replies } = await chat(["cancel order #W0010004", "no longer needed", "yes"]);
    expect((await s.store.orders.get(emma.orderIds.shipped))?.status).toBe("shipped");
    expect(await s.store.afterSales.listByOrder(emma.orderIds.shipped)).toEqual([]);
    expect(replies.join("\n")).not.toMatch(/Done:/);
    expect(await understandOutcomes(s)).toEqual(Array(4).fill("ok"));
  });

  it("another customer's order named by the shopper is not found, and nothing of it is disclosed", async () => {
    const other = DEMO_SHOPPERS.zh.orderIds.shipped;
    const { s, replies } = await chat([`where is my order ${other}`]);
    const tracking = (await s.store.orders.get(other))?.fulfillments.flatMap((f) => f.trackingIds) ?? [];
    expect(replies.at(-1)).toContain(`couldn't find order ${other}`);
    // The shopper's own orders may be listed; nothing about the other customer's order is.
    expect(replies.join("\n")).not.toMatch(new RegExp(`${other}[^\\n]*(shipped|in transit)`, "i"));
    for (const id of tracking) expect(replies.join("\n")).not.toContain(id);
    expect(await understandOutcomes(s)).toEqual(["ok", "ok"]);
  });
});
