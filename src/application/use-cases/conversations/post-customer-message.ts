import type { Conversation, ConversationStatus } from "../../../domain/conversation/conversation.js";
import type { Message } from "../../../domain/conversation/message.js";
import { KefuError } from "../../../domain/errors/kefu-error.js";
import { maskSecrets } from "../../../domain/privacy/secret-masker.js";
import type { PreparedTurn } from "../../ports/conversation-agent.js";
import type { EventBus, KefuEvent } from "../../ports/event-bus.js";
import type { Repositories } from "../../ports/store.js";
import { answerFollowupSurvey } from "../insights/answer-followup-survey.js";
import type { ConversationDeps } from "./conversation-deps.js";
import { events, publishAll } from "./conversation-helpers.js";
import { conversationText } from "./conversation-texts.js";
import { BotTurnFailed, runBotTurn } from "./run-bot-turn.js";

export interface PostCustomerMessageResult {
  /** The stored customer message (the first one stored, on a retry). */
  message: Message;
  /** The bot's turn; empty while a human owns the conversation or on a retry. */
  replies: Message[];
  duplicate: boolean;
  /** The conversation's status as this turn committed it (as found, on a retry). */
  status: ConversationStatus;
  /** The status the turn found before the shopper's message. */
  statusBefore: ConversationStatus;
}

interface CustomerInput {
  conversationId: string;
  text: string;
  clientMessageId: string;
  /** Rich content the channel carried (attachments). */
  payload?: Record<string, unknown>;
  onStored?: (message: Message) => void;
}

/** Tries per turn: two prepared outside the lock, the last one prepared under it (it cannot conflict). */
const TURN_TRIES = 3;

/** What was prepared outside the transaction, valid for one conversation version. */
interface Prepared {
  version: number;
  /** The conversation as read at `version`; every change to it bumps the version. */
  conversation: Conversation;
  token?: PreparedTurn;
}

/**
 * One shopper turn, atomically: the shopper's message, the bot's confirmed write, its dialog state
 * and its replies commit in one transaction that holds the conversation's lock (row lock on
 * PostgreSQL, the write lock on SQLite), so two server instances can't interleave one
 * conversation's turns. Understanding runs before the transaction; if the conversation moved on
 * meanwhile (its version changed) the turn is redone. Events and `onStored` fire after commit.
 */
export async function postCustomerMessage(
  deps: ConversationDeps,
  unmasked: CustomerInput,
): Promise<PostCustomerMessageResult> {
  // Card numbers and similar secrets are masked before anything (store, NLU, slots, logs) sees the text.
  const input = { ...unmasked, text: maskSecrets(unmasked.text) };
  // The in-process lock is only a fast path (no redo between turns of one process); the version is the guard.
  return deps.locks.run(input.conversationId, async () => {
    let botFailed = false;
    for (let attempt = 1; ; attempt++) {
      const underLock = botFailed || attempt >= TURN_TRIES;
      const prepared = underLock ? undefined : await prepareTurn(deps, input);
      try {
        return await deps.store.transaction((tx) => turnInTransaction(deps, tx, input, prepared, botFailed));
      } catch (error) {
        if (!underLock && error instanceof KefuError && error.code === "VERSION_CONFLICT") {
          deps.logger.debug({ conversationId: input.conversationId, attempt }, "turn redone: conversation moved on");
          continue;
        }
        if (error instanceof BotTurnFailed && !botFailed) {
          // Everything the turn wrote is rolled back; redone once, answered by the fallback.
          deps.logger.error({ err: error.cause, conversationId: input.conversationId }, "agent reply failed");
          botFailed = true;
          continue;
        }
        throw error;
      }
    }
  });
}

/** Reads the conversation without a lock and lets the agent understand the text meanwhile. */
async function prepareTurn(deps: ConversationDeps, input: CustomerInput): Promise<Prepared | undefined> {
  const found = await deps.store.conversations.getForTurn(input.conversationId);
  if (!found) return undefined;
  const { conversation, version } = found;
  // Only a turn the bot will answer (a resolved chat reopens with the bot) is worth understanding.
  const botAnswers = conversation.status === "bot" || conversation.status === "resolved";
  if (!deps.agent?.prepare || !botAnswers) return { version, conversation };
  return { version, conversation, token: await deps.agent.prepare({ conversation, text: input.text }) };
}

async function turnInTransaction(
  deps: ConversationDeps,
  tx: Repositories,
  input: CustomerInput,
  prepared: Prepared | undefined,
  botFailed: boolean,
): Promise<PostCustomerMessageResult> {
  const before = await lockConversation(tx, input.conversationId, prepared);
  const appended = await tx.messages.append({
    conversationId: input.conversationId,
    author: "customer",
    text: input.text,
    payload: input.payload ?? {},
    clientMessageId: input.clientMessageId,
  });
  const { message } = appended;
  if (appended.duplicate) {
    await deps.store.afterCommit(() => input.onStored?.(message));
    return { message, replies: [], duplicate: true, status: before.status, statusBefore: before.status };
  }
  // A shopper writing after resolution reopens the chat with the bot.
  const reopened = before.status === "resolved";
  const conversation: Conversation = {
    ...before,
    status: reopened ? "bot" : before.status,
    resolvedAt: reopened ? undefined : before.resolvedAt,
    updatedAt: message.createdAt,
    lastSeq: message.seq,
  };
  // The ack goes first, then the events, all after commit.
  await deps.store.afterCommit(() => input.onStored?.(message));
  const turnDeps = { ...deps, eventBus: afterCommitBus(deps) };
  if (reopened) await tx.conversations.update(conversation);
  // A rating sent in reply to a follow-up survey is recorded and thanked, not run through the dialog.
  const rated = await answerFollowupSurvey(turnDeps, { conversationId: input.conversationId, text: input.text });
  if (rated) {
    const thanks = await thankForRating(tx, rated);
    await publishAfterCommit(deps, [events.message(message), events.message(thanks)]);
    return { message, replies: [thanks], duplicate: false, status: conversation.status, statusBefore: before.status };
  }
  if (conversation.status !== "bot") {
    await tx.conversations.update(conversation);
    await publishAfterCommit(deps, [events.message(message), events.conversation(conversation)]);
    return { message, replies: [], duplicate: false, status: conversation.status, statusBefore: before.status };
  }
  // Prepared from this very version (checked above), so the agent may use it.
  const bot = await runBotTurn(turnDeps, tx, conversation, message, { prepared: prepared?.token, botFailed });
  await publishAfterCommit(deps, [events.message(message), ...bot.events]);
  return { message, replies: bot.messages, duplicate: false, status: bot.status, statusBefore: before.status };
}

/**
 * Takes the conversation's lock and returns it as it is now. When it was prepared at the version
 * still current, only the version and lastSeq (appends move it, not the version) are read again.
 */
async function lockConversation(tx: Repositories, id: string, prepared: Prepared | undefined): Promise<Conversation> {
  const notFound = () => new KefuError("CONVERSATION_NOT_FOUND", `Conversation ${id} does not exist`);
  if (!prepared) {
    const locked = await tx.conversations.getForTurn(id);
    if (!locked) throw notFound();
    return locked.conversation;
  }
  const current = await tx.conversations.lockVersion(id);
  if (!current) throw notFound();
  if (prepared.version !== current.version) {
    throw new KefuError("VERSION_CONFLICT", `conversation ${id} changed during the turn`);
  }
  return { ...prepared.conversation, lastSeq: current.lastSeq };
}

/** Events published inside the turn (use cases it calls) leave only after the commit. */
function afterCommitBus(deps: ConversationDeps): EventBus {
  const bus = deps.eventBus;
  return {
    publish: (event) => deps.store.afterCommit(() => bus.publish(event)),
    subscribe: (listener) => bus.subscribe(listener),
    close: () => bus.close(),
  };
}

function publishAfterCommit(deps: ConversationDeps, out: KefuEvent[]): Promise<void> {
  return deps.store.afterCommit(() => publishAll(deps.eventBus, deps.logger, out));
}

async function thankForRating(tx: Repositories, conversation: Conversation): Promise<Message> {
  const { message } = await tx.messages.append({
    conversationId: conversation.id,
    author: "bot",
    text: conversationText("csatThanks", conversation.locale),
    payload: { kind: "csat_thanks" },
  });
  return message;
}
