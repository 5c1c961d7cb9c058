import type { Conversation } from "../../domain/conversation/conversation.js";
import type { Awaiting } from "../../domain/dialog/dialog-state.js";
import { readDialogState } from "../../domain/dialog/dialog-state.js";
import { render } from "../../domain/dialog/templates.js";
import { turnLocale } from "../../domain/dialog/turn-locale.js";
import type { LocalNlu } from "../../domain/nlu/create-local-nlu.js";
import { CharSegmenter, type Segmenter } from "../../domain/nlu/segmenter.js";
import type { Customer } from "../../domain/shop/customer.js";
import type { Clock } from "../ports/clock.js";
import type { CodeSender } from "../ports/code-sender.js";
import type { AgentMessage, AgentTurn, ConversationAgent, PreparedTurn } from "../ports/conversation-agent.js";
import type { IdGenerator } from "../ports/id-generator.js";
import type { Logger } from "../ports/logger.js";
import type { Store } from "../ports/store.js";
import type { ReplyPhraser, Understander, Understanding, UnderstandingContext } from "../ports/understanding.js";
import type { AfterSalesActions } from "./after-sales-actions.js";
import { createLocalUnderstander } from "./local-understander.js";
import { chineseNamedReads } from "./localized-reads.js";
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

interface Understood {
  customer: Customer | undefined;
  uctx: UnderstandingContext;
  understanding: Understanding;
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

  /** The ten messages up to `lastSeq`, the one before the shopper's new message. */
  async function history(conversationId: string, lastSeq: number): Promise<UnderstandingContext["history"]> {
    const recent = await deps.store.messages.listSince(conversationId, Math.max(0, lastSeq - 10));
    return recent
      .filter((m) => m.seq <= lastSeq)
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

  /** What the turn knows before deciding: the verified shopper, the context and the NLU/LLM reading of the text. */
  async function understand(conversation: Conversation, text: string, lastSeq: number): Promise<Understood> {
    const state = readDialogState(conversation.state);
    const customer = conversation.verifiedCustomerId
      ? await deps.store.customers.get(conversation.verifiedCustomerId)
      : undefined;
    const { understander } = servicesOf(conversation.id);
    const uctx: UnderstandingContext = {
      locale: conversation.locale,
      ...(state.active ? { flow: state.active.name } : {}),
      ...(understandingAwaiting(state.awaiting) ? { awaiting: understandingAwaiting(state.awaiting) } : {}),
      history: await history(conversation.id, lastSeq),
      verified: Boolean(customer),
    };
    return { customer, uctx, understanding: await understander.understand(text, uctx) };
  }
  const prepared = new WeakMap<PreparedTurn, Understood>();

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

    async prepare({ conversation, text }) {
      const token = {};
      // The shopper's message is not stored yet: the history ends at the conversation's last seq.
      prepared.set(token, await understand(conversation, text, conversation.lastSeq));
      return token;
    },

    async reply({ conversation, message, prepared: token }): Promise<AgentTurn> {
      const state = readDialogState(conversation.state);
      const { phraser } = servicesOf(conversation.id);
      // Understood before the transaction when the runner could; the conversation is still that version.
      const { customer, uctx, understanding } =
        (token && prepared.get(token)) ?? (await understand(conversation, message.text, message.seq - 1));
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
          reads: locale === "zh" ? chineseNamedReads(reads) : reads,
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
