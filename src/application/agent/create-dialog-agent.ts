import type { Conversation } from "../../domain/conversation/conversation.js";
import type { Message } from "../../domain/conversation/message.js";
import type { Awaiting } from "../../domain/dialog/dialog-state.js";
import { readDialogState } from "../../domain/dialog/dialog-state.js";
import { render } from "../../domain/dialog/templates.js";
import { turnLocale } from "../../domain/dialog/turn-locale.js";
import type { LocalNlu } from "../../domain/nlu/create-local-nlu.js";
import { CharSegmenter, type Segmenter } from "../../domain/nlu/segmenter.js";
import type { Clock } from "../ports/clock.js";
import type { CodeSender } from "../ports/code-sender.js";
import type { AgentMessage, AgentTurn, ConversationAgent } from "../ports/conversation-agent.js";
import type { IdGenerator } from "../ports/id-generator.js";
import type { Logger } from "../ports/logger.js";
import type { Store } from "../ports/store.js";
import type { ReplyPhraser, Understander, UnderstandingContext } from "../ports/understanding.js";
import type { AfterSalesActions } from "./after-sales-actions.js";
import { createLocalUnderstander } from "./local-understander.js";
import { localizeOrderCards } from "./order-views.js";
import { runDialogTurn } from "./pipeline/run-pipeline.js";
import { createKbSearch, type KbSearch } from "./search-kb.js";
import { createStoreReads } from "./store-reads.js";
import type { DraftMessage, TurnContext } from "./turn-context.js";
import { createUseCaseActions, type PolicyLoader } from "./use-case-actions.js";

/** What the dialog agent is built from; only store, clock, ids, logger and nlu are required. */
export interface DialogAgentDeps {
  store: Store;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  /** Kefu's local NLU (createLocalNlu / loadDefaultNlu). */
  nlu: LocalNlu;
  /** Replaces the local understander for every conversation. */
  understander?: Understander;
  /** Rephrases template replies; default: templates verbatim. */
  phraser?: ReplyPhraser;
  /**
   * Per-conversation services, e.g. `(id, local) => createLlmServices({ conversationId: id, local, … })`.
   * Wins over `understander`/`phraser`; called once per conversation and cached.
   */
  servicesFor?: (
    conversationId: string,
    local: Understander,
  ) => { understander?: Understander; phraser?: ReplyPhraser };
  /** The shop policy; the after-sales use cases fall back to their default policy without it. */
  loadPolicy?: PolicyLoader;
  /** Segmenter for KB retrieval; pass JiebaSegmenter (the character fallback is weak for Chinese). */
  segmenter?: Segmenter;
  /** KB search; built from store + segmenter by default. */
  kb?: KbSearch;
  /** After-sales checks and writes; the use cases of src/application/use-cases/after-sales by default. */
  actions?: AfterSalesActions;
  /** Sends one-time verification codes (email / SMS) when the shop enables them. */
  codeSender?: CodeSender;
}

const verbatim: ReplyPhraser = { phrase: async (draft) => draft.text };

function understandingAwaiting(a: Awaiting | undefined): UnderstandingContext["awaiting"] {
  switch (a) {
    case undefined:
    case "anything_else":
      return undefined;
    case "identity":
      return "email";
    case "order_id":
    case "item_ids":
    case "new_item_ids":
    case "reason":
    case "payment_method_id":
    case "address":
    case "details":
      return a;
    case "clarify":
      return "choice";
    default:
      return "confirmation";
  }
}

/** The no-LLM after-sales agent: deterministic flows over the local NLU, policy-gated writes, KB answers. */
export function createDialogAgent(deps: DialogAgentDeps): ConversationAgent {
  const local = createLocalUnderstander(deps.nlu);
  const kb = deps.kb ?? createKbSearch({ store: deps.store, segmenter: deps.segmenter ?? new CharSegmenter() });
  const actions =
    deps.actions ??
    createUseCaseActions({ store: deps.store, clock: deps.clock, ids: deps.ids, loadPolicy: deps.loadPolicy });
  const reads = createStoreReads(deps.store, deps.loadPolicy);
  const services = new Map<string, { understander: Understander; phraser: ReplyPhraser }>();
  function servicesOf(conversationId: string) {
    let s = services.get(conversationId);
    if (!s) {
      const custom = deps.servicesFor?.(conversationId, local);
      s = {
        understander: custom?.understander ?? deps.understander ?? local,
        phraser: custom?.phraser ?? deps.phraser ?? verbatim,
      };
      if (services.size > 1000) services.clear();
      services.set(conversationId, s);
    }
    return s;
  }

  async function history(conversation: Conversation, message: Message): Promise<UnderstandingContext["history"]> {
    const recent = await deps.store.messages.listSince(conversation.id, Math.max(0, message.seq - 11));
    return recent
      .filter((m) => m.seq < message.seq)
      .flatMap((m) =>
        m.author === "customer" || m.author === "bot" || m.author === "agent"
          ? [{ author: m.author, text: m.text }]
          : [],
      );
  }

  async function toAgentMessage(
    ctx: TurnContext,
    draft: DraftMessage,
    uctx: UnderstandingContext,
    phraser: ReplyPhraser,
  ): Promise<AgentMessage> {
    const { nlu, source } = ctx.understanding;
    const text = await phraser.phrase(
      { locale: ctx.locale, text: draft.text, facts: draft.facts, citations: draft.citations },
      uctx,
    );
    return {
      text,
      payload: {
        ...(draft.quickReplies.length ? { quickReplies: draft.quickReplies } : {}),
        ...(draft.orderCards.length
          ? { orderCards: await localizeOrderCards(draft.orderCards, ctx.locale, (id) => deps.store.products.get(id)) }
          : {}),
        ...(draft.citations.length ? { citations: draft.citations } : {}),
      },
      explanation: {
        intent: nlu.intent,
        confidence: nlu.confidence,
        entities: nlu.entities.map((e) => ({ type: e.type, value: e.value, score: e.score })),
        sentiment: nlu.sentiment,
        language: ctx.locale,
        flow: draft.flow ?? ctx.state.active?.name ?? null,
        step: draft.step,
        awaiting: ctx.state.awaiting ?? null,
        rules: draft.rules,
        kbArticleIds: draft.citations.map((c) => c.articleId),
        source,
        commands: ctx.understanding.commands.map((c) => c.type),
        handler: ctx.turn.handledBy ?? null,
      },
    };
  }

  return {
    async greet(conversation) {
      const zh = conversation.locale === "zh";
      const labels = zh
        ? ["查询物流", "退货", "取消订单", "转人工客服"]
        : ["Where is my order?", "Return an item", "Cancel an order", "Talk to a human"];
      return [
        {
          text: render("greeting", conversation.locale),
          payload: { quickReplies: labels.map((l) => ({ label: l, value: l })) },
          explanation: { step: "greeting", flow: null, intent: null, rules: [], kbArticleIds: [] },
        },
      ];
    },

    async reply({ conversation, message }): Promise<AgentTurn> {
      const state = readDialogState(conversation.state);
      const customer = conversation.verifiedCustomerId
        ? await deps.store.customers.get(conversation.verifiedCustomerId)
        : undefined;
      const { understander, phraser } = servicesOf(conversation.id);
      const uctx: UnderstandingContext = {
        locale: conversation.locale,
        ...(state.active ? { flow: state.active.name } : {}),
        ...(understandingAwaiting(state.awaiting) ? { awaiting: understandingAwaiting(state.awaiting) } : {}),
        history: await history(conversation, message),
        verified: Boolean(customer),
      };
      const understanding = await understander.understand(message.text, uctx);
      // The conversation keeps its language; a button value or an id never flips it.
      const locale = turnLocale(
        conversation.locale,
        message.text,
        understanding.nlu.language,
        state.choices.flatMap((c) => [c.value, c.label]),
      );
      const ctx: TurnContext = {
        deps: {
          store: deps.store,
          reads,
          clock: deps.clock,
          ids: deps.ids,
          logger: deps.logger,
          kb,
          actions,
          ...(deps.codeSender ? { codeSender: deps.codeSender } : {}),
        },
        conversation,
        state,
        locale,
        text: message.text,
        understanding,
        ...(customer ? { customer } : {}),
        out: [],
        progressed: false,
        turn: { awaiting: state.awaiting, verifiedNow: false, answered: false },
      };
      await runDialogTurn(ctx);
      if (ctx.out.length === 0) {
        ctx.out.push({
          text: render("not_understood", locale, { question: "" }).trim(),
          facts: [],
          citations: [],
          quickReplies: [],
          orderCards: [],
          step: "not_understood",
          rules: [],
        });
      }
      const replyContext = { ...uctx, locale, verified: Boolean(ctx.customer) };
      const messages = [];
      for (const draft of ctx.out) messages.push(await toAgentMessage(ctx, draft, replyContext, phraser));
      return {
        messages,
        conversation: { ...ctx.conversation, locale, state: { ...conversation.state, dialog: ctx.state } },
        ...(ctx.handoff ? { handoff: ctx.handoff } : {}),
      };
    },
  };
}
