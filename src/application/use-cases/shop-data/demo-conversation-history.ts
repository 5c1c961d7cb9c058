import type { Conversation } from "../../../domain/conversation/conversation.js";
import type { Handoff } from "../../../domain/conversation/handoff.js";
import type { Message } from "../../../domain/conversation/message.js";
import { seededRandom, shuffleInPlace } from "../../../domain/ml/seeded-random.js";
import type { Customer } from "../../../domain/shop/customer.js";
import type { Order } from "../../../domain/shop/order.js";
import type { Store } from "../../ports/store.js";
import { type Bilingual, type ChatScript, DEMO_CHAT_SCRIPTS, type ScriptTurn } from "./demo-chat-scripts.js";

/** How many past chats the demo shop comes with. */
export const DEMO_HISTORY_SIZE = 60;
/** The demo console agent (created by `kefu serve --demo`) who answered the handed-off chats. */
export const DEMO_AGENT_EMAIL = "agent@kefu.local";
/** Author id used when the demo agent account does not exist yet at seeding time. */
export const DEMO_AGENT_FALLBACK_ID = "demo_agent";

/** A stored message as the history writes it (the store assigns id and seq). */
export type HistoryMessage = Omit<Message, "id" | "seq"> & { clientMessageId: string };

export interface DemoHistory {
  conversations: Conversation[];
  messages: HistoryMessage[];
  handoffs: Handoff[];
}

const SECOND = 1000;
const GREETING: Bilingual = ["Hello! How can I help you today?", "您好！请问有什么可以帮您？"];
/** What the agent stores on its greeting: no intent, no sentiment, so metrics skip it. */
const GREETING_EXPLANATION = { step: "greeting", flow: null, intent: null, rules: [], kbArticleIds: [] };
const DAY = 86_400_000;

/** Fixed conversation id of the n-th past chat. */
export const demoConversationId = (n: number): string => `conv_demo_${String(n + 1).padStart(3, "0")}`;

/** Scripts in proportion to their weights, in a seeded random order, repeated up to `size`. */
function scriptSequence(size: number, random: () => number): ChatScript[] {
  const deck = DEMO_CHAT_SCRIPTS.flatMap((script) => Array.from({ length: script.weight }, () => script));
  const sequence: ChatScript[] = [];
  while (deck.length > 0 && sequence.length < size) sequence.push(...shuffleInPlace([...deck], random));
  return sequence.slice(0, size);
}

function pick<T>(items: readonly T[], random: () => number): T | undefined {
  return items[Math.floor(random() * items.length)];
}

/** The same explanation shape the dialog agent stores on its replies. */
function explanation(turn: ScriptTurn, locale: "en" | "zh"): Record<string, unknown> {
  const label = turn.sentiment <= -0.25 ? "negative" : turn.sentiment >= 0.25 ? "positive" : "neutral";
  return {
    intent: turn.intent,
    confidence: turn.confidence,
    entities: [],
    sentiment: { label, score: turn.sentiment, anger: turn.sentiment <= -0.7 },
    language: locale,
    flow: turn.flow,
    step: turn.step,
    awaiting: null,
    rules: [],
    kbArticleIds: turn.kbArticle ? [`${turn.kbArticle}-${locale}`] : [],
    source: "local",
    commands: turn.step === "handoff" ? ["handoff"] : [],
  };
}

/**
 * Sixty past chats over the 30 days before `now`, English and Chinese, built from the demo
 * scripts with a seeded PRNG: same `now`, same history. Most are answered by the bot; the
 * handed-off ones are answered and resolved by `agentId`; a few were abandoned by the shopper.
 */
export function buildDemoHistory(
  now: Date,
  customers: readonly Customer[],
  orders: readonly Order[],
  agentId: string,
): DemoHistory {
  const random = seededRandom(20_261_120);
  const history: DemoHistory = { conversations: [], messages: [], handoffs: [] };
  const scripts = scriptSequence(DEMO_HISTORY_SIZE, random);
  for (let n = 0; n < DEMO_HISTORY_SIZE; n++) {
    const script = scripts[n];
    const customer = pick(customers, random);
    if (!script || !customer) break;
    const locale = customer.locale === "zh" ? "zh" : "en";
    const own = orders.filter((o) => o.customerId === customer.id);
    const order = own.find((o) => script.orderStatuses.includes(o.status)) ?? own[0];
    const fill = (text: Bilingual) => text[locale === "zh" ? 1 : 0].replaceAll("{order}", order?.id ?? "");
    // Spread evenly over days 1..29 before now, a few hours apart within a day.
    const dayOffset = 1 + Math.floor((n * 28) / DEMO_HISTORY_SIZE) + random() * 0.3;
    let at = now.getTime() - dayOffset * DAY;
    const id = demoConversationId(n);
    let seq = 0;
    const say = (author: Message["author"], text: string, extra: Partial<HistoryMessage> = {}) => {
      seq++;
      history.messages.push({
        conversationId: id,
        author,
        text,
        payload: {},
        clientMessageId: `${id}_${seq}`,
        createdAt: new Date(at).toISOString(),
        ...extra,
      });
    };
    const createdAt = new Date(at).toISOString();
    say("bot", locale === "zh" ? GREETING[1] : GREETING[0], { explanation: GREETING_EXPLANATION });
    at += (5 + random() * 25) * SECOND;
    const abandoned = !script.handoff && random() < 0.08;
    const turns = abandoned ? script.turns.slice(0, 1) : script.turns;
    for (const turn of turns) {
      if (turn.optional && random() < 0.6) continue;
      say("customer", fill(turn.shopper));
      at += (1 + random() * 3) * SECOND;
      say("bot", fill(turn.bot), { explanation: explanation(turn, locale) });
      at += (20 + random() * 70) * SECOND;
    }
    let handoff: Handoff | undefined;
    if (script.handoff && !abandoned) {
      const handedAt = new Date(at - 60 * SECOND).toISOString();
      at += (60 + random() * 600) * SECOND;
      const assignedAt = new Date(at - 30 * SECOND).toISOString();
      for (const line of script.handoff.agent) {
        say("agent", fill(line), { authorId: agentId });
        at += (40 + random() * 120) * SECOND;
      }
      handoff = {
        id: `hnd_demo_${String(n + 1).padStart(3, "0")}`,
        conversationId: id,
        reason: script.handoff.reason,
        summary: fill(script.handoff.summary),
        priority: script.handoff.priority,
        status: "resolved",
        assigneeId: agentId,
        createdAt: handedAt,
        assignedAt,
        resolvedAt: new Date(at).toISOString(),
      };
      history.handoffs.push(handoff);
    }
    const resolvedAt = new Date(at).toISOString();
    const rated = !abandoned && random() < 0.75;
    const csat = rated ? pick(script.ratings, random) : undefined;
    history.conversations.push({
      id,
      channel: "widget",
      locale,
      status: abandoned ? "bot" : "resolved",
      verifiedCustomerId: customer.id,
      ...(handoff ? { assigneeId: agentId } : {}),
      state: {},
      ...(csat === undefined ? {} : { csat }),
      createdAt,
      updatedAt: abandoned ? (history.messages.at(-1)?.createdAt ?? createdAt) : resolvedAt,
      ...(abandoned ? {} : { resolvedAt }),
      lastSeq: 0,
    });
  }
  return history;
}

/** The demo agent's id: the console account when it exists, else a fixed stand-in. */
export async function demoAgentId(store: Store): Promise<string> {
  return (await store.staff.findByEmail(DEMO_AGENT_EMAIL))?.id ?? DEMO_AGENT_FALLBACK_ID;
}

/**
 * Writes the history through the repositories in one transaction. A chat whose fixed id is
 * already stored is left untouched, so seeding again adds nothing; returns how many were added.
 */
export async function writeDemoHistory(store: Store, history: DemoHistory): Promise<number> {
  return store.transaction(async (tx) => {
    let added = 0;
    for (const conversation of history.conversations) {
      if (await tx.conversations.get(conversation.id)) continue;
      await tx.conversations.create(conversation);
      for (const m of history.messages) if (m.conversationId === conversation.id) await tx.messages.append(m);
      for (const h of history.handoffs) if (h.conversationId === conversation.id) await tx.handoffs.create(h);
      added++;
    }
    return added;
  });
}
