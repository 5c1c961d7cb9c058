import { z } from "zod";
import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { Handoff } from "../../../domain/conversation/handoff.js";
import type { PlatformSwapResult } from "../../../domain/platform/platform-item-swap.js";
import { platformWriteOf } from "../../../domain/platform/platform-write.js";
import { Address } from "../../../domain/shop/address.js";
import type { AfterSalesRequest } from "../../../domain/shop/after-sales-request.js";
import type { Order } from "../../../domain/shop/order.js";
import type { KefuEvent } from "../../ports/event-bus.js";
import type { Repositories } from "../../ports/store.js";
import { mirrorItemSwap } from "../after-sales/mirror-item-swap.js";
import { withGiftCardDelta, withTransaction } from "../after-sales/money-moves.js";
import { auditOf } from "../after-sales/request-records.js";
import { completeReturn } from "../after-sales/review-after-sales-request.js";
import { postReviewNotice } from "../after-sales/review-notice.js";
import { activeHandoff, events, publishAll } from "../conversations/conversation-helpers.js";
import type { PlatformWriteDeps } from "./platform-write-deps.js";
import { platformDoneText, platformRefusedText } from "./platform-write-texts.js";

const BOT = { type: "bot" as const, id: "kefu" };
const PlannedRefunds = z.array(
  z.object({ paymentMethodId: z.string(), amountCents: z.number().int(), immediate: z.boolean().default(false) }),
);

/** The mirror's order after the platform made the change. */
async function mirrored(
  tx: Repositories,
  request: AfterSalesRequest,
  order: Order,
  at: string,
  lineItemIds: string[] | undefined,
) {
  const write = platformWriteOf(request.details);
  const customer = await tx.customers.get(order.customerId);
  if (write?.op === "refund" && customer) return completeReturn(order, customer, request, at);
  if ((write?.op === "modify_items" || write?.op === "exchange") && customer) {
    const status = write.op === "exchange" ? "exchanged" : "pending_items_modified";
    return mirrorItemSwap(tx, { order, customer, request, status, lineItemIds, at });
  }
  if (write?.op === "update_address") return { order: { ...order, address: Address.parse(request.details.address) } };
  let next: Order = { ...order, status: "cancelled", cancelReason: request.reason };
  let wallet = customer;
  for (const refund of PlannedRefunds.catch([]).parse(request.details.refunds)) {
    next = withTransaction(next, "refund", refund.amountCents, refund.paymentMethodId, at);
    if (refund.immediate && wallet) wallet = withGiftCardDelta(wallet, refund.paymentMethodId, refund.amountCents);
  }
  return { order: next, ...(wallet ? { customer: wallet } : {}) };
}

/** Appends a bot line to the request's conversation; returns the events to publish. */
async function tell(
  tx: Repositories,
  request: AfterSalesRequest,
  text: (conversation: Conversation) => string,
  step: string,
  at: string,
): Promise<{ conversation?: Conversation; events: KefuEvent[] }> {
  const conversation = request.conversationId ? await tx.conversations.get(request.conversationId) : undefined;
  if (!conversation) return { events: [] };
  const { message } = await tx.messages.append({
    conversationId: conversation.id,
    author: "bot",
    text: text(conversation),
    payload: {},
    explanation: { step, requestId: request.id },
    clientMessageId: `${step}-${request.id}`,
  });
  const next = { ...conversation, updatedAt: at, lastSeq: message.seq };
  await tx.conversations.update(next);
  return { conversation: next, events: [events.message(message), events.conversation(next)] };
}

/** The platform made the change: mirror it, complete the request and tell the shopper. */
export async function recordPlatformSuccess(
  deps: PlatformWriteDeps,
  requestId: string,
  result: PlatformSwapResult,
): Promise<void> {
  const { platformRef, lineItemIds } = result;
  const published = await deps.store.transaction(async (tx) => {
    const request = await tx.afterSales.get(requestId);
    const write = request && platformWriteOf(request.details);
    const order = request && (await tx.orders.get(request.orderId));
    if (!request || !write || write.state !== "pending" || !order) return [];
    const at = deps.clock.nowIso();
    const next = await mirrored(tx, request, order, at, lineItemIds);
    const saved = await tx.orders.update(next.order);
    if ("customer" in next && next.customer) await tx.customers.upsert(next.customer);
    const done: AfterSalesRequest = {
      ...request,
      status: "completed",
      details: {
        ...request.details,
        platformWrite: {
          ...write,
          state: "done",
          nextAttemptAt: undefined,
          updatedAt: at,
          ...(platformRef ? { platformRef } : {}),
          ...(lineItemIds ? { lineItemIds } : {}),
        },
      },
    };
    await tx.afterSales.update(done);
    await tx.audit.append(
      auditOf(deps, BOT, "platform.write_done", { type: "after_sales_request", id: request.id }, { op: write.op }),
    );
    // Refunds and exchanges were approved by staff: the shopper gets the approval notice now that the shop made them.
    if (write.op === "refund" || write.op === "exchange") {
      const notice = await postReviewNotice(tx, {
        request: done,
        order: saved,
        decision: "approve",
        note: "",
        policy: await deps.loadPolicy(),
        now: at,
      });
      const conversation = request.conversationId && (await tx.conversations.get(request.conversationId));
      return notice && conversation ? [events.message(notice), events.conversation(conversation)] : [];
    }
    return (await tell(tx, done, (c) => platformDoneText(write.op, order.id, c.locale), "platform:done", at)).events;
  });
  if (deps.eventBus) await publishAll(deps.eventBus, deps.logger, published);
}

/**
 * The platform refused the change (or stayed unavailable through every retry): nothing changes in the
 * mirror; the request records why, the shopper is told, and a human gets the conversation.
 */
export async function recordPlatformRefusal(
  deps: PlatformWriteDeps,
  requestId: string,
  input: { error: string; unavailable: boolean; attempts: number },
): Promise<void> {
  const published = await deps.store.transaction(async (tx) => {
    const request = await tx.afterSales.get(requestId);
    const write = request && platformWriteOf(request.details);
    if (!request || !write || write.state !== "pending") return [];
    const at = deps.clock.nowIso();
    const refused: AfterSalesRequest = {
      ...request,
      // A refused refund or exchange goes back to staff review; a refused cancel, address or item change is not done.
      status: write.op === "refund" || write.op === "exchange" ? "requested" : "rejected",
      details: {
        ...request.details,
        platformWrite: {
          ...write,
          state: input.unavailable ? "failed" : "refused",
          attempts: input.attempts,
          nextAttemptAt: undefined,
          lastError: input.error.slice(0, 500),
          updatedAt: at,
        },
      },
    };
    await tx.afterSales.update(refused);
    await tx.audit.append(
      auditOf(
        deps,
        BOT,
        "platform.write_refused",
        { type: "after_sales_request", id: request.id },
        { op: write.op, error: input.error.slice(0, 500), unavailable: input.unavailable },
      ),
    );
    const told = await tell(
      tx,
      refused,
      (c) => platformRefusedText(write.op, request.orderId, c.locale, input.error, input.unavailable),
      "platform:refused",
      at,
    );
    const out = [...told.events];
    const conversation = told.conversation;
    if (conversation && !activeHandoff(await tx.handoffs.listByConversation(conversation.id))) {
      const handoff: Handoff = {
        id: deps.ids.next("hof"),
        conversationId: conversation.id,
        reason: "platform_refused",
        summary: `The shop platform did not make the ${write.op.replace("_", " ")} of order ${request.orderId} (request ${request.id}): ${input.error.slice(0, 300)}. Nothing was changed in Kefu.`,
        priority: 70,
        status: "open",
        createdAt: at,
      };
      await tx.handoffs.create(handoff);
      const waiting = conversation.status === "bot" ? { ...conversation, status: "waiting_agent" as const } : undefined;
      if (waiting) await tx.conversations.update(waiting);
      out.push(events.handoff(handoff), ...(waiting ? [events.conversation(waiting)] : []));
    }
    return out;
  });
  if (deps.eventBus) await publishAll(deps.eventBus, deps.logger, published);
}
