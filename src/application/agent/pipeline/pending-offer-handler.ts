import { hasCorrectionCue, looksLikeGeneralQuestion } from "../../../domain/dialog/parse-reply.js";
import { advanceFlow } from "../advance-flow.js";
import { applyCorrection } from "../apply-correction.js";
import { slotCommand } from "../flow-slots.js";
import { handOff } from "../handoff-summary.js";
import { chooseOrder } from "../slots/order-slot.js";
import { offer, say, type TurnContext, yesNo } from "../turn-context.js";
import { endChat } from "./end-chat.js";
import { requestedFlow, type TurnHandler, yesOrNo } from "./turn-handler.js";

/** "不对，是另一个订单" right after a refusal: the refused flow again, with the corrected answer. */
async function retryRefused(ctx: TurnContext): Promise<boolean> {
  const refused = ctx.state.refused;
  if (!refused || !ctx.customer || !hasCorrectionCue(ctx.text)) return false;
  const before = ctx.state;
  ctx.state = { ...ctx.state, active: refused, refused: undefined, awaiting: undefined };
  if (await applyCorrection(ctx)) return true;
  ctx.state = before;
  return false;
}

/** "#W2" right after "none of your orders can be returned": the refused flow again, on that order. */
async function retryWithOrder(ctx: TurnContext): Promise<boolean> {
  const refused = ctx.state.refused;
  const named = slotCommand(ctx.understanding.commands, "order_id");
  if (!refused || !ctx.customer || named?.type !== "set_slot" || typeof named.value !== "string") return false;
  const wanted = requestedFlow(ctx);
  if ((wanted && wanted !== refused.name) || named.value === refused.slots.orderId) return false;
  ctx.state = { ...ctx.state, active: refused, refused: undefined, awaiting: undefined };
  await chooseOrder(ctx, named.value);
  return true;
}

/**
 * A message that only goes on answering the refused request ("no longer needed" after "can't cancel
 * a shipped order"): no other flow, order, question or chitchat in it.
 */
function stillOnRefused(ctx: TurnContext): boolean {
  const refused = ctx.state.refused;
  if (!refused) return false;
  const { commands } = ctx.understanding;
  const wanted = requestedFlow(ctx);
  if (wanted && wanted !== refused.name) return false;
  if (commands.some((c) => c.type === "answer_faq" || c.type === "chitchat" || c.type === "cancel_flow")) return false;
  const order = slotCommand(commands, "order_id");
  if (order?.type === "set_slot" && order.value !== refused.slots.orderId) return false;
  if (looksLikeGeneralQuestion(ctx.text)) return false;
  return commands.some((c) => c.type === "set_slot") || wanted === refused.name;
}

/** The answer to "shall I get a colleague?", "anything else?" or a clarifying question. */
export const handlePendingOffer: TurnHandler = async (ctx) => {
  const awaiting = ctx.state.awaiting;
  if (awaiting !== "handoff_offer" && awaiting !== "anything_else" && awaiting !== "clarify") return false;
  if (awaiting === "handoff_offer" && ((await retryRefused(ctx)) || (await retryWithOrder(ctx)))) {
    await advanceFlow(ctx);
    return true;
  }
  const declined = ctx.state.declined;
  ctx.state = { ...ctx.state, awaiting: undefined, declined: undefined };
  const yn = yesOrNo(ctx);
  // "actually yes, go ahead" right after saying no at the confirmation: the same request, confirmed afresh.
  const wanted = requestedFlow(ctx);
  if (awaiting === "anything_else" && yn === "yes" && declined && (!wanted || wanted === declined.name)) {
    ctx.state = { ...ctx.state, active: declined };
    await advanceFlow(ctx);
    return true;
  }
  if (awaiting === "handoff_offer") {
    if (yn === "yes") {
      handOff(ctx, "policy_refusal");
      return true;
    }
    if (yn === "no" && !requestedFlow(ctx)) {
      say(ctx, "handoff_declined", {}, { facts: [] });
      ctx.state = { ...ctx.state, refused: undefined, awaiting: "anything_else" };
      return true;
    }
    if (yn === undefined && stillOnRefused(ctx)) {
      say(ctx, "still_refused", {}, { facts: [], step: "refused" });
      offer(ctx, yesNo(ctx.locale));
      ctx.state = { ...ctx.state, awaiting: "handoff_offer" };
      return true;
    }
  }
  if (awaiting === "anything_else" && yn === "no" && !requestedFlow(ctx)) {
    endChat(ctx);
    return true;
  }
  if (awaiting === "clarify" && /人工|human|agent|person/i.test(ctx.text)) {
    handOff(ctx, "requested");
    return true;
  }
  return false;
};
