import type { Command } from "../../../domain/agent/command.js";
import type { DialogFlow } from "../../../domain/dialog/flow-specs.js";
import { parseYesNo } from "../../../domain/dialog/parse-reply.js";
import { requestOrderId, type SplitRequest } from "../../../domain/dialog/split-requests.js";
import type { TurnContext } from "../turn-context.js";

/**
 * One step of the turn pipeline. Returns true when it finished the turn (said what had to be
 * said); false lets the next handler look at the message (it may still have changed the state).
 */
export type TurnHandler = (ctx: TurnContext) => Promise<boolean>;

/** A flow switch mid-flow needs this much confidence, so slot answers are not mistaken for requests. */
export const SWITCH_CONFIDENCE = 0.7;
export const VERIFIED_SWITCH_CONFIDENCE = 0.9;
export const MAX_FAILURES = 3;
export const MAX_LOW_CONFIDENCE = 3;

export const has = (commands: readonly Command[], type: Command["type"]): boolean =>
  commands.some((c) => c.type === type);

export function yesOrNo(ctx: TurnContext): "yes" | "no" | undefined {
  const lexical = parseYesNo(ctx.text);
  if (lexical) return lexical;
  if (has(ctx.understanding.commands, "confirm")) return "yes";
  if (has(ctx.understanding.commands, "deny")) return "no";
  return undefined;
}

export function requestedFlow(ctx: TurnContext): DialogFlow | undefined {
  for (const c of ctx.understanding.commands) {
    if (c.type === "start_flow" && c.flow !== "verify_identity") return c.flow;
  }
  return undefined;
}

/** Makes `flow` the active request; the one in progress is put aside to resume afterwards. */
export function startFlow(ctx: TurnContext, flow: DialogFlow, request = ctx.text.trim(), named?: string): void {
  const active = ctx.state.active;
  // The request's only order number is the order it is about ("先查余额，再把W0020001的支付方式改成礼品卡").
  const orderId = named ?? onlyOrderId(request) ?? requestOrderId(request, flow);
  const suspended = active && active.name !== flow ? [...ctx.state.suspended, active] : ctx.state.suspended;
  const details = flow === "complaint" && request.length >= 12 ? { details: request } : {};
  ctx.state = {
    ...ctx.state,
    active: { name: flow, slots: { ...details, request: request.slice(0, 500), ...(orderId ? { orderId } : {}) } },
    refused: undefined,
    declined: undefined,
    suspended: suspended.filter((f) => f.name !== flow).slice(-3),
    awaiting: undefined,
    choices: [],
    lastIntent: flow,
    failures: 0,
    lowConfidence: 0,
  };
  ctx.progressed = true;
  ctx.turn.startedFlow = true;
}

/** The one order number a text names, as "#W…"; undefined for none or several. */
export function onlyOrderId(text: string): string | undefined {
  const ids = new Set([...text.matchAll(/#?\b[Ww]\d{7}\b/g)].map((m) => `#${m[0].replace(/^#/, "").toUpperCase()}`));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** Several requests of one message: the first becomes active, the rest are queued in order. */
export function startRequests(ctx: TurnContext, requests: readonly SplitRequest[]): void {
  const [first, ...rest] = requests;
  if (!first) return;
  startFlow(ctx, first.flow, first.text, first.orderId);
  const queued = rest.map((r) => ({
    name: r.flow,
    slots: { request: r.text.slice(0, 500), ...(r.orderId ? { orderId: r.orderId } : {}) },
  }));
  ctx.state = { ...ctx.state, queue: [...queued, ...ctx.state.queue].slice(0, 5) };
}
