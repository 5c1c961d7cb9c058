import type { Command } from "../../../domain/agent/command.js";
import { HandoffReason } from "../../../domain/conversation/handoff.js";
import { isSelfCorrection } from "../../../domain/dialog/parse-reply.js";
import { handOff } from "../handoff-summary.js";
import { has, type TurnHandler } from "./turn-handler.js";

function handoffReason(commands: readonly Command[]): HandoffReason {
  const c = commands.find((x) => x.type === "handoff");
  const parsed = HandoffReason.safeParse(c?.type === "handoff" ? c.reason : undefined);
  return parsed.success ? parsed.data : "requested";
}

/** A request for a human, anger, or a second very negative message hands off at once. */
export const handleHandoff: TurnHandler = async (ctx) => {
  const { nlu, commands } = ctx.understanding;
  const wasNegative = ctx.state.lastSentiment === "negative";
  // "no wait, use paypal" then "sorry, my mistake" is a shopper correcting themself, not two angry messages.
  const apologetic = isSelfCorrection(ctx.text);
  ctx.state = { ...ctx.state, lastSentiment: apologetic ? "neutral" : nlu.sentiment.label };
  if (has(commands, "handoff")) {
    handOff(ctx, handoffReason(commands));
    return true;
  }
  if (nlu.sentiment.anger || (nlu.sentiment.score <= -0.6 && wasNegative && !apologetic)) {
    handOff(ctx, "negative_sentiment");
    return true;
  }
  return false;
};
