import type { Command, FlowName, SlotName } from "../../domain/agent/command.js";
import type { Locale } from "../../domain/locale.js";
import type { NluResult } from "../../domain/nlu/nlu-result.js";

/** What the dialog runtime tells an understander about the conversation so far. */
export interface UnderstandingContext {
  locale: Locale;
  /** The active flow, if any. */
  flow?: FlowName;
  /** What the bot just asked for: a slot, a yes/no confirmation, or a choice. */
  awaiting?: SlotName | "confirmation" | "choice";
  /** Last turns, oldest first, already PII-safe for whoever reads them. */
  history: { author: "customer" | "bot" | "agent"; text: string }[];
  verified: boolean;
}

/** Understanding of one customer message: NLU facts plus the commands for the dialog engine. */
export interface Understanding {
  nlu: NluResult;
  commands: Command[];
  source: "local" | "llm";
}

/** Local NLU by default; an LLM-backed one falls back to the local one on any failure. */
export interface Understander {
  understand(text: string, context: UnderstandingContext): Promise<Understanding>;
}

/** A reply the flows produced from templates, with the facts it must keep. */
export interface ReplyDraft {
  locale: Locale;
  text: string;
  /** Facts (order ids, amounts, statuses) that any rephrasing must preserve verbatim. */
  facts: string[];
  /** KB articles the reply relies on, for citations. */
  citations: { articleId: string; title: string }[];
}

/** Rephrases template replies; the default returns the draft unchanged. */
export interface ReplyPhraser {
  phrase(draft: ReplyDraft, context: UnderstandingContext): Promise<string>;
}
