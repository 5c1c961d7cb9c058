import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  cancelOrder,
  exchangeOrderItems,
  modifyOrderAddress,
  modifyOrderItems,
  modifyOrderPayment,
  planAmountCents,
  previewAction,
  requestService,
  returnOrderItems,
  reviewAfterSalesRequest,
  updateDefaultAddress,
} from "../../src/application/use-cases/after-sales/index.js";
import { KefuError } from "../../src/domain/errors/kefu-error.js";
import { CHINA_POLICY, TAU2_POLICY } from "../../src/domain/policy/shop-policy.js";
import { NOW, OTHER_SHOPPER, SHOPPER } from "./policy-fixtures.js";
import { AGENT, BOT, ORDERS, openUseCaseWorld, snapshot, type UseCaseWorld } from "./use-case-fixtures.js";

let world: UseCaseWorld;

const me = { customerId: SHOPPER.id, actor: BOT, conversationId: "conv_1" };
const balance = async (id: string) =>
  (await world.store.customers.get(SHOPPER.id))?.paymentMethods.find((m) => m.id === id)?.balanceCents;
const auditActions = async () =>
  (await world.store.audit.list({ offset: 0, limit: 100 })).items.map((e) => e.action).sort();

async function rejection(run: () => Promise<unknown>): Promise<KefuError> {
  try {
    await run();
  } catch (error) {
    if (KefuError.isInstance(error)) return error;
    throw error;
  }
  throw new Error("expected a KefuError");
}

describe.each(["sqlite", "postgres"] as const)("after-sales use cases on %s", (target) => {
  beforeEach(async () => {
    world = await openUseCaseWorld(TAU2_POLICY, target);
  });
  afterEach(async () => {
    await world.dispose();
  });

  describe("cancelOrder", () => {
    it("cancels, refunds the card in the payment history, records the request and the audit event", async () => {
      const result = await cancelOrder(world.deps, { ...me, orderId: ORDERS.pending.id, reason: "no longer needed" });
      expect(result.replayed).toBe(false);
      const order = await world.store.orders.get(ORDERS.pending.id);
      expect(order?.status).toBe("cancelled");
      expect(order?.cancelReason).toBe("no longer needed");
      expect(order?.version).toBe(1);
      expect(order?.payments.at(-1)).toEqual({
        type: "refund",
        amountCents: 10000,
        paymentMethodId: "credit_card_7",
        at: NOW.toISOString(),
      });
      const [request] = await world.store.afterSales.listByOrder(ORDERS.pending.id);
      expect(request).toMatchObject({
        kind: "cancel",
        status: "completed",
        amountCents: 10000,
        conversationId: "conv_1",
        createdBy: "bot:kefu",
      });
      expect(await auditActions()).toEqual(["order.cancel"]);
      expect(await balance("gift_card_7")).toBe(5000);
    });

    it("a retried cancel replays the first result: no second refund, request or audit event", async () => {
      const first = await cancelOrder(world.deps, { ...me, orderId: ORDERS.pending.id, reason: "no longer needed" });
      const again = await cancelOrder(world.deps, { ...me, orderId: ORDERS.pending.id, reason: "no longer needed" });
      expect(again.replayed).toBe(true);
      expect(again.request.id).toBe(first.request.id);
      const order = await world.store.orders.get(ORDERS.pending.id);
      expect(order?.payments.filter((p) => p.type === "refund")).toHaveLength(1);
      expect(await world.store.afterSales.listByOrder(ORDERS.pending.id)).toHaveLength(1);
      expect(await auditActions()).toEqual(["order.cancel"]);
    });

    it("two concurrent cancels refund once: the loser replays or gets VERSION_CONFLICT", async () => {
      const input = { ...me, orderId: ORDERS.pending.id, reason: "no longer needed" };
      const results = await Promise.allSettled([cancelOrder(world.deps, input), cancelOrder(world.deps, input)]);
      const fulfilled = results.filter((r) => r.status === "fulfilled");
      expect(fulfilled.length).toBeGreaterThanOrEqual(1);
      for (const r of results) {
        if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "VERSION_CONFLICT" });
      }
      const order = await world.store.orders.get(ORDERS.pending.id);
      expect(order?.payments.filter((p) => p.type === "refund")).toHaveLength(1);
      expect(await world.store.afterSales.listByOrder(ORDERS.pending.id)).toHaveLength(1);
    });

    it("credits a gift card at once", async () => {
      await cancelOrder(world.deps, { ...me, orderId: ORDERS.pendingGift.id, reason: "ordered by mistake" });
      expect(await balance("gift_card_7")).toBe(9000);
    });

    it("a refused cancel throws POLICY_REFUSED with code, reason and rules, and writes nothing", async () => {
      const before = await snapshot(world.store, ORDERS.delivered.id);
      const error = await rejection(() =>
        cancelOrder(world.deps, { ...me, orderId: ORDERS.delivered.id, reason: "no longer needed" }),
      );
      expect(error.code).toBe("POLICY_REFUSED");
      expect(error.details).toMatchObject({
        code: "ORDER_STATUS_NOT_ALLOWED",
        reason: { en: expect.any(String), zh: expect.any(String) },
      });
      expect(error.details?.rules).toEqual([
        { rule: "cancel.status", passed: false, detail: expect.any(String), detailZh: expect.any(String) },
      ]);
      const badReason = await rejection(() =>
        cancelOrder(world.deps, { ...me, orderId: ORDERS.pending.id, reason: "too slow" }),
      );
      expect(badReason.details?.code).toBe("INVALID_REASON");
      expect(await snapshot(world.store, ORDERS.delivered.id)).toEqual(before);
      expect(await world.store.orders.get(ORDERS.pending.id)).toEqual(ORDERS.pending);
    });

    it("refuses another shopper's order and unknown orders", async () => {
      expect(
        (
          await rejection(() =>
            cancelOrder(world.deps, { ...me, orderId: ORDERS.othersOrder.id, reason: "no longer needed" }),
          )
        ).code,
      ).toBe("FORBIDDEN");
      expect(
        (await rejection(() => cancelOrder(world.deps, { ...me, orderId: "#NOPE", reason: "no longer needed" }))).code,
      ).toBe("ORDER_NOT_FOUND");
      expect((await world.store.orders.get(ORDERS.othersOrder.id))?.status).toBe("pending");
    });
  });

  describe("modifyOrderAddress and updateDefaultAddress", () => {
    const address = { line1: "9 Elm St", line2: "Apt 2", city: "Dallas", state: "TX", zip: "75201", country: "USA" };

    it("changes the order's address; a retry is replayed; the audit holds no address", async () => {
      await modifyOrderAddress(world.deps, { ...me, orderId: ORDERS.pending.id, address });
      const again = await modifyOrderAddress(world.deps, { ...me, orderId: ORDERS.pending.id, address });
      expect(again.replayed).toBe(true);
      expect((await world.store.orders.get(ORDERS.pending.id))?.address).toEqual(address);
      const events = (await world.store.audit.list({ offset: 0, limit: 10 })).items;
      expect(events).toHaveLength(1);
      expect(JSON.stringify(events[0]?.details)).not.toContain("Elm");
      expect(events[0]?.details.changed).toEqual(["line1", "line2", "city", "zip"]);
    });

    it("updates the default address of the shopper only", async () => {
      const customer = await updateDefaultAddress(world.deps, { customerId: SHOPPER.id, address, actor: BOT });
      expect(customer.defaultAddress).toEqual(address);
      expect((await world.store.customers.get(SHOPPER.id))?.defaultAddress).toEqual(address);
      expect((await world.store.orders.get(ORDERS.pending.id))?.address).toEqual(ORDERS.pending.address);
      expect(await auditActions()).toEqual(["customer.update_default_address"]);
    });
  });

  describe("modifyOrderPayment", () => {
    it("charges the new method, refunds the original", async () => {
      await modifyOrderPayment(world.deps, { ...me, orderId: ORDERS.pending.id, paymentMethodId: "paypal_7" });
      const order = await world.store.orders.get(ORDERS.pending.id);
      expect(order?.status).toBe("pending");
      expect(order?.payments.map((p) => [p.type, p.paymentMethodId, p.amountCents])).toEqual([
        ["payment", "credit_card_7", 10000],
        ["payment", "paypal_7", 10000],
        ["refund", "credit_card_7", 10000],
      ]);
    });

    it("moves gift-card balances both ways and replays a retry", async () => {
      await modifyOrderPayment(world.deps, { ...me, orderId: ORDERS.pendingGift.id, paymentMethodId: "paypal_7" });
      expect(await balance("gift_card_7")).toBe(9000);
      const again = await modifyOrderPayment(world.deps, {
        ...me,
        orderId: ORDERS.pendingGift.id,
        paymentMethodId: "paypal_7",
      });
      expect(again.replayed).toBe(true);
      expect(await balance("gift_card_7")).toBe(9000);
    });

    it("refuses a gift card that cannot cover the total", async () => {
      const before = await snapshot(world.store, ORDERS.pending.id);
      const error = await rejection(() =>
        modifyOrderPayment(world.deps, { ...me, orderId: ORDERS.pending.id, paymentMethodId: "gift_card_7" }),
      );
      expect(error.details?.code).toBe("GIFT_CARD_BALANCE_INSUFFICIENT");
      expect(await snapshot(world.store, ORDERS.pending.id)).toEqual(before);
    });
  });

  describe("modifyOrderItems", () => {
    const change = {
      orderId: ORDERS.pending.id,
      itemIndexes: [0],
      newVariantIds: ["shirt-blue-l"],
      paymentMethodId: "gift_card_7",
    };

    it("swaps the item, marks the order, charges the gift card the difference", async () => {
      const result = await modifyOrderItems(world.deps, { ...me, ...change });
      expect(result.request).toMatchObject({
        kind: "modify_items",
        status: "completed",
        amountCents: -500,
        newVariantIds: ["shirt-blue-l"],
      });
      const order = await world.store.orders.get(ORDERS.pending.id);
      expect(order?.status).toBe("pending_items_modified");
      expect(order?.itemsChangedOnce).toBe(true);
      expect(order?.items[0]).toMatchObject({
        variantId: "shirt-blue-l",
        options: { color: "blue", size: "L" },
        priceCents: 2500,
      });
      expect(order?.payments.at(-1)).toMatchObject({
        type: "payment",
        amountCents: 500,
        paymentMethodId: "gift_card_7",
      });
      expect(await balance("gift_card_7")).toBe(4500);
    });

    it("is replayed on retry and refused for anything else afterwards", async () => {
      await modifyOrderItems(world.deps, { ...me, ...change });
      expect((await modifyOrderItems(world.deps, { ...me, ...change })).replayed).toBe(true);
      expect(await balance("gift_card_7")).toBe(4500);
      const second = await rejection(() =>
        modifyOrderItems(world.deps, { ...me, ...change, newVariantIds: ["shirt-green-s"] }),
      );
      expect(second.details?.code).toBe("ORDER_STATUS_NOT_ALLOWED");
      const cancel = await rejection(() =>
        cancelOrder(world.deps, { ...me, orderId: ORDERS.pending.id, reason: "no longer needed" }),
      );
      expect(cancel.details?.code).toBe("ORDER_STATUS_NOT_ALLOWED");
    });

    it("refunds a cheaper option to the chosen method", async () => {
      await modifyOrderItems(world.deps, {
        ...me,
        ...change,
        newVariantIds: ["shirt-green-s"],
        paymentMethodId: "gift_card_low",
      });
      expect(await balance("gift_card_low")).toBe(600);
      const order = await world.store.orders.get(ORDERS.pending.id);
      expect(order?.payments.at(-1)).toMatchObject({
        type: "refund",
        amountCents: 500,
        paymentMethodId: "gift_card_low",
      });
    });

    it("refuses unknown and other-product variants without writing", async () => {
      const before = await snapshot(world.store, ORDERS.pending.id);
      expect(
        (await rejection(() => modifyOrderItems(world.deps, { ...me, ...change, newVariantIds: ["ghost"] }))).details
          ?.code,
      ).toBe("VARIANT_NOT_FOUND");
      expect(
        (await rejection(() => modifyOrderItems(world.deps, { ...me, ...change, newVariantIds: ["lamp-black"] })))
          .details?.code,
      ).toBe("DIFFERENT_PRODUCT");
      expect(await snapshot(world.store, ORDERS.pending.id)).toEqual(before);
    });
  });

  describe("returnOrderItems and its review", () => {
    const ret = { orderId: ORDERS.delivered.id, itemIndexes: [0], refundMethodId: "gift_card_7" };

    it("requests the return without moving money; approval refunds into the payment history and the gift card", async () => {
      const { request } = await returnOrderItems(world.deps, { ...me, ...ret });
      expect(request).toMatchObject({
        kind: "return",
        status: "requested",
        amountCents: 2000,
        refundMethodId: "gift_card_7",
        itemIndexes: [0],
      });
      expect((await world.store.orders.get(ORDERS.delivered.id))?.status).toBe("return_requested");
      expect(await balance("gift_card_7")).toBe(5000);

      const reviewed = await reviewAfterSalesRequest(world.deps, {
        requestId: request.id,
        decision: "approve",
        note: "received",
        actor: AGENT,
      });
      expect(reviewed.request.status).toBe("completed");
      const order = await world.store.orders.get(ORDERS.delivered.id);
      expect(order?.status).toBe("returned");
      expect(order?.payments.at(-1)).toMatchObject({
        type: "refund",
        amountCents: 2000,
        paymentMethodId: "gift_card_7",
      });
      expect(await balance("gift_card_7")).toBe(7000);
      expect((await world.store.afterSales.get(request.id))?.details.review).toMatchObject({
        by: "staff:usr_agent",
        note: "received",
      });
      expect(await auditActions()).toEqual(["after_sales.approve", "order.return_request"]);

      expect(
        (await reviewAfterSalesRequest(world.deps, { requestId: request.id, decision: "approve", actor: AGENT }))
          .replayed,
      ).toBe(true);
      expect(await balance("gift_card_7")).toBe(7000);
      const flip = await rejection(() =>
        reviewAfterSalesRequest(world.deps, { requestId: request.id, decision: "reject", actor: AGENT }),
      );
      expect(flip.code).toBe("REQUEST_ALREADY_REVIEWED");
    });

    it("a retried return request is replayed; a rejected one puts the order back to delivered", async () => {
      const first = await returnOrderItems(world.deps, { ...me, ...ret });
      expect((await returnOrderItems(world.deps, { ...me, ...ret })).request.id).toBe(first.request.id);
      await reviewAfterSalesRequest(world.deps, { requestId: first.request.id, decision: "reject", actor: AGENT });
      const order = await world.store.orders.get(ORDERS.delivered.id);
      expect(order?.status).toBe("delivered");
      expect(order?.payments).toEqual(ORDERS.delivered.payments);
    });

    it("under the China policy a 30-day-old delivery cannot be returned, and nothing is written", async () => {
      await world.setPolicy(CHINA_POLICY);
      const before = await snapshot(world.store, ORDERS.deliveredOld.id);
      const error = await rejection(() =>
        returnOrderItems(world.deps, {
          ...me,
          orderId: ORDERS.deliveredOld.id,
          itemIndexes: [0],
          refundMethodId: "credit_card_7",
        }),
      );
      expect(error.details?.code).toBe("RETURN_WINDOW_EXPIRED");
      expect(await snapshot(world.store, ORDERS.deliveredOld.id)).toEqual(before);
    });
  });

  describe("exchangeOrderItems and its review", () => {
    const exchange = {
      orderId: ORDERS.delivered.id,
      itemIndexes: [1],
      newVariantIds: ["lamp-black"],
      paymentMethodId: "gift_card_7",
    };

    it("requests, then on approval swaps the item and charges the difference", async () => {
      const { request } = await exchangeOrderItems(world.deps, { ...me, ...exchange });
      expect(request).toMatchObject({ kind: "exchange", status: "requested", amountCents: -1000 });
      const requested = await world.store.orders.get(ORDERS.delivered.id);
      expect(requested).toMatchObject({ status: "exchange_requested", itemsChangedOnce: true });
      expect(requested?.items).toEqual(ORDERS.delivered.items);

      await reviewAfterSalesRequest(world.deps, { requestId: request.id, decision: "approve", actor: AGENT });
      const order = await world.store.orders.get(ORDERS.delivered.id);
      expect(order?.status).toBe("exchanged");
      expect(order?.items[1]).toMatchObject({ variantId: "lamp-black", priceCents: 9000 });
      expect(order?.payments.at(-1)).toMatchObject({
        type: "payment",
        amountCents: 1000,
        paymentMethodId: "gift_card_7",
      });
      expect(await balance("gift_card_7")).toBe(4000);
    });

    it("approval re-checks the gift card and changes nothing when it no longer covers the difference", async () => {
      const { request } = await exchangeOrderItems(world.deps, { ...me, ...exchange });
      const drained = {
        ...SHOPPER,
        paymentMethods: SHOPPER.paymentMethods.map((m) => (m.id === "gift_card_7" ? { ...m, balanceCents: 10 } : m)),
      };
      await world.store.customers.upsert(drained);
      const before = await snapshot(world.store, ORDERS.delivered.id);
      const error = await rejection(() =>
        reviewAfterSalesRequest(world.deps, { requestId: request.id, decision: "approve", actor: AGENT }),
      );
      expect(error.details?.code).toBe("GIFT_CARD_BALANCE_INSUFFICIENT");
      expect(await snapshot(world.store, ORDERS.delivered.id)).toEqual(before);
    });

    it("a rejected exchange restores the order so it can be exchanged again", async () => {
      const { request } = await exchangeOrderItems(world.deps, { ...me, ...exchange });
      await reviewAfterSalesRequest(world.deps, { requestId: request.id, decision: "reject", actor: AGENT });
      expect(await world.store.orders.get(ORDERS.delivered.id)).toMatchObject({
        status: "delivered",
        itemsChangedOnce: false,
      });
    });
  });

  describe("previewAction and requestService", () => {
    it("previews without writing and gives the dialog's amount sign", async () => {
      const before = await snapshot(world.store, ORDERS.delivered.id);
      const decision = await previewAction(world.deps, {
        orderId: ORDERS.delivered.id,
        customerId: SHOPPER.id,
        action: {
          kind: "exchange",
          itemIndexes: [0],
          newVariantIds: ["shirt-green-s"],
          paymentMethodId: "credit_card_7",
        },
      });
      expect(decision.allowed).toBe(true);
      expect(planAmountCents(decision)).toBe(500);
      const cancel = await previewAction(world.deps, {
        orderId: ORDERS.pending.id,
        customerId: SHOPPER.id,
        action: { kind: "cancel", reason: "no longer needed" },
      });
      expect(planAmountCents(cancel)).toBe(10000);
      expect(await snapshot(world.store, ORDERS.delivered.id)).toEqual(before);
      await expect(
        previewAction(world.deps, {
          orderId: ORDERS.othersOrder.id,
          customerId: SHOPPER.id,
          action: { kind: "modify_address" },
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    });

    it("records a warranty request for an agent and approves it without touching the order", async () => {
      const request = await requestService(world.deps, {
        ...me,
        orderId: ORDERS.delivered.id,
        kind: "warranty",
        details: "lamp flickers",
      });
      expect(request).toMatchObject({ kind: "warranty", status: "requested", reason: "lamp flickers" });
      const reviewed = await reviewAfterSalesRequest(world.deps, {
        requestId: request.id,
        decision: "approve",
        actor: AGENT,
      });
      expect(reviewed.request.status).toBe("approved");
      expect(await world.store.orders.get(ORDERS.delivered.id)).toEqual(ORDERS.delivered);
      await expect(
        requestService(world.deps, {
          ...me,
          customerId: OTHER_SHOPPER.id,
          orderId: ORDERS.delivered.id,
          kind: "invoice",
          details: "",
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    });
  });
});
