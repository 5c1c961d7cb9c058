import type { QuickReply } from "../../../domain/conversation/message.js";
import type { DialogFlow } from "../../../domain/dialog/flow-specs.js";
import { flowForIntent } from "../../../domain/dialog/flow-specs.js";
import { flowLabel } from "../../../domain/dialog/labels.js";
import { advanceFlow } from "../advance-flow.js";
import { answerFromKb } from "../answer-question.js";
import { handOff } from "../handoff-summary.js";
import { offer, say, type TurnContext } from "../turn-context.js";
import { endChat } from "./end-chat.js";
import { MAX_FAILURES, MAX_LOW_CONFIDENCE, type TurnHandler, yesOrNo } from "./turn-handler.js";

async function kbThenResume(ctx: TurnContext, query: string): Promise<boolean> {
  if (!(await answerFromKb(ctx, query))) return false;
  ctx.state = { ...ctx.state, failures: 0, lowConfidence: 0 };
  ctx.progressed = true;
  if (ctx.state.active) await advanceFlow(ctx);
  return true;
}

/** An FAQ the classifier recognised, when nothing else used the message. */
export const handleFaq: TurnHandler = async (ctx) => {
  const faq = ctx.understanding.commands.find((c) => c.type === "answer_faq");
  if (faq?.type !== "answer_faq" || ctx.progressed) return false;
  return kbThenResume(ctx, faq.query);
};

/** Greetings, thanks and goodbyes; goodbye resolves the chat. */
export const handleChitchat: TurnHandler = async (ctx) => {
  const chat = ctx.understanding.commands.find((c) => c.type === "chitchat");
  if (chat?.type !== "chitchat") return false;
  // "bye" ends the chat even in the middle of a flow (nothing pending is written).
  if (chat.intent === "goodbye" && !ctx.turn.answered) {
    endChat(ctx);
    return true;
  }
  if (ctx.progressed) return false;
  say(ctx, chat.intent === "thanks" ? "thanks" : "hello", {}, { facts: [] });
  if (ctx.state.active) await advanceFlow(ctx);
  return true;
};

/** With a flow in progress: ask its next question (a message it could not use counts as a failure). */
export const handleContinueFlow: TurnHandler = async (ctx) => {
  if (!ctx.state.active) return false;
  if (!ctx.progressed) {
    if (await kbThenResume(ctx, ctx.text)) return true;
    ctx.state = { ...ctx.state, failures: ctx.state.failures + 1 };
    if (ctx.state.failures >= MAX_FAILURES) {
      handOff(ctx, "repeated_failure");
      return true;
    }
  }
  await advanceFlow(ctx);
  return true;
};

/** Something useful happened without a flow (e.g. verified): greet and ask what they need. */
export const handleProgressed: TurnHandler = async (ctx) => {
  if (!ctx.progressed) return false;
  if (ctx.out.length === 0 || ctx.customer) say(ctx, "hello", {}, { facts: [] });
  return true;
};

/** A bare "yes"/"确认" with no question pending is not a search query: say nothing waits for it. */
export const handleStrayYes: TurnHandler = async (ctx) => {
  const { state } = ctx;
  if (ctx.progressed || state.active || state.awaiting || state.choices.length > 0) return false;
  if (ctx.text.trim().length > 12 || yesOrNo(ctx) !== "yes") return false;
  if (ctx.understanding.commands.some((c) => c.type !== "confirm")) return false;
  say(ctx, "nothing_to_confirm", {}, { facts: [] });
  return true;
};

/** A message with no flow in it: maybe the KB knows. */
export const handleKb: TurnHandler = async (ctx) => kbThenResume(ctx, ctx.text);

/** Clarifying question listing the likeliest flows plus a human; hands off after repeated misses. */
export const handleFallback: TurnHandler = async (ctx) => {
  ctx.state = { ...ctx.state, lowConfidence: ctx.state.lowConfidence + 1 };
  if (ctx.state.lowConfidence >= MAX_LOW_CONFIDENCE) {
    handOff(ctx, "low_confidence");
    return true;
  }
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
  return true;
};
