import type { Command } from "../../domain/agent/command.js";
import { HandoffReason } from "../../domain/conversation/handoff.js";
import type { QuickReply } from "../../domain/conversation/message.js";
import { type DialogFlow, flowForIntent } from "../../domain/dialog/flow-specs.js";
import { flowLabel } from "../../domain/dialog/labels.js";
import { hasCorrectionCue, looksLikeGeneralQuestion, parseYesNo } from "../../domain/dialog/parse-reply.js";
import { advanceFlow, fillFromMessage } from "./advance-flow.js";
import { applyCorrection } from "./apply-correction.js";
import { executeConfirmed, finishFlow } from "./flow-actions.js";
import { slotCommand } from "./flow-slots.js";
import { handOff } from "./handoff-summary.js";
import { offer, say, type TurnContext, yesNo } from "./turn-context.js";
import { tryVerify } from "./verify-identity.js";

/** A flow switch mid-flow needs this much confidence, so slot answers are not mistaken for requests. */
const SWITCH_CONFIDENCE = 0.7;
const VERIFIED_SWITCH_CONFIDENCE = 0.9;
const MAX_FAILURES = 3;
const MAX_LOW_CONFIDENCE = 3;

const has = (commands: readonly Command[], type: Command["type"]) => commands.some((c) => c.type === type);

function yesOrNo(ctx: TurnContext): "yes" | "no" | undefined {
  const lexical = parseYesNo(ctx.text);
  if (lexical) return lexical;
  if (has(ctx.understanding.commands, "confirm")) return "yes";
  if (has(ctx.understanding.commands, "deny")) return "no";
  return undefined;
}

/** Answers from the KB with a citation; false when nothing clears the threshold. */
async function answerFromKb(ctx: TurnContext, query: string): Promise<boolean> {
  const hit = await ctx.deps.kb.best(query, ctx.locale);
  if (!hit) return false;
  say(
    ctx,
    "kb_answer",
    { body: hit.article.body, title: hit.article.title },
    {
      facts: [],
      citations: [{ articleId: hit.article.id, title: hit.article.title }],
      step: "kb_answer",
    },
  );
  ctx.state = { ...ctx.state, failures: 0, lowConfidence: 0 };
  ctx.progressed = true;
  return true;
}

function startFlow(ctx: TurnContext, flow: DialogFlow): void {
  const active = ctx.state.active;
  const suspended = active && active.name !== flow ? [...ctx.state.suspended, active] : ctx.state.suspended;
  const details = flow === "complaint" && ctx.text.trim().length >= 12 ? { details: ctx.text.trim() } : {};
  ctx.state = {
    ...ctx.state,
    active: { name: flow, slots: { ...details, request: ctx.text.trim().slice(0, 500) } },
    refused: undefined,
    suspended: suspended.filter((f) => f.name !== flow).slice(-3),
    awaiting: undefined,
    choices: [],
    lastIntent: flow,
    failures: 0,
    lowConfidence: 0,
  };
  ctx.progressed = true;
}

function requestedFlow(ctx: TurnContext): DialogFlow | undefined {
  for (const c of ctx.understanding.commands) {
    if (c.type === "start_flow" && c.flow !== "verify_identity") return c.flow;
  }
  return undefined;
}

/** Clarifying question listing the likeliest flows plus a human. */
function clarify(ctx: TurnContext): void {
  const flows = new Set<DialogFlow>();
  for (const r of ctx.understanding.nlu.ranking) {
    const f = flowForIntent(r.intent, ctx.text);
    if (f) flows.add(f);
  }
  for (const f of ["order_status", "return", "cancel_order"] as const) flows.add(f);
  const choices: QuickReply[] = [...flows]
    .slice(0, 3)
    .map((f) => ({ label: flowLabel(f, ctx.locale), value: flowLabel(f, ctx.locale) }));
  const human = ctx.locale === "zh" ? "转人工客服" : "Talk to a human";
  say(ctx, "clarify", {}, { facts: [], step: "clarify" });
  offer(ctx, [...choices, { label: human, value: human }]);
  ctx.state = { ...ctx.state, awaiting: "clarify" };
}

function handoffReason(commands: readonly Command[]): HandoffReason {
  const c = commands.find((x) => x.type === "handoff");
  const parsed = HandoffReason.safeParse(c?.type === "handoff" ? c.reason : undefined);
  return parsed.success ? parsed.data : "requested";
}

/** "不对，是另一个订单" right after a refusal: the refused flow again, with the corrected answer. */
async function retryRefused(ctx: TurnContext): Promise<boolean> {
  const refused = ctx.state.refused;
  if (!refused || !ctx.customer || !hasCorrectionCue(ctx.text)) return false;
  const before = ctx.state;
  ctx.state = { ...ctx.state, active: refused, refused: undefined, awaiting: undefined };
  if (await applyCorrection(ctx)) return true;
  ctx.state = before;
  return false;
}

/**
 * A message that only goes on answering the refused request ("no longer needed" after "can't cancel
 * a shipped order"): no other flow, order, question or chitchat in it.
 */
function stillOnRefused(ctx: TurnContext): boolean {
  const refused = ctx.state.refused;
  if (!refused) return false;
  const { commands } = ctx.understanding;
  const wanted = requestedFlow(ctx);
  if (wanted && wanted !== refused.name) return false;
  if (commands.some((c) => c.type === "answer_faq" || c.type === "chitchat" || c.type === "cancel_flow")) return false;
  const order = slotCommand(commands, "order_id");
  if (order?.type === "set_slot" && order.value !== refused.slots.orderId) return false;
  if (looksLikeGeneralQuestion(ctx.text)) return false;
  return commands.some((c) => c.type === "set_slot") || wanted === refused.name;
}

/** After an action completes, picks a suspended flow back up. */
async function resumeIfAny(ctx: TurnContext): Promise<void> {
  if (!ctx.state.active) return;
  say(ctx, "resume", {}, { facts: [] });
  await advanceFlow(ctx);
}

/** One customer message through the dialog: handoff, identity, confirmation, flows, KB, chitchat. */
export async function runDialogTurn(ctx: TurnContext): Promise<void> {
  const { nlu, commands } = ctx.understanding;
  const sentiment = nlu.sentiment;
  const wasNegative = ctx.state.lastSentiment === "negative";
  ctx.state = { ...ctx.state, lastSentiment: sentiment.label };
  if (has(commands, "handoff")) return handOff(ctx, handoffReason(commands));
  if (sentiment.anger || (sentiment.score <= -0.6 && wasNegative)) return handOff(ctx, "negative_sentiment");

  const awaiting = ctx.state.awaiting;
  if (awaiting === "handoff_offer" && (await retryRefused(ctx))) return advanceFlow(ctx);
  if (awaiting === "handoff_offer" || awaiting === "anything_else" || awaiting === "clarify") {
    ctx.state = { ...ctx.state, awaiting: undefined };
    const yn = yesOrNo(ctx);
    if (awaiting === "handoff_offer" && yn === "yes") return handOff(ctx, "policy_refusal");
    if (awaiting === "handoff_offer" && yn === "no") return void say(ctx, "handoff_declined", {}, { facts: [] });
    if (awaiting === "handoff_offer" && yn === undefined && stillOnRefused(ctx)) {
      say(ctx, "still_refused", {}, { facts: [], step: "refused" });
      offer(ctx, yesNo(ctx.locale));
      ctx.state = { ...ctx.state, awaiting: "handoff_offer" };
      return;
    }
    if (awaiting === "anything_else" && yn === "no" && !requestedFlow(ctx))
      return void say(ctx, "goodbye", {}, { facts: [] });
    if (awaiting === "clarify" && /人工|human|agent|person/i.test(ctx.text)) return handOff(ctx, "requested");
  }
  if (has(commands, "cancel_flow") && ctx.state.active) {
    say(ctx, "flow_cancelled", {}, { facts: [] });
    ctx.state = { ...ctx.state, active: undefined, awaiting: undefined, choices: [] };
    return;
  }

  let verifiedNow = false;
  if (!ctx.customer) {
    const verification = await tryVerify(ctx);
    verifiedNow = verification === "verified";
    if (verification === "partial") return;
    if (verification === "failed") {
      if (ctx.state.failures >= MAX_FAILURES) return handOff(ctx, "repeated_failure");
      say(ctx, "identity_failed", {}, { facts: [] });
      ctx.state = { ...ctx.state, awaiting: "identity" };
      return;
    }
  }

  const active = ctx.state.active;
  if (ctx.state.awaiting === "confirmation" && active) {
    if (await applyCorrection(ctx)) return advanceFlow(ctx);
    const yn = yesOrNo(ctx);
    if (yn === "yes") {
      ctx.state = { ...ctx.state, awaiting: undefined };
      await executeConfirmed(ctx, active);
      return resumeIfAny(ctx);
    }
    if (yn === "no") {
      say(ctx, "nothing_changed", {}, { facts: [] });
      finishFlow(ctx);
      return resumeIfAny(ctx);
    }
  }

  // "How long do refunds take?" is a question for the KB, even when it sounds like a flow.
  if (looksLikeGeneralQuestion(ctx.text) && (await answerFromKb(ctx, ctx.text))) {
    if (ctx.state.active) await advanceFlow(ctx);
    return;
  }

  const wanted = requestedFlow(ctx);
  const current = ctx.state.active;
  // A message that just verified the shopper is an answer, not a new request, unless very clear.
  const needed = verifiedNow ? VERIFIED_SWITCH_CONFIDENCE : SWITCH_CONFIDENCE;
  const answering = awaiting !== undefined && !["anything_else", "clarify", "handoff_offer"].includes(awaiting);
  // An answer to the pending question ("gift card", "the t-shirt") is never a new request.
  let answered = false;
  // A clear new request ("cancel order #W1") while an order or identity was asked for switches flows.
  const clearSwitch =
    wanted !== undefined &&
    wanted !== current?.name &&
    nlu.confidence >= needed &&
    (awaiting === "order_id" || awaiting === "identity");
  if (current && answering && !clearSwitch && !hasCorrectionCue(ctx.text)) {
    const progressedBefore = ctx.progressed;
    ctx.progressed = false;
    await fillFromMessage(ctx);
    answered = ctx.progressed;
    ctx.progressed = ctx.progressed || progressedBefore;
  }
  if (!answered) {
    const canSwitch = verifiedNow ? nlu.confidence >= needed : !current || !answering || nlu.confidence >= needed;
    if (wanted && wanted !== current?.name && canSwitch) startFlow(ctx, wanted);
    else if (await applyCorrection(ctx)) return advanceFlow(ctx);
    await fillFromMessage(ctx);
  }

  const faq = commands.find((c) => c.type === "answer_faq");
  if (faq?.type === "answer_faq" && !ctx.progressed) {
    if (await answerFromKb(ctx, faq.query)) {
      if (ctx.state.active) await advanceFlow(ctx);
      return;
    }
  }
  const chat = commands.find((c) => c.type === "chitchat");
  if (!ctx.progressed && chat?.type === "chitchat") {
    if (chat.intent === "goodbye") {
      say(ctx, "goodbye", {}, { facts: [] });
      ctx.state = { ...ctx.state, active: undefined, suspended: [], awaiting: undefined, choices: [] };
      return;
    }
    say(ctx, chat.intent === "thanks" ? "thanks" : "hello", {}, { facts: [] });
    if (ctx.state.active) await advanceFlow(ctx);
    return;
  }
  if (ctx.state.active) {
    if (!ctx.progressed) {
      if (await answerFromKb(ctx, ctx.text)) return advanceFlow(ctx);
      ctx.state = { ...ctx.state, failures: ctx.state.failures + 1 };
      if (ctx.state.failures >= MAX_FAILURES) return handOff(ctx, "repeated_failure");
    }
    return advanceFlow(ctx);
  }
  if (ctx.progressed) {
    if (ctx.out.length === 0 || ctx.customer) say(ctx, "hello", {}, { facts: [] });
    return;
  }
  if (await answerFromKb(ctx, ctx.text)) return;
  ctx.state = { ...ctx.state, lowConfidence: ctx.state.lowConfidence + 1 };
  if (ctx.state.lowConfidence >= MAX_LOW_CONFIDENCE) return handOff(ctx, "low_confidence");
  clarify(ctx);
}
