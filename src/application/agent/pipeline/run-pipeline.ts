import type { TurnContext } from "../turn-context.js";
import { handleConfirmation } from "./confirmation-handler.js";
import {
  handleChitchat,
  handleContinueFlow,
  handleFallback,
  handleFaq,
  handleKb,
  handleProgressed,
  handleStrayYes,
} from "./conversation-handlers.js";
import { handleCorrection } from "./correction-handler.js";
import { handleDigression } from "./digression-handler.js";
import { handleDropRequest } from "./drop-request-handler.js";
import { handleFlowSwitch } from "./flow-switch-handler.js";
import { handleHandoff } from "./handoff-handler.js";
import { handleIdentity } from "./identity-handler.js";
import { handlePendingOffer } from "./pending-offer-handler.js";
import { handleSlotAnswer } from "./slot-answer-handler.js";
import type { TurnHandler } from "./turn-handler.js";

/** The turn, in order: the first handler that finishes the turn ends it. */
export const TURN_PIPELINE: readonly (readonly [string, TurnHandler])[] = [
  ["handoff", handleHandoff],
  ["pending-offer", handlePendingOffer],
  ["drop-request", handleDropRequest],
  ["identity", handleIdentity],
  ["confirmation", handleConfirmation],
  ["digression", handleDigression],
  ["slot-answer", handleSlotAnswer],
  ["correction", handleCorrection],
  ["flow-switch", handleFlowSwitch],
  ["faq", handleFaq],
  ["chitchat", handleChitchat],
  ["continue-flow", handleContinueFlow],
  ["progressed", handleProgressed],
  ["stray-yes", handleStrayYes],
  ["kb", handleKb],
  ["fallback", handleFallback],
];

/** Runs one customer message through the pipeline. */
export async function runDialogTurn(ctx: TurnContext, pipeline = TURN_PIPELINE): Promise<void> {
  for (const [name, handler] of pipeline) {
    if (await handler(ctx)) {
      ctx.turn.handledBy = name;
      return;
    }
  }
}
