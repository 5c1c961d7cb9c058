import { questionTopic } from "../../../domain/dialog/question-topics.js";
import { advanceFlow } from "../advance-flow.js";
import { applyCorrection, applyPaymentChange } from "../apply-correction.js";
import { executeConfirmed, finishFlow } from "../flow-actions.js";
import { say } from "../turn-context.js";
import { type TurnHandler, yesOrNo } from "./turn-handler.js";

/**
 * The answer to "Shall I go ahead?": a change ("No, use my gift card instead", "the other order")
 * re-previews and asks again; yes runs the action; no drops it and goes on with the next request.
 */
export const handleConfirmation: TurnHandler = async (ctx) => {
  const active = ctx.state.active;
  if (ctx.state.awaiting !== "confirmation" || !active) return false;
  // "how much is left on my gift card?" is a question for the digression step, not a change.
  if (questionTopic(ctx.text) && !yesOrNo(ctx)) return false;
  if ((await applyCorrection(ctx)) || (await applyPaymentChange(ctx))) {
    await advanceFlow(ctx);
    return true;
  }
  const yn = yesOrNo(ctx);
  if (yn === "yes") {
    ctx.state = { ...ctx.state, awaiting: undefined };
    await executeConfirmed(ctx, active);
    return true;
  }
  if (yn === "no") {
    say(ctx, "nothing_changed", {}, { facts: [] });
    if (finishFlow(ctx)) await advanceFlow(ctx);
    return true;
  }
  return false;
};
