import { paymentLabel } from "../../../domain/dialog/labels.js";
import { parseChoicePositions } from "../../../domain/dialog/parse-reply.js";
import { questionTopic } from "../../../domain/dialog/question-topics.js";
import { type Order, orderTotalCents } from "../../../domain/shop/order.js";
import type { PaymentMethod } from "../../../domain/shop/payment-method.js";
import { askPayment } from "../ask-slots.js";
import { namesSeveralPayments, paymentChoicesFor, paymentFromMessage, paymentFromRequest } from "../flow-slots.js";
import { progress, setSlots } from "../flow-state.js";
import { paidWith } from "../flows/flow-module.js";
import { flowModule } from "../flows/flow-registry.js";
import { money } from "../order-views.js";
import { say, type TurnContext } from "../turn-context.js";
import type { SlotModule } from "./slot-module.js";

/**
 * The shopper named a method of theirs the policy rules out here ("change payment to my visa" when
 * visa already paid; a gift card short of the total): say why before offering the others.
 */
function explainUnusable(
  ctx: TurnContext,
  text: string | undefined,
  order: Order,
  choices: readonly PaymentMethod[],
  paying: boolean,
): boolean {
  // "what's my gift card balance?" in the request names the card in a question, not as a choice.
  if (!text || !ctx.customer || questionTopic(text) === "gift_card_balance") return false;
  const named = paymentFromRequest(text, ctx.customer.paymentMethods);
  if (!named || choices.some((c) => c.id === named.id)) return false;
  const fmt = (c: number) => money(order, c, ctx.locale);
  const method = paymentLabel(named, ctx.locale, fmt);
  if (paidWith(order).has(named.id)) say(ctx, "payment_already_used", { orderId: order.id, method }, { facts: [] });
  // Only a payment is short of the total; a refund the policy rules out is simply not offered.
  else if (named.kind === "gift_card" && paying)
    say(
      ctx,
      "gift_card_short",
      { balance: fmt(named.balanceCents ?? 0), total: fmt(orderTotalCents(order)) },
      { facts: [] },
    );
  else return false;
  return true;
}

/** The payment method (or refund destination), only among those the policy allows for this flow. */
export const paymentSlot: SlotModule = {
  slot: "paymentMethodId",
  awaiting: "payment_method_id",
  async ensure(ctx, flow, order) {
    const s = flow.slots;
    if (s.paymentMethodId || !order || !ctx.customer) return true;
    const choices = await paymentChoicesFor(ctx, flow.name, order);
    // "pay with my gift card" when the gift card can't: explain and ask, never silently pick another.
    const asked = ctx.turn.awaiting === "payment_method_id";
    if (
      choices.length > 0 &&
      !asked &&
      explainUnusable(ctx, s.request, order, choices, flow.name === "modify_payment")
    ) {
      await askPayment(ctx, flow, order);
      return false;
    }
    const auto =
      // A refund's only destination is implied; a new payment method is the shopper's to name.
      (choices.length === 1 && flow.name !== "modify_payment" ? choices[0] : undefined) ??
      paymentFromRequest(s.request, choices) ??
      flowModule(flow.name).autoPayment?.(choices, order);
    if (auto) {
      setSlots(ctx, { paymentMethodId: auto.id });
      return true;
    }
    // Nothing allowed: the preview refuses with the rule's own reason.
    if (choices.length === 0) return true;
    await askPayment(ctx, flow, order);
    return false;
  },
  async fill(ctx, flow, order) {
    if (!order || !ctx.customer) return;
    const choices = await paymentChoicesFor(ctx, flow.name, order);
    const m = paymentFromMessage(ctx, choices, [...paidWith(order)]);
    if (m) return progress(ctx, { paymentMethodId: m.id });
    if (explainUnusable(ctx, ctx.text, order, choices, flow.name === "modify_payment")) {
      ctx.progressed = true;
      return;
    }
    // "both": a refund or payment goes to one method; say so and ask again.
    if (parseChoicePositions(ctx.text) === "all" || namesSeveralPayments(ctx.text, choices)) {
      say(ctx, "one_method_only", {}, { facts: [] });
      ctx.progressed = true;
    }
  },
};
