import type { Awaiting } from "../../../domain/dialog/dialog-state.js";
import { flowByKeywords } from "../../../domain/dialog/flow-keywords.js";
import { dropsRequest, isBareNo, saysGoodbye } from "../../../domain/dialog/parse-reply.js";
import { advanceFlow } from "../advance-flow.js";
import { finishFlow } from "../flow-actions.js";
import { say } from "../turn-context.js";
import { endChat } from "./end-chat.js";
import { has, requestedFlow, startFlow, type TurnHandler } from "./turn-handler.js";

/** Questions a "no" cannot answer; a reason or details may well be "不需要了" ("no longer needed"). */
const SLOT_QUESTIONS: ReadonlySet<Awaiting> = new Set([
  "order_id",
  "item_ids",
  "new_item_ids",
  "payment_method_id",
  "address",
]);

/**
 * "No wait, I want to keep it", "算了，不取消了", "stop": the shopper drops the request in progress.
 * Nothing is written and nobody is called; the next queued request, if any, goes on.
 */
export const handleDropRequest: TurnHandler = async (ctx) => {
  if (!ctx.state.active) return false;
  // "no thanks" to "Which payment method?" stops the request; at the confirmation a no is handled there.
  const bareNo = ctx.state.awaiting !== undefined && SLOT_QUESTIONS.has(ctx.state.awaiting) && isBareNo(ctx.text);
  if (!has(ctx.understanding.commands, "cancel_flow") && !dropsRequest(ctx.text) && !bareNo) return false;
  const flow = ctx.state.active;
  say(ctx, has(ctx.understanding.commands, "cancel_flow") ? "flow_cancelled" : "request_dropped", {}, { facts: [] });
  ctx.state = { ...ctx.state, log: [...ctx.state.log, `${flow.name} dropped by the shopper`].slice(-20) };
  // "actually forget it, bye": nothing else is pending, the chat ends.
  if (saysGoodbye(ctx.text)) {
    ctx.state = { ...ctx.state, active: undefined, queue: [], suspended: [] };
    endChat(ctx);
    ctx.progressed = true;
    return true;
  }
  // "never mind, where is my parcel?": a new request in clear words goes on at once.
  const wanted = requestedFlow(ctx);
  const clear = wanted !== undefined && flowByKeywords(ctx.text) === wanted;
  if (wanted && clear && wanted !== flow.name && !has(ctx.understanding.commands, "cancel_flow")) {
    ctx.state = { ...ctx.state, active: undefined };
    startFlow(ctx, wanted);
    await advanceFlow(ctx);
  } else if (finishFlow(ctx)) await advanceFlow(ctx);
  ctx.progressed = true;
  return true;
};
