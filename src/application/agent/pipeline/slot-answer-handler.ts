import { isBareOrderReference } from "../../../domain/dialog/bare-order-reference.js";
import { hasCorrectionCue } from "../../../domain/dialog/parse-reply.js";
import { fillFromMessage } from "../advance-flow.js";
import { requestedFlow, SWITCH_CONFIDENCE, type TurnHandler, VERIFIED_SWITCH_CONFIDENCE } from "./turn-handler.js";

const NOT_SLOTS = new Set(["anything_else", "clarify", "handoff_offer"]);
const ANSWERS_WITH_CHANGE_WORDS = new Set(["new_item_ids", "address", "payment_method_id"]);

/**
 * The answer to the pending question ("gift card", "the t-shirt", an address) fills its slot and is
 * never read as a new request. Only a clear new request while an order or identity was asked for
 * skips it. Never finishes the turn: the flow runner asks the next question.
 */
export const handleSlotAnswer: TurnHandler = async (ctx) => {
  const current = ctx.state.active;
  const awaiting = ctx.turn.awaiting;
  if (!current || awaiting === undefined || NOT_SLOTS.has(awaiting)) return false;
  // "换成蓝色M码", "改成微信支付" answer a question about the new value; elsewhere such words correct an earlier answer.
  if (hasCorrectionCue(ctx.text) && !ANSWERS_WITH_CHANGE_WORDS.has(awaiting)) return false;
  const wanted = requestedFlow(ctx);
  const needed = ctx.turn.verifiedNow ? VERIFIED_SWITCH_CONFIDENCE : SWITCH_CONFIDENCE;
  const clearSwitch =
    wanted !== undefined &&
    wanted !== current.name &&
    ctx.understanding.nlu.confidence >= needed &&
    (awaiting === "order_id" || awaiting === "identity") &&
    // "order #W1" answering "which order?" is read as a status request by the NLU, and looped back to the question.
    !(awaiting === "order_id" && isBareOrderReference(ctx.text));
  if (clearSwitch) return false;
  const before = ctx.progressed;
  ctx.progressed = false;
  await fillFromMessage(ctx);
  ctx.turn.answered = ctx.progressed;
  ctx.progressed = ctx.progressed || before;
  return false;
};
