import type { HandoffReason } from "../../domain/conversation/handoff.js";
import { say, type TurnContext } from "./turn-context.js";

const BASE_PRIORITY: Record<HandoffReason, number> = {
  negative_sentiment: 80,
  policy_refusal: 60,
  repeated_failure: 60,
  requested: 50,
  low_confidence: 40,
  agent_takeover: 50,
  platform_refused: 70,
};

/** What a human needs to pick up without re-asking: intent, order, sentiment, what was tried. */
export function handoffSummary(ctx: TurnContext, reason: HandoffReason): string {
  const nlu = ctx.understanding.nlu;
  const flow = ctx.state.active ?? ctx.state.suspended.at(-1);
  const lastOrder =
    flow?.slots.orderId ??
    ctx.state.log
      .map((l) => l.match(/(#?W\d{7}|\d{10,})/)?.[1])
      .filter(Boolean)
      .at(-1);
  return [
    `Reason: ${reason}`,
    `Intent: ${flow?.name ?? ctx.state.lastIntent ?? nlu.intent} (last message: ${nlu.intent} ${nlu.confidence.toFixed(2)})`,
    `Customer: ${ctx.conversation.verifiedCustomerId ?? "not verified"}`,
    `Order: ${lastOrder ?? "none"}`,
    `Sentiment: ${nlu.sentiment.label}${nlu.sentiment.anger ? " (angry)" : ""} ${nlu.sentiment.score.toFixed(2)}`,
    `Language: ${ctx.locale}`,
    `Tried: ${ctx.state.log.length ? ctx.state.log.join("; ") : "nothing yet"}`,
    `Last message: ${ctx.text.slice(0, 300)}`,
  ].join("\n");
}

/** Hands the conversation to a human with a summary; the caller persists the handoff. */
export function handOff(ctx: TurnContext, reason: HandoffReason): void {
  const angry = ctx.understanding.nlu.sentiment.anger ? 10 : 0;
  ctx.handoff = {
    reason,
    summary: handoffSummary(ctx, reason),
    priority: Math.min(100, BASE_PRIORITY[reason] + angry),
  };
  say(ctx, "handoff", {}, { facts: [], step: `handoff:${reason}` });
  ctx.state = { ...ctx.state, awaiting: undefined, refused: undefined, choices: [], failures: 0, lowConfidence: 0 };
  ctx.progressed = true;
}
