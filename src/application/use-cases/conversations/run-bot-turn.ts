import type { Conversation, ConversationStatus } from "../../../domain/conversation/conversation.js";
import type { Handoff } from "../../../domain/conversation/handoff.js";
import type { Message } from "../../../domain/conversation/message.js";
import type { AgentTurn, PreparedTurn } from "../../ports/conversation-agent.js";
import type { KefuEvent } from "../../ports/event-bus.js";
import type { Repositories } from "../../ports/store.js";
import type { ConversationDeps } from "./conversation-deps.js";
import { activeHandoff, events } from "./conversation-helpers.js";
import { conversationText } from "./conversation-texts.js";

/** The bot's stored replies, the events to publish after commit and the status the turn left. */
export interface BotTurnStored {
  messages: Message[];
  events: KefuEvent[];
  status: ConversationStatus;
}

/**
 * The agent threw: the caller rolls the whole turn back (the agent's writes with it) and redoes it
 * with `botFailed`, so the shopper's message is kept and answered by the fallback. A failure is rare;
 * a savepoint around every agent call cost two statements on every turn.
 */
export class BotTurnFailed extends Error {
  constructor(cause: unknown) {
    super("agent reply failed", { cause });
    this.name = "BotTurnFailed";
  }
}

/**
 * Asks the bot for its turn after `message` is stored, inside the turn's transaction, and stores
 * the reply in it. A failing agent throws BotTurnFailed; redone with `botFailed`, the turn stores a
 * polite fallback and a handoff instead.
 */
export async function runBotTurn(
  deps: ConversationDeps,
  tx: Repositories,
  conversation: Conversation,
  message: Message,
  options: { prepared?: PreparedTurn | undefined; botFailed?: boolean } = {},
): Promise<BotTurnStored> {
  const turn = options.botFailed
    ? fallbackTurn(conversation, "botFailed")
    : await askAgent(deps, conversation, message, options.prepared);
  return storeTurn(deps, tx, conversation, turn);
}

async function askAgent(
  deps: ConversationDeps,
  conversation: Conversation,
  message: Message,
  prepared: PreparedTurn | undefined,
): Promise<AgentTurn> {
  const agent = deps.agent;
  if (!agent) return fallbackTurn(conversation, "noBot");
  try {
    return await agent.reply({ conversation, message, ...(prepared ? { prepared } : {}) });
  } catch (err) {
    throw new BotTurnFailed(err);
  }
}

/** A bilingual holding line plus a handoff, used when there is no bot or it failed. */
function fallbackTurn(conversation: Conversation, text: "botFailed" | "noBot"): AgentTurn {
  return {
    messages: [{ text: conversationText(text, conversation.locale), explanation: { fallback: text } }],
    conversation,
    handoff: {
      reason: text === "botFailed" ? "repeated_failure" : "requested",
      summary: text === "botFailed" ? "The assistant failed to answer; please take over." : "No assistant configured.",
      priority: 50,
    },
  };
}

/** Appends the bot's messages and writes the dialog state (and a handoff) in the turn's transaction. */
async function storeTurn(
  deps: ConversationDeps,
  tx: Repositories,
  current: Conversation,
  turn: AgentTurn,
): Promise<BotTurnStored> {
  const now = deps.clock.nowIso();
  const conversationId = current.id;
  const stored: Message[] = [];
  for (const m of turn.messages) {
    const { message } = await tx.messages.append({
      conversationId,
      author: "bot",
      text: m.text,
      payload: m.payload ?? {},
      explanation: m.explanation,
    });
    stored.push(message);
  }
  // The turn holds the conversation's lock, so only the bot itself can have changed its owner.
  const humanOwns = current.status !== "bot";
  const next: Conversation = {
    ...current,
    state: turn.conversation.state,
    locale: turn.conversation.locale,
    verifiedCustomerId: turn.conversation.verifiedCustomerId ?? current.verifiedCustomerId,
    status: humanOwns ? current.status : turn.handoff ? "waiting_agent" : turn.conversation.status,
    resolvedAt: humanOwns ? current.resolvedAt : turn.conversation.resolvedAt,
    updatedAt: now,
    lastSeq: stored.at(-1)?.seq ?? current.lastSeq,
  };
  await tx.conversations.update(next);
  const out: KefuEvent[] = [...stored.map(events.message), events.conversation(next)];
  if (turn.handoff && !humanOwns && !activeHandoff(await tx.handoffs.listByConversation(conversationId))) {
    const handoff: Handoff = {
      id: deps.ids.next("hof"),
      conversationId,
      reason: turn.handoff.reason,
      summary: turn.handoff.summary,
      priority: Math.max(0, Math.min(100, Math.round(turn.handoff.priority))),
      status: "open",
      createdAt: now,
    };
    await tx.handoffs.create(handoff);
    await tx.audit.append({
      id: deps.ids.next("aud"),
      at: now,
      actor: { type: "bot", id: "kefu" },
      action: "conversation.handoff",
      entityType: "conversation",
      entityId: conversationId,
      details: { reason: handoff.reason, priority: handoff.priority },
    });
    out.push(events.handoff(handoff));
  }
  return { messages: stored, events: out, status: next.status };
}
