import { describe, expect, it } from "vitest";
import type { Command } from "../../../domain/agent/command.js";
import { DialogState } from "../../../domain/dialog/dialog-state.js";
import type { Intent } from "../../../domain/nlu/intent.js";
import { CHINA_POLICY, type ShopPolicy, TAU2_POLICY } from "../../../domain/policy/shop-policy.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Order } from "../../../domain/shop/order.js";
import type { DialogReads } from "../../ports/dialog-reads.js";
import type { Store } from "../../ports/store.js";
import type { AfterSalesActions } from "../after-sales-actions.js";
import type { TurnContext } from "../turn-context.js";
import { handleConfirmation } from "./confirmation-handler.js";
import { handleDigression } from "./digression-handler.js";
import { handleDropRequest } from "./drop-request-handler.js";
import { handleFlowSwitch } from "./flow-switch-handler.js";
import { handleHandoff } from "./handoff-handler.js";
import { runDialogTurn } from "./run-pipeline.js";

const ADDRESS = { line1: "1 Main St", line2: "", city: "Springfield", state: "IL", zip: "62701", country: "USA" };
const CUSTOMER: Customer = {
  id: "c1",
  firstName: "Sara",
  lastName: "Doe",
  email: "sara@example.com",
  locale: "en",
  defaultAddress: ADDRESS,
  addresses: [],
  paymentMethods: [
    { id: "card_1", kind: "credit_card", brand: "visa", last4: "4242" },
    { id: "gift_1", kind: "gift_card", balanceCents: 5000 },
  ],
};
const DELIVERED: Order = {
  id: "#W1",
  customerId: "c1",
  status: "delivered",
  currency: "USD",
  address: ADDRESS,
  items: [
    { productId: "p1", variantId: "v1", name: "T-Shirt", options: { color: "red" }, priceCents: 2000 },
    { productId: "p2", variantId: "v2", name: "Mug", options: {}, priceCents: 1000 },
  ],
  fulfillments: [{ trackingIds: ["1Z999"], variantIds: ["v1", "v2"], carrier: "UPS", events: [] }],
  payments: [{ type: "payment", amountCents: 3000, paymentMethodId: "card_1" }],
  itemsChangedOnce: false,
  version: 0,
};

/** The store is never touched once the shopper is verified: everything reads through DialogReads. */
const untouchedStore = new Proxy<Store>(Object.create(null), {
  get() {
    throw new Error("the dialog read the store directly");
  },
});

function reads(policy: ShopPolicy): DialogReads {
  return {
    order: async (id) => (id.replace("#", "") === "W1" ? DELIVERED : undefined),
    ordersOf: async () => [DELIVERED],
    product: async () => undefined,
    findProducts: async () => [],
    requestsOf: async () => [],
    policy: async () => policy,
  };
}

function actions(writes: unknown[]): AfterSalesActions {
  return {
    preview: async () => ({ allowed: true, rules: [], amountCents: 2000 }),
    execute: async (request) => {
      writes.push(request);
      return { requestId: "asr_1", amountCents: 2000, status: "requested" };
    },
    eligibleFlows: async () => new Set(["return", "exchange"] as const),
    orderRefusal: async () => undefined,
  };
}

function turn(
  text: string,
  options: {
    state?: Partial<DialogState>;
    intent?: Intent;
    confidence?: number;
    commands?: Command[];
    policy?: ShopPolicy;
    writes?: unknown[];
    anger?: boolean;
  } = {},
): TurnContext {
  const state = DialogState.parse({ ...options.state });
  return {
    deps: {
      store: untouchedStore,
      reads: reads(options.policy ?? TAU2_POLICY),
      clock: { now: () => new Date("2026-11-23T10:00:00Z"), nowIso: () => "2026-11-23T10:00:00.000Z" },
      ids: { next: (p: string) => `${p}_1` },
      logger: {
        debug() {},
        info() {},
        warn() {},
        error() {},
        child() {
          return this;
        },
      },
      kb: { search: async () => [], best: async () => undefined },
      actions: actions(options.writes ?? []),
    },
    conversation: {
      id: "conv_1",
      channel: "widget",
      locale: "en",
      status: "bot",
      verifiedCustomerId: "c1",
      state: {},
      createdAt: "2026-11-23T09:00:00.000Z",
      updatedAt: "2026-11-23T09:00:00.000Z",
      lastSeq: 0,
    },
    state,
    locale: "en",
    text,
    understanding: {
      nlu: {
        language: "en",
        intent: options.intent ?? "out_of_scope",
        confidence: options.confidence ?? 0.3,
        ranking: [],
        entities: [],
        sentiment: {
          label: options.anger ? "negative" : "neutral",
          score: options.anger ? -0.9 : 0,
          anger: options.anger ?? false,
        },
      },
      commands: options.commands ?? [],
      source: "local",
    },
    customer: CUSTOMER,
    out: [],
    progressed: false,
    turn: { awaiting: state.awaiting, verifiedNow: false, answered: false },
  };
}

const RETURN_AT_CONFIRMATION: Partial<DialogState> = {
  active: { name: "return", slots: { orderId: "#W1", itemIndexes: [0], paymentMethodId: "card_1" } },
  awaiting: "confirmation",
};

/** A turn whose sentiment reads very negative without anger (what the model says of "sorry, my mistake"). */
function gloomy(text: string, state: Partial<DialogState>): TurnContext {
  const ctx = turn(text, { state });
  return {
    ...ctx,
    understanding: {
      ...ctx.understanding,
      nlu: { ...ctx.understanding.nlu, sentiment: { label: "negative", score: -0.63, anger: false } },
    },
  };
}

describe("turn pipeline handlers", () => {
  it("handoff: a shopper apologising for their own mistake after a negative turn is not handed off", async () => {
    const ctx = gloomy("sorry, my mistake - my paypal after all", {
      ...RETURN_AT_CONFIRMATION,
      lastSentiment: "negative",
    });
    expect(await handleHandoff(ctx)).toBe(false);
    expect(ctx.state.lastSentiment).toBe("neutral");
    const angry = gloomy("this is useless, still not fixed", { lastSentiment: "negative" });
    expect(await handleHandoff(angry)).toBe(true);
  });

  it("handoff: anger hands off at once", async () => {
    const ctx = turn("this is ridiculous!!!", { anger: true });
    expect(await handleHandoff(ctx)).toBe(true);
    expect(ctx.handoff?.reason).toBe("negative_sentiment");
  });

  it("confirmation: 'No, use my gift card instead' re-confirms with the gift card, nothing written", async () => {
    const writes: unknown[] = [];
    const ctx = turn("No, use my gift card instead", { state: RETURN_AT_CONFIRMATION, writes });
    expect(await handleConfirmation(ctx)).toBe(true);
    expect(ctx.state.active?.slots.paymentMethodId).toBe("gift_1");
    expect(ctx.state.awaiting).toBe("confirmation");
    expect(ctx.out.at(-1)?.text).toMatch(/Refund \$20\.00 to: gift card/);
    expect(writes).toEqual([]);
  });

  it("confirmation: a method the policy rules out is explained and the original is kept", async () => {
    const ctx = turn("refund it to my gift card", { state: RETURN_AT_CONFIRMATION, policy: CHINA_POLICY });
    expect(await handleConfirmation(ctx)).toBe(true);
    expect(ctx.out.map((m) => m.text).join("\n")).toMatch(/can't be used for this under the shop policy/);
    expect(ctx.state.active?.slots.paymentMethodId).toBe("card_1");
  });

  it("confirmation: yes on a return says it was submitted for review, not done", async () => {
    const writes: unknown[] = [];
    const ctx = turn("yes", { state: RETURN_AT_CONFIRMATION, writes });
    expect(await handleConfirmation(ctx)).toBe(true);
    expect(writes).toHaveLength(1);
    expect(ctx.out[0]?.text).toMatch(/submitted your request for review/);
    expect(ctx.out[0]?.text).not.toMatch(/^Done/);
  });

  it("drop-request: 'No wait, I want to keep it' drops the request without a handoff", async () => {
    const ctx = turn("No wait, I want to keep it", {
      state: { active: { name: "cancel_order", slots: { orderId: "#W1" } }, awaiting: "confirmation" },
    });
    expect(await handleDropRequest(ctx)).toBe(true);
    expect(ctx.state.active).toBeUndefined();
    expect(ctx.handoff).toBeUndefined();
    expect(ctx.out[0]?.text).toMatch(/dropped that request/);
  });

  it("digression: the return window comes from the live policy, then the pending question again", async () => {
    const ctx = turn("how many days do I have to return something?", {
      state: { active: { name: "return", slots: {} }, awaiting: "order_id" },
      policy: CHINA_POLICY,
    });
    expect(await handleDigression(ctx)).toBe(true);
    expect(ctx.out[0]?.text).toMatch(/within 7 days of delivery/);
    expect(ctx.out.at(-1)?.text).toMatch(/Which order is it about/);
  });

  it("digression: tracking number and gift-card balance from the shopper's own data", async () => {
    const tracking = turn("what's the tracking number of W1?", {
      commands: [{ type: "set_slot", slot: "order_id", value: "W1" }],
    });
    expect(await handleDigression(tracking)).toBe(true);
    expect(tracking.out[0]?.text).toMatch(/1Z999 \(UPS\)/);
    const balance = turn("whats my gift card balance");
    expect(await handleDigression(balance)).toBe(true);
    expect(balance.out[0]?.text).toMatch(/\$50\.00/);
  });

  it("flow switch: two requests in one message are queued and done in turn", async () => {
    const ctx = turn("return the mug and also where is my order?", {
      intent: "return",
      confidence: 0.9,
      commands: [{ type: "start_flow", flow: "return" }],
    });
    await handleFlowSwitch(ctx);
    expect(ctx.state.active?.name).toBe("return");
    expect(ctx.state.queue.map((f) => f.name)).toEqual(["order_status"]);
  });

  it("flow switch: clear wording of another request switches while the shopper picks items", async () => {
    const ctx = turn("hmm actually just tell me where W0010004 is", {
      state: { active: { name: "return", slots: { orderId: "#W1" } }, awaiting: "item_ids" },
      intent: "order_status",
      confidence: 0.5,
      commands: [{ type: "start_flow", flow: "order_status" }],
    });
    await handleFlowSwitch(ctx);
    expect(ctx.state.active?.name).toBe("order_status");
    expect(ctx.state.suspended.map((f) => f.name)).toEqual(["return"]);
  });

  it("stray yes: a bare 'yes' with nothing pending says so instead of searching the KB", async () => {
    const ctx = turn("yes", { intent: "confirm", confidence: 0.95, commands: [{ type: "confirm" }] });
    await runDialogTurn(ctx);
    expect(ctx.turn.handledBy).toBe("stray-yes");
    expect(ctx.out[0]?.text).toMatch(/nothing waiting for your confirmation/);
  });

  it("reason step: 'ok yes cancel' takes the common reason, shown for confirmation, nothing written", async () => {
    const writes: unknown[] = [];
    const ctx = turn("ok yes cancel", {
      state: { active: { name: "cancel_order", slots: { orderId: "#W1" } }, awaiting: "reason" },
      writes,
    });
    await runDialogTurn(ctx);
    expect(ctx.state.active?.slots.reason).toBe("no longer needed");
    expect(ctx.state.awaiting).toBe("confirmation");
    expect(ctx.out.at(-1)?.text).toMatch(/Reason: no longer needed[\s\S]*Shall I go ahead/);
    expect(writes).toEqual([]);
  });

  it("confirmation: no, then 'actually yes go ahead' shows the same request again; nothing written until yes", async () => {
    const writes: unknown[] = [];
    const no = turn("no wait", { state: RETURN_AT_CONFIRMATION, writes });
    await runDialogTurn(no);
    expect(no.turn.handledBy).toBe("confirmation");
    expect(no.state.active).toBeUndefined();
    expect(no.state.declined?.name).toBe("return");
    const again = turn("actually yes go ahead", { state: no.state, writes });
    await runDialogTurn(again);
    expect(again.state.active?.name).toBe("return");
    expect(again.state.awaiting).toBe("confirmation");
    expect(again.out.at(-1)?.text).toMatch(/Shall I go ahead/);
    expect(writes).toEqual([]);
    const yes = turn("yes", { state: again.state, writes });
    await runDialogTurn(yes);
    expect(writes).toHaveLength(1);
  });

  it("runs handlers in order: a digression at confirmation is answered and the confirmation asked again", async () => {
    const ctx = turn("how long do I have to return stuff?", { state: RETURN_AT_CONFIRMATION, policy: CHINA_POLICY });
    await runDialogTurn(ctx);
    expect(ctx.turn.handledBy).toBe("digression");
    expect(ctx.out.at(-1)?.text).toMatch(/Shall I go ahead/);
    expect(ctx.state.awaiting).toBe("confirmation");
  });
});
