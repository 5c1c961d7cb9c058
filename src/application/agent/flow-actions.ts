import { z } from "zod";
import type { ActiveFlow } from "../../domain/dialog/dialog-state.js";
import { appendLog } from "../../domain/dialog/dialog-state.js";
import { KefuError } from "../../domain/errors/kefu-error.js";
import type { Order } from "../../domain/shop/order.js";
import { advanceFlow } from "./advance-flow.js";
import type { ActionPreview, ActionRequest } from "./after-sales-actions.js";
import { productsOf } from "./flow-slots.js";
import { flowModule } from "./flows/flow-registry.js";
import { append, offer, say, type TurnContext, yesNo } from "./turn-context.js";

/** A refusal reason in both languages, as the policy gives it in KefuError details. */
const Bilingual = z.object({ en: z.string(), zh: z.string() });

export function actionRequest(ctx: TurnContext, flow: ActiveFlow): ActionRequest {
  const s = flow.slots;
  return {
    flow: flow.name,
    customerId: ctx.customer?.id ?? "",
    conversationId: ctx.conversation.id,
    ...(s.orderId ? { orderId: s.orderId } : {}),
    ...(s.itemIndexes ? { itemIndexes: s.itemIndexes } : {}),
    ...(s.newVariantIds ? { newVariantIds: s.newVariantIds } : {}),
    ...(s.reason ? { reason: s.reason } : {}),
    ...(s.paymentMethodId ? { paymentMethodId: s.paymentMethodId } : {}),
    ...(s.address
      ? { address: { line1: "", line2: "", city: "", state: "", zip: "", country: "", ...s.address } }
      : {}),
    ...(s.details ? { details: s.details } : {}),
  };
}

/**
 * Ends the active flow and picks the next request: the next queued one of the same message, else a
 * suspended one, else asks whether there is anything else. The caller advances the returned flow.
 */
export function finishFlow(ctx: TurnContext): ActiveFlow | undefined {
  const fromQueue = ctx.state.queue.length > 0;
  const queue = [...ctx.state.queue];
  const suspended = [...ctx.state.suspended];
  const next = queue.shift() ?? suspended.pop();
  ctx.state = {
    ...ctx.state,
    active: next,
    queue,
    suspended,
    awaiting: next ? undefined : "anything_else",
    choices: [],
  };
  if (next) say(ctx, fromQueue ? "next_request" : "resume", {}, { facts: [] });
  else append(ctx, "anything_else");
  return next;
}

/** Explains a refusal with the policy's own reason and offers a human. */
export function refuse(
  ctx: TurnContext,
  flow: ActiveFlow,
  preview: Pick<ActionPreview, "code" | "reason" | "rules">,
  order?: Order,
): void {
  const reason = preview.reason?.[ctx.locale] ?? preview.code ?? "";
  say(ctx, "refused", { reason }, { facts: [], rules: preview.rules, step: "refused" });
  // Name what is still possible: a shipped order can't be cancelled but can be returned once delivered.
  if (flow.name === "cancel_order" && order && ["shipped", "delivered"].includes(order.status)) {
    append(ctx, "refused_cancel_offer_return");
  }
  offer(ctx, yesNo(ctx.locale));
  ctx.state = appendLog(
    { ...ctx.state, active: undefined, refused: flow, awaiting: "handoff_offer" },
    `${flow.name} ${flow.slots.orderId ?? ""} refused: ${preview.code ?? preview.reason?.en ?? "policy"}`,
  );
}

/** Asks the policy; lists the details and asks for an explicit yes, or explains the refusal. */
export async function previewAndConfirm(ctx: TurnContext, flow: ActiveFlow, order: Order | undefined): Promise<void> {
  const customer = ctx.customer;
  if (!customer) return;
  const preview = await ctx.deps.actions.preview(actionRequest(ctx, flow));
  if (!preview.allowed) return refuse(ctx, flow, preview, order);
  const products = order ? await productsOf(ctx, order) : [];
  const lines = flowModule(flow.name).describe({
    flow,
    ...(order ? { order } : {}),
    customer,
    products,
    locale: ctx.locale,
    ...(preview.amountCents !== undefined ? { amountCents: preview.amountCents } : {}),
  });
  say(
    ctx,
    "confirm",
    { details: lines.map((l) => `• ${l}`).join("\n") },
    {
      facts: [order?.id ?? ""].filter(Boolean),
      rules: preview.rules,
      step: "confirm",
    },
  );
  offer(ctx, yesNo(ctx.locale));
  ctx.state = { ...ctx.state, awaiting: "confirmation" };
}

/** Runs the confirmed request through the after-sales use cases; policy refusals are explained. */
export async function executeConfirmed(ctx: TurnContext, flow: ActiveFlow): Promise<void> {
  const order = flow.slots.orderId ? await ctx.deps.reads.order(flow.slots.orderId) : undefined;
  const customer = ctx.customer;
  if (!customer) return;
  const products = order ? await productsOf(ctx, order) : [];
  try {
    const result = await ctx.deps.actions.execute(actionRequest(ctx, flow));
    const lines = flowModule(flow.name).describe({
      flow,
      ...(order ? { order } : {}),
      customer,
      products,
      locale: ctx.locale,
      ...(result.amountCents !== undefined ? { amountCents: result.amountCents } : {}),
    });
    // Say what actually happened: done, or only submitted and waiting for staff.
    const waits = result.status === "requested";
    // "approved" from an order action: sent to the shop platform, mirrored only once it has done it.
    const sentToShop = result.status === "approved" && flowModule(flow.name).spec.action !== "service";
    const key = sentToShop
      ? "submitted_platform"
      : !waits
        ? "done"
        : flowModule(flow.name).spec.action === "service"
          ? "submitted"
          : "submitted_review";
    say(
      ctx,
      key,
      { what: lines.join("; "), requestId: result.requestId ?? "" },
      { facts: [order?.id ?? ""].filter(Boolean), step: waits ? "submitted" : "executed" },
    );
    if (flow.name === "invoice") append(ctx, "invoice_when");
    // A cancelled order's refund is on its way: say when it arrives, as the policy words it.
    if (!waits && !sentToShop && flow.name === "cancel_order" && (result.amountCents ?? 0) > 0) {
      const policy = await ctx.deps.reads.policy();
      const giftCard = ctx.customer?.paymentMethods.some(
        (m) => m.kind === "gift_card" && order?.payments.some((p) => p.paymentMethodId === m.id),
      );
      append(ctx, "plain", { text: policy.refundTiming[giftCard ? "giftCard" : "other"][ctx.locale] });
    }
    ctx.state = appendLog(
      ctx.state,
      `${flow.name} ${order?.id ?? ""} ${waits ? "submitted" : "done"}${result.requestId ? ` (${result.requestId})` : ""}`,
    );
    if (finishFlow(ctx)) await advanceFlow(ctx);
  } catch (err) {
    if (!(err instanceof KefuError)) throw err;
    if (err.code === "VERSION_CONFLICT") {
      say(ctx, "busy_retry", {}, { facts: [] });
      ctx.state = { ...ctx.state, awaiting: undefined };
      return;
    }
    const bilingual = Bilingual.safeParse(err.details?.reason);
    const reason = bilingual.success ? bilingual.data : { en: err.message, zh: err.message };
    const rules = Array.isArray(err.details?.rules) ? err.details.rules : [];
    refuse(ctx, flow, { code: err.code, reason, rules });
  }
}
