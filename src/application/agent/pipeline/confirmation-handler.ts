import { questionTopic } from "../../../domain/dialog/question-topics.js";
import { normalizeText } from "../../../domain/nlu/normalize-text.js";
import { advanceFlow } from "../advance-flow.js";
import { applyCorrection, applyPaymentChange } from "../apply-correction.js";
import { applyConfirmationEdit } from "../confirmation-edits.js";
import { executeConfirmed, finishFlow } from "../flow-actions.js";
import { setSlots } from "../flow-state.js";
import { say, type TurnContext } from "../turn-context.js";
import { type TurnHandler, yesOrNo } from "./turn-handler.js";

const ZIP_PATCH = /(?:\bzip(?: code)?|\bpostcode|\bpostal code|邮编|邮政编码)\D{0,14}?(\d{5}(?:-\d{4})?|\d{6})(?!\d)/i;

/** "sorry typo, zip is 94611", "邮编310012": the zip of the address being confirmed changes, then re-confirm. */
function patchZip(ctx: TurnContext): boolean {
  const active = ctx.state.active;
  const address = active?.slots.address;
  if (!active || !address || !["modify_address", "update_default_address"].includes(active.name)) return false;
  const zip = normalizeText(ctx.text).match(ZIP_PATCH)?.[1];
  if (!zip || zip === address.zip) return false;
  setSlots(ctx, { address: { ...address, zip } });
  ctx.state = { ...ctx.state, awaiting: undefined };
  ctx.progressed = true;
  return true;
}

/**
 * The answer to "Shall I go ahead?": a change ("No, use my gift card instead", "the other order")
 * re-previews and asks again; yes runs the action; no drops it and goes on with the next request.
 */
export const handleConfirmation: TurnHandler = async (ctx) => {
  const active = ctx.state.active;
  if (ctx.state.awaiting !== "confirmation" || !active) return false;
  // "wait, how much is left on my gift card?" is a question for the digression step, not a no.
  if (questionTopic(ctx.text) && yesOrNo(ctx) !== "yes") return false;
  const changed =
    patchZip(ctx) ||
    (await applyConfirmationEdit(ctx)) ||
    (await applyCorrection(ctx)) ||
    (await applyPaymentChange(ctx));
  if (changed) {
    await advanceFlow(ctx);
    return true;
  }
  const yn = yesOrNo(ctx);
  if (yn === "yes") {
    ctx.state = { ...ctx.state, awaiting: undefined, declined: undefined };
    await executeConfirmed(ctx, active);
    return true;
  }
  if (yn === "no") {
    say(ctx, "nothing_changed", {}, { facts: [] });
    if (finishFlow(ctx)) await advanceFlow(ctx);
    else ctx.state = { ...ctx.state, declined: active };
    return true;
  }
  return false;
};
