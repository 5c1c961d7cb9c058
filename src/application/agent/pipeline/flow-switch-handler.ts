import { hasFlowKeywords } from "../../../domain/dialog/flow-keywords.js";
import { splitRequests } from "../../../domain/dialog/split-requests.js";
import { fillFromMessage } from "../advance-flow.js";
import type { TurnContext } from "../turn-context.js";
import {
  requestedFlow,
  SWITCH_CONFIDENCE,
  startFlow,
  startRequests,
  type TurnHandler,
  VERIFIED_SWITCH_CONFIDENCE,
} from "./turn-handler.js";

const NOT_SLOTS = new Set(["anything_else", "clarify", "handoff_offer"]);

/** Whether the message starts another flow than the active one. */
export function wouldSwitch(ctx: TurnContext): boolean {
  const wanted = requestedFlow(ctx);
  const current = ctx.state.active;
  if (!wanted || wanted === current?.name) return false;
  const awaiting = ctx.turn.awaiting;
  const answering = awaiting !== undefined && !NOT_SLOTS.has(awaiting);
  const confidence = ctx.understanding.nlu.confidence;
  // At the confirmation step only clear wording starts something else ("to my credit card" is not a payment change request).
  if (awaiting === "confirmation" && !hasFlowKeywords(ctx.text, wanted)) return false;
  if (ctx.turn.verifiedNow) return confidence >= VERIFIED_SWITCH_CONFIDENCE;
  // Clear wording of another request ("actually just tell me where W1 is") switches even mid-answer.
  const clearlyOther = hasFlowKeywords(ctx.text, wanted) && !(current && hasFlowKeywords(ctx.text, current.name));
  return !current || !answering || confidence >= SWITCH_CONFIDENCE || clearlyOther;
}

/**
 * A new request starts its flow (the one in progress is suspended); several requests in one
 * message are queued and done in turn. Then whatever the message says fills the flow's slots.
 */
export const handleFlowSwitch: TurnHandler = async (ctx) => {
  if (ctx.turn.answered) return false;
  if (wouldSwitch(ctx)) {
    const requests = splitRequests(ctx.text);
    const wanted = requestedFlow(ctx);
    if (requests.length) startRequests(ctx, requests);
    else if (wanted) startFlow(ctx, wanted);
  }
  await fillFromMessage(ctx);
  return false;
};
