import type { Actor } from "../../../domain/audit/audit-event.js";
import type { Message } from "../../../domain/conversation/message.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { RuleLog } from "../../../domain/policy/decision.js";
import { checkGiftCardCovers } from "../../../domain/policy/order-checks.js";
import type { AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Order } from "../../../domain/shop/order.js";
import type { Repositories } from "../../ports/store.js";
import { queuePlatformWrite } from "../platform/queue-platform-write.js";
import type { AfterSalesDeps } from "./after-sales-deps.js";
import { applyItemChanges } from "./apply-item-changes.js";
import { plannedChanges } from "./item-swap-records.js";
import { settleDifference, withGiftCardDelta, withTransaction } from "./money-moves.js";
import { auditOf } from "./request-records.js";
import { requireAllowed } from "./require-allowed.js";
import { postReviewNotice } from "./review-notice.js";

export interface ReviewInput {
  requestId: string;
  decision: "approve" | "reject";
  note?: string;
  actor: Actor;
}

export interface ReviewResult {
  request: AfterSalesRequest;
  order: Order | undefined;
  /** True when the request already had this outcome, so nothing was written. */
  replayed: boolean;
  /** The message that told the shopper, in the conversation that created the request. */
  notice?: Message;
}

const OUTCOME = { approve: ["completed", "approved"], reject: ["rejected"] } as const;

/** Completes an approved return: refund the returned lines to the chosen method (gift cards at once). */
export function completeReturn(order: Order, customer: Customer, request: AfterSalesRequest, at: string) {
  const method = request.refundMethodId ?? "";
  const next = withTransaction({ ...order, status: "returned" }, "refund", request.amountCents, method, at);
  const giftCard = customer.paymentMethods.some((m) => m.id === method && m.kind === "gift_card");
  return { order: next, customer: giftCard ? withGiftCardDelta(customer, method, request.amountCents) : customer };
}

/** Completes an approved exchange: swap the items and settle the difference, re-checking a gift card's balance. */
async function completeExchange(
  tx: Repositories,
  policy: AfterSalesDeps["loadPolicy"],
  order: Order,
  customer: Customer,
  request: AfterSalesRequest,
  at: string,
) {
  const differenceCents = -request.amountCents;
  const methodId = request.refundMethodId ?? "";
  const method = customer.paymentMethods.find((m) => m.id === methodId);
  const log = new RuleLog();
  const short = method
    ? checkGiftCardCovers(
        log,
        await policy(),
        "exchange.gift_card_covers_difference",
        method,
        differenceCents,
        order.currency,
      )
    : undefined;
  if (short) requireAllowed(short, `Completing exchange ${request.id}`);
  const items = await applyItemChanges(tx, order.items, plannedChanges(request));
  return settleDifference({ ...order, items, status: "exchanged" }, customer, differenceCents, methodId, at);
}

/**
 * An agent's review of a requested return, exchange or service request. Approving a return or
 * exchange completes it (refund, item swap, payment history); rejecting puts the order back to delivered.
 */
export async function reviewAfterSalesRequest(deps: AfterSalesDeps, input: ReviewInput): Promise<ReviewResult> {
  return deps.store.transaction(async (tx) => {
    const request = await tx.afterSales.get(input.requestId);
    if (!request) throw new KefuError("NOT_FOUND", `After-sales request ${input.requestId} does not exist`);
    const order = await tx.orders.get(request.orderId);
    if ((OUTCOME[input.decision] as readonly string[]).includes(request.status))
      return { request, order, replayed: true };
    if (request.status !== "requested") {
      throw new KefuError("REQUEST_ALREADY_REVIEWED", `Request ${request.id} is already ${request.status}`, {
        details: { status: request.status },
      });
    }
    const at = deps.clock.nowIso();
    const note = input.note?.slice(0, 2000) ?? "";
    const money = request.kind === "return" || request.kind === "exchange";
    // An approved return or exchange of a platform order is made by the platform first (platform.write job), then mirrored.
    const viaPlatform = input.decision === "approve" && money && order?.external !== undefined;
    const status: AfterSalesRequest["status"] =
      input.decision === "reject" ? "rejected" : money && !viaPlatform ? "completed" : "approved";
    let savedOrder = order;
    if (money && !viaPlatform) {
      if (!order) throw new KefuError("ORDER_NOT_FOUND", `Order ${request.orderId} does not exist`);
      const customer = await tx.customers.get(order.customerId);
      if (!customer) throw new KefuError("CUSTOMER_NOT_FOUND", `Customer ${order.customerId} does not exist`);
      const waiting = request.kind === "return" ? "return_requested" : "exchange_requested";
      if (order.status !== waiting) {
        throw new KefuError("VERSION_CONFLICT", `Order ${order.id} is ${order.status}, not ${waiting}`);
      }
      let next: { order: Order; customer: Customer };
      if (input.decision === "reject") {
        next = {
          order: {
            ...order,
            status: "delivered",
            itemsChangedOnce: request.kind === "exchange" ? false : order.itemsChangedOnce,
          },
          customer,
        };
      } else if (request.kind === "return") {
        next = completeReturn(order, customer, request, at);
      } else {
        next = await completeExchange(tx, deps.loadPolicy, order, customer, request, at);
      }
      savedOrder = await tx.orders.update(next.order);
      if (next.customer !== customer) await tx.customers.upsert(next.customer);
    }
    let reviewed: AfterSalesRequest = {
      ...request,
      status,
      details: { ...request.details, review: { by: `${input.actor.type}:${input.actor.id}`, at, note } },
    };
    if (viaPlatform) {
      const waiting = request.kind === "return" ? "return_requested" : "exchange_requested";
      if (order?.status !== waiting) {
        throw new KefuError("VERSION_CONFLICT", `Order ${request.orderId} is ${order?.status}, not ${waiting}`);
      }
      reviewed = await queuePlatformWrite(tx, deps, reviewed, request.kind === "return" ? "refund" : "exchange");
    }
    await tx.afterSales.update(reviewed);
    await tx.audit.append(
      auditOf(
        deps,
        input.actor,
        `after_sales.${input.decision}`,
        { type: "after_sales_request", id: request.id },
        {
          orderId: request.orderId,
          kind: request.kind,
          status,
          amountCents: request.amountCents,
        },
      ),
    );
    // The shopper hears of a platform refund or exchange once the platform has made it (platform-write-outcome.ts).
    const notice = viaPlatform
      ? undefined
      : await postReviewNotice(tx, {
          request: reviewed,
          order: savedOrder,
          decision: input.decision,
          note,
          policy: await deps.loadPolicy(),
          now: at,
        });
    return { request: reviewed, order: savedOrder, replayed: false, ...(notice ? { notice } : {}) };
  });
}
