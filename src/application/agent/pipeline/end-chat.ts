import { say, type TurnContext } from "../turn-context.js";

/** Says goodbye and resolves the conversation (a new message reopens it). */
export function endChat(ctx: TurnContext): void {
  say(ctx, "goodbye", {}, { facts: [], step: "goodbye" });
  ctx.state = { ...ctx.state, active: undefined, queue: [], suspended: [], awaiting: undefined, choices: [] };
  ctx.conversation = { ...ctx.conversation, status: "resolved", resolvedAt: ctx.deps.clock.nowIso() };
  ctx.progressed = true;
}
