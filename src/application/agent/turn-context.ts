import type { Conversation } from "../../domain/conversation/conversation.js";
import type { HandoffReason } from "../../domain/conversation/handoff.js";
import type { QuickReply } from "../../domain/conversation/message.js";
import type { DialogState } from "../../domain/dialog/dialog-state.js";
import { render, type TemplateKey } from "../../domain/dialog/templates.js";
import type { Locale } from "../../domain/locale.js";
import type { Customer } from "../../domain/shop/customer.js";
import type { Clock } from "../ports/clock.js";
import type { CodeSender } from "../ports/code-sender.js";
import type { DialogReads } from "../ports/dialog-reads.js";
import type { IdGenerator } from "../ports/id-generator.js";
import type { Logger } from "../ports/logger.js";
import type { Store } from "../ports/store.js";
import type { Understanding } from "../ports/understanding.js";
import type { AfterSalesActions } from "./after-sales-actions.js";
import type { OrderCardView } from "./order-views.js";
import type { KbSearch } from "./search-kb.js";

/** Collaborators a turn uses. */
export interface TurnDeps {
  /** Only for identity verification (verify-identity.ts); everything else reads through `reads`. */
  store: Store;
  reads: DialogReads;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  kb: KbSearch;
  actions: AfterSalesActions;
  /** Delivers one-time verification codes; without it codes are stored but never sent. */
  codeSender?: CodeSender;
}

/** A reply being built: template text plus what the widget renders and why it was said. */
export interface DraftMessage {
  text: string;
  facts: string[];
  citations: { articleId: string; title: string }[];
  quickReplies: QuickReply[];
  orderCards: OrderCardView[];
  step: string;
  rules: unknown[];
  /** The flow that was active when the reply was written. */
  flow?: string;
}

/** Everything one turn reads and writes; flows mutate `state`, `out` and `handoff`. */
export interface TurnContext {
  deps: TurnDeps;
  conversation: Conversation;
  state: DialogState;
  locale: Locale;
  text: string;
  understanding: Understanding;
  customer?: Customer;
  out: DraftMessage[];
  handoff?: { reason: HandoffReason; summary: string; priority: number };
  /** Set whenever the turn did something useful with the message. */
  progressed: boolean;
  /** Scratch the pipeline's handlers share within one turn. */
  turn: TurnScratch;
}

/** What earlier handlers of the pipeline found out, for later ones. */
export interface TurnScratch {
  /** What the bot was waiting for when the message arrived. */
  awaiting: DialogState["awaiting"];
  /** This message verified the shopper. */
  verifiedNow: boolean;
  /** The message answered the pending question. */
  answered: boolean;
  /** This message started the active flow (nothing of it can be corrected yet). */
  startedFlow?: boolean;
  /** The handler that finished the turn (explanations, tests). */
  handledBy?: string;
}

/** Adds a templated reply to the turn. */
export function say(
  ctx: TurnContext,
  key: TemplateKey,
  vars: Record<string, string | number> = {},
  extra: Partial<Omit<DraftMessage, "text">> = {},
): DraftMessage {
  const message: DraftMessage = {
    text: render(key, ctx.locale, vars),
    facts: extra.facts ?? Object.values(vars).filter((v): v is string => typeof v === "string" && /\d/.test(v)),
    citations: extra.citations ?? [],
    quickReplies: extra.quickReplies ?? [],
    orderCards: extra.orderCards ?? [],
    step: extra.step ?? key,
    rules: extra.rules ?? [],
    ...(ctx.state.active ? { flow: ctx.state.active.name } : {}),
  };
  ctx.out.push(message);
  return message;
}

/** Appends more template text to the last reply (one bubble instead of two). */
export function append(ctx: TurnContext, key: TemplateKey, vars: Record<string, string | number> = {}): void {
  const last = ctx.out.at(-1);
  if (!last) {
    say(ctx, key, vars);
    return;
  }
  last.text = `${last.text}\n${render(key, ctx.locale, vars)}`;
}

/** Offers quick replies on the last message and remembers them for ordinal answers. */
export function offer(ctx: TurnContext, choices: QuickReply[]): void {
  const last = ctx.out.at(-1);
  if (last) last.quickReplies = choices;
  ctx.state = { ...ctx.state, choices };
}

/** Yes / No buttons in the shopper's language. */
export function yesNo(locale: Locale): QuickReply[] {
  return locale === "zh"
    ? [
        { label: "是", value: "是" },
        { label: "否", value: "否" },
      ]
    : [
        { label: "Yes", value: "Yes" },
        { label: "No", value: "No" },
      ];
}
