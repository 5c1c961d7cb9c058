import { parseChoicePositions } from "../../../domain/dialog/parse-reply.js";
import { askPayment } from "../ask-slots.js";
import { namesSeveralPayments, paymentChoicesFor, paymentFromMessage, paymentFromRequest } from "../flow-slots.js";
import { progress, setSlots } from "../flow-state.js";
import { flowModule } from "../flows/flow-registry.js";
import { say } from "../turn-context.js";
import type { SlotModule } from "./slot-module.js";

/** The payment method (or refund destination), only among those the policy allows for this flow. */
export const paymentSlot: SlotModule = {
  slot: "paymentMethodId",
  awaiting: "payment_method_id",
  async ensure(ctx, flow, order) {
    const s = flow.slots;
    if (s.paymentMethodId || !order || !ctx.customer) return true;
    const choices = await paymentChoicesFor(ctx, flow.name, order);
    const auto =
      (choices.length === 1 ? choices[0] : undefined) ??
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
    const m = paymentFromMessage(ctx, choices);
    if (m) return progress(ctx, { paymentMethodId: m.id });
    // "both": a refund or payment goes to one method; say so and ask again.
    if (parseChoicePositions(ctx.text) === "all" || namesSeveralPayments(ctx.text, choices)) {
      say(ctx, "one_method_only", {}, { facts: [] });
      ctx.progressed = true;
    }
  },
};
