import type { Command } from "../../domain/agent/command.js";
import { flowByKeywords, hasFlowKeywords } from "../../domain/dialog/flow-keywords.js";
import { flowForIntent } from "../../domain/dialog/flow-specs.js";
import { saysGoodbye } from "../../domain/dialog/parse-reply.js";
import type { LocalNlu } from "../../domain/nlu/create-local-nlu.js";
import type { NluResult } from "../../domain/nlu/nlu-result.js";
import type { Understander, Understanding, UnderstandingContext } from "../ports/understanding.js";

/** Below this an intent does not start a flow on its own; the runtime asks instead. */
export const START_FLOW_CONFIDENCE = 0.45;
/** Below this, unambiguous keywords ("exchange", "取消") decide the flow instead of the classifier. */
const KEYWORD_OVERRIDE_BELOW = 0.8;

/** Turns NLU facts into dialog commands: intents start flows, entities fill slots. */
export function nluToCommands(nlu: NluResult, text: string): Command[] {
  const commands: Command[] = [];
  const byModel = flowForIntent(nlu.intent, text);
  const byWords = flowByKeywords(text);
  // The classifier leads when sure and the words do not contradict it ("我想退货 my order …" is a
  // return even when a mixed-language message fools the classifier); clear wording wins otherwise.
  const contradicted =
    byModel !== undefined && byWords !== undefined && byWords !== byModel && !hasFlowKeywords(text, byModel);
  const flow = byModel && nlu.confidence >= KEYWORD_OVERRIDE_BELOW && !contradicted ? byModel : (byWords ?? byModel);
  const sure = flow === byWords || nlu.confidence >= START_FLOW_CONFIDENCE;
  if (flow && sure) commands.push({ type: "start_flow", flow });
  // A hand-off needs a sure classifier or words asking for a person ("i want to retrun stuff" is not one).
  const asksForPerson = /human|agent|person|someone|real|staff|manager|representative|人工|客服|真人|转接/i.test(text);
  if (nlu.intent === "human_agent" && !flow && (nlu.confidence >= 0.8 || asksForPerson)) {
    commands.push({ type: "handoff", reason: "requested" });
  }
  if (nlu.intent === "confirm") commands.push({ type: "confirm" });
  if (nlu.intent === "deny") commands.push({ type: "deny" });
  if (nlu.intent === "faq") commands.push({ type: "answer_faq", query: text });
  if (saysGoodbye(text)) commands.push({ type: "chitchat", intent: "goodbye" });
  else if (nlu.intent === "greeting" || nlu.intent === "thanks" || nlu.intent === "goodbye") {
    commands.push({ type: "chitchat", intent: nlu.intent });
  }
  for (const e of nlu.entities) {
    if (e.type === "email") commands.push({ type: "set_slot", slot: "email", value: e.value });
    if (e.type === "phone") commands.push({ type: "set_slot", slot: "phone", value: e.value });
    if (e.type === "zip" && e.score >= 0.6) commands.push({ type: "set_slot", slot: "zip", value: e.value });
    if (e.type === "order_id") commands.push({ type: "set_slot", slot: "order_id", value: e.value });
    if (e.type === "person_name") {
      const [first = "", ...rest] = e.value.split(/\s+/);
      commands.push({ type: "set_slot", slot: "first_name", value: first });
      if (rest.length) commands.push({ type: "set_slot", slot: "last_name", value: rest.join(" ") });
    }
  }
  return commands;
}

/** Emails, phone numbers and order numbers (in any case: "MY EMAIL IS …"): identity parts that drown the request. */
const IDENTITY_PARTS =
  /[^\s@,;，；:：]+@[^\s@,;，；:：]+\.[A-Za-z]{2,}|#?\b[Ww]\d{7}\b|\+?\d[\d\s()-]{6,}\d|\b(?:e-?mail|phone|order(?: number| no\.?)?)\b|邮箱|手机号?|电话|订单号?/gi;

/** The message without its identity parts ("W0020005 退T恤 li.na@x.cn" → "退T恤"). */
export function withoutIdentityParts(text: string): string {
  return text.replace(IDENTITY_PARTS, " ").replace(/\s+/g, " ").trim();
}

/**
 * Classifies the message, and again without its identity parts when it has some: "W0020005 退T恤
 * li.na@example.cn" reads as out of scope whole, as a return without the email and order number.
 */
function analyze(nlu: LocalNlu, text: string, context: UnderstandingContext): NluResult {
  const whole = nlu.analyze(text, { locale: context.locale });
  const core = withoutIdentityParts(text);
  if (core === text.trim() || core.replace(/[\s\p{P}\p{S}]/gu, "").length < 2) return whole;
  const bare = nlu.analyze(core, { locale: context.locale });
  const better = whole.intent === "out_of_scope" ? bare.intent !== "out_of_scope" : bare.confidence > whole.confidence;
  return better ? { ...whole, intent: bare.intent, confidence: bare.confidence, ranking: bare.ranking } : whole;
}

/** The default understander: Kefu's own models, no network. */
export function createLocalUnderstander(nlu: LocalNlu): Understander {
  return {
    async understand(text: string, context: UnderstandingContext): Promise<Understanding> {
      const result = analyze(nlu, text, context);
      return { nlu: result, commands: nluToCommands(result, text), source: "local" };
    },
  };
}
