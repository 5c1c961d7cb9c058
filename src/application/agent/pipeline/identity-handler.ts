import { flowByKeywords } from "../../../domain/dialog/flow-keywords.js";
import { splitRequests } from "../../../domain/dialog/split-requests.js";
import { handOff } from "../handoff-summary.js";
import { say } from "../turn-context.js";
import { tryVerify } from "../verify-identity.js";
import {
  MAX_FAILURES,
  onlyOrderId,
  requestedFlow,
  startFlow,
  startRequests,
  type TurnHandler,
  VERIFIED_SWITCH_CONFIDENCE,
} from "./turn-handler.js";

/**
 * Verifies the shopper from identity details in the message. A request in the same message
 * ("cancel W1, I'm sara@x.com") is kept as the active flow first, so it runs after verification
 * instead of being lost; only clear wording or a very sure classifier starts it.
 */
export const handleIdentity: TurnHandler = async (ctx) => {
  if (ctx.customer) return false;
  const before = ctx.state;
  const wanted = requestedFlow(ctx);
  const clear =
    wanted !== undefined &&
    (flowByKeywords(ctx.text) === wanted || ctx.understanding.nlu.confidence >= VERIFIED_SWITCH_CONFIDENCE);
  const verification = await tryVerify(ctx);
  if (verification === "none") return false;
  if (clear && wanted && !before.active) {
    // Starting the request must not undo the verification step: a half-given identity is still awaited
    // ("li.na@x.cn 键盘退了吧" → the order number comes next) and failed attempts still count.
    const kept = { awaiting: ctx.state.awaiting, failures: ctx.state.failures };
    const requests = splitRequests(ctx.text);
    if (requests.length) startRequests(ctx, requests);
    else startFlow(ctx, wanted);
    if (verification !== "verified") ctx.state = { ...ctx.state, ...kept };
  }
  ctx.turn.verifiedNow = verification === "verified";
  const named = onlyOrderId(ctx.text);
  if (ctx.turn.verifiedNow && named) ctx.state = { ...ctx.state, contextOrderId: named };
  if (verification === "partial") return true;
  if (verification === "failed") {
    if (ctx.state.failures >= MAX_FAILURES) handOff(ctx, "repeated_failure");
    else {
      say(ctx, "identity_failed", {}, { facts: [] });
      ctx.state = { ...ctx.state, awaiting: "identity" };
    }
    return true;
  }
  return false;
};
