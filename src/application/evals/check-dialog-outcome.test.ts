import { describe, expect, it } from "vitest";
import type { Address } from "../../domain/shop/address.js";
import type { AfterSalesRequest } from "../../domain/shop/after-sales-request.js";
import type { Order } from "../../domain/shop/order.js";
import { checkDialogOutcome } from "./check-dialog-outcome.js";
import type { DialogOutcome, ShopSnapshot } from "./dialog-outcome.js";
import { EvalDialog } from "./eval-dialog.js";

const HOME: Address = {
  line1: "742 Market Street",
  line2: "",
  city: "San Francisco",
  state: "CA",
  zip: "94107",
  country: "USA",
};
const ORDER: Order = {
  id: "#W1",
  customerId: "c1",
  status: "pending",
  currency: "USD",
  address: HOME,
  items: [{ productId: "tshirt", variantId: "tshirt-blue-m", name: "T-Shirt", options: {}, priceCents: 1999 }],
  fulfillments: [],
  payments: [{ type: "payment", amountCents: 1999, paymentMethodId: "card" }],
  itemsChangedOnce: false,
  version: 0,
};
const shop = (order: Order, requests: AfterSalesRequest[] = []): ShopSnapshot => ({
  orders: { [order.id]: order },
  customers: {},
  requests: Object.fromEntries(requests.map((r) => [r.id, r])),
});
const REQUEST: AfterSalesRequest = {
  id: "asr_1",
  orderId: "#W1",
  customerId: "c1",
  kind: "modify_address",
  status: "completed",
  itemIndexes: [],
  newVariantIds: [],
  reason: "",
  amountCents: 0,
  createdBy: "bot:kefu",
  createdAt: "2026-11-23T10:00:00.000Z",
  details: {},
};

function outcome(after: ShopSnapshot, replies: string[][]): DialogOutcome {
  return {
    steps: replies.map((r, turn) => ({ turn, sent: `t${turn}`, replies: r, latencyMs: 1 })),
    before: shop(ORDER),
    after,
    conversationStatus: "bot",
    handoff: false,
  };
}

const moved = { ...ORDER, address: { ...HOME, line1: "88 Pine Road", city: "Oakland", zip: "94610" }, version: 1 };

describe("checkDialogOutcome", () => {
  const dialog = EvalDialog.parse({
    id: "addr",
    locale: "en",
    turns: [{ say: ["move #W1", "ship #W1 elsewhere"], reply: { contains: [["Oakland", "oakland"]] } }, "yes"],
    expect: {
      orders: { "#W1": { status: "pending", address: { line1: "88 pine road", city: ["Oakland"], zip: "94610" } } },
      newRequests: [{ order: "#W1", kind: "modify_address", status: "completed" }],
      language: "en",
      conversation: "bot",
    },
  });

  it("passes when the end state, the facts and the language match", () => {
    const good = outcome(shop(moved, [REQUEST]), [["New address: 88 Pine Road, Oakland. Confirm?"], ["Done."]]);
    expect(checkDialogOutcome(dialog, good)).toEqual([]);
  });

  it("names the first failing turn and every wrong field", () => {
    const garbage = {
      ...moved,
      address: { ...HOME, line1: "move #W1 to 88 Pine Road", city: "Oakland CA 94610?", zip: "" },
    };
    const bad = outcome(shop(garbage), [["请确认"], ["Done."]]);
    expect(checkDialogOutcome(dialog, bad)).toEqual([
      { turn: 0, reason: 'reply lacks "Oakland" or "oakland"' },
      { turn: 0, reason: 'reply not in en: "请确认"' },
      { reason: 'order #W1 address line1: expected "88 pine road", got "move #W1 to 88 Pine Road"' },
      { reason: 'order #W1 address city: expected "Oakland", got "Oakland CA 94610?"' },
      { reason: 'order #W1 address zip: expected "94610", got ""' },
      { reason: "no modify_address request created on #W1" },
    ]);
  });

  it("reports writes when the shopper backed out, and unexpected requests", () => {
    const backedOut = EvalDialog.parse({
      id: "keep",
      locale: "en",
      turns: ["cancel #W1", "no wait, keep it"],
      expect: { unchanged: true, newRequests: [], replyLacks: ["cancelled"], handoff: false },
    });
    const cancelled = { ...ORDER, status: "cancelled" as const, version: 1 };
    const result = checkDialogOutcome(
      backedOut,
      outcome(shop(cancelled, [{ ...REQUEST, kind: "cancel" }]), [["Cancel #W1?"], ["Order #W1 cancelled."]]),
    );
    expect(result).toEqual([
      { turn: 1, reason: 'reply says "cancelled"' },
      { reason: "unexpected cancel request created on #W1" },
      { reason: "expected nothing written, but changed: order #W1, request asr_1" },
    ]);
  });

  it("compares request fields and the order's payment method", () => {
    const pay = EvalDialog.parse({
      id: "pay",
      locale: "zh",
      turns: ["换成礼品卡"],
      expect: {
        orders: { "#W1": { paymentMethod: "gift" } },
        newRequests: [{ order: "#W1", kind: "modify_payment", paymentTo: "gift" }],
      },
    });
    const paidByPaypal = {
      ...ORDER,
      payments: [...ORDER.payments, { type: "payment" as const, amountCents: 1999, paymentMethodId: "paypal" }],
    };
    const request = { ...REQUEST, kind: "modify_payment" as const, details: { toPaymentMethodId: "paypal" } };
    expect(checkDialogOutcome(pay, outcome(shop(paidByPaypal, [request]), [["已更换"]]))).toEqual([
      { reason: "order #W1 paid with paypal, expected gift" },
      { reason: "modify_payment request on #W1 differs: paid with paypal" },
    ]);
  });

  it("keeps the original file format working", () => {
    const legacy = EvalDialog.parse({
      id: "legacy",
      locale: "en",
      turns: ["x"],
      expect: {
        orderStatus: { "#W1": "cancelled" },
        requests: { "#W1": ["invoice"] },
        replyFacts: ["#W1"],
        handoff: true,
      },
    });
    expect(checkDialogOutcome(legacy, outcome(shop(ORDER), [["no"]])).map((f) => f.reason)).toEqual([
      "order #W1: expected cancelled, got pending",
      "requests on #W1: expected [invoice], got []",
      "handoff: expected true",
      'no reply says "#W1"',
    ]);
  });
});
